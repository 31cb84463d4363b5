// Imports GIAS's list of councils: every current council is added or brought up to date, a row already as stored
// writes nothing (so a re-import is free), and every bad row comes back with its line, column and reason. A fresh
// deployment starts here: establishments are refused until their councils exist.

import type { Readable } from 'node:stream';
import { dataSource } from '../core/data-source.js';
import type { LocalAuthorityRecord } from '../core/records.js';
import { openImportStore, type StoreConfig } from '../store/index.js';
import { readLaCodes } from './parsers/la-codes.js';
import { type ImportReport, newReport } from './report.js';

const same = (a: LocalAuthorityRecord, b: LocalAuthorityRecord) =>
  a.code === b.code && a.name === b.name && a.onsCode === b.onsCode;

export async function importLaCodes(config: StoreConfig, source: Readable, name: string): Promise<ImportReport> {
  const report = newReport('la-codes', name);
  const localAuthorities = new Map<string, LocalAuthorityRecord>();
  for await (const row of readLaCodes(source, name)) {
    report.rows += 1;
    if ('reject' in row) report.rejected.push(row.reject);
    else localAuthorities.set(row.value.code, row.value);
  }
  const store = openImportStore(config);
  const stored = await store.localAuthorities.read(localAuthorities.keys());
  const writes: LocalAuthorityRecord[] = [];
  for (const localAuthority of localAuthorities.values()) {
    const before = stored.get(localAuthority.code);
    if (before && same(before, localAuthority)) {
      report.unchanged += 1;
      continue;
    }
    if (before) report.changed += 1;
    else report.added += 1;
    writes.push(localAuthority);
  }
  // Every council of the file is listed for search, so an import also mends a list that fell behind.
  await store.localAuthorities.put(writes, [...localAuthorities.values()]);
  // The file becomes the kind's source when it changed something; a re-import writes nothing.
  if (report.added + report.changed > 0)
    await store.sources.record(dataSource('la-codes', name, report.rows, new Date().toISOString()));
  return report;
}
