// Imports GIAS's academies-and-groups file: each trust as GIAS knows it (TR-number, Companies House number, type,
// status, dates) is added or brought up to date, and each academy Beacon holds gets its trust and the date it
// joined. A row already as stored writes nothing; bad rows come back with their line, column and reason.

import type { Readable } from 'node:stream';
import { importOrigin } from '../core/change-feed.js';
import { dataSource } from '../core/data-source.js';
import { sameGiasTrust, trustRecord } from '../core/gias-trust.js';
import type { TrustRecord } from '../core/records.js';
import { openImportStore, SCHOOL_FACT_FIELDS, type StoreConfig } from '../store/index.js';
import type { RowReject } from './parsers/csv-stream.js';
import { type GroupMembership, readGroupMemberships } from './parsers/gias-groups.js';
import { type ImportReport, newReport } from './report.js';

export const GROUPS_IMPORT_ACTION = 'importGiasGroups';

export interface GroupsImportReport extends ImportReport {
  /** Trusts: added, changed, unchanged. The report's own counts are the academies' memberships. */
  trusts: { added: number; changed: number; unchanged: number };
  /** Academies in the file that Beacon does not hold: nothing is written for them. */
  notHeld: number;
}

export async function importGroupMemberships(
  config: StoreConfig,
  source: Readable,
  name: string,
  clock: () => Date = () => new Date(),
): Promise<GroupsImportReport> {
  const rejected: RowReject[] = [];
  const memberships: GroupMembership[] = [];
  let rows = 0;
  for await (const row of readGroupMemberships(source, name)) {
    rows += 1;
    if ('reject' in row) rejected.push(row.reject);
    else memberships.push(row.value);
  }
  const store = openImportStore(config);
  const from = `GIAS file ${name.split('/').at(-1) ?? name}`;

  const trusts = new Map(memberships.map((membership) => [membership.trust.uid, membership.trust]));
  const storedTrusts = await store.trusts.read(trusts.keys());
  const trustCounts = { added: 0, changed: 0, unchanged: 0 };
  const trustWrites: TrustRecord[] = [];
  const listed: TrustRecord[] = [];
  for (const trust of trusts.values()) {
    const before = storedTrusts.get(trust.uid);
    const next = trustRecord(trust, before, from);
    if (before && sameGiasTrust(before, next)) {
      trustCounts.unchanged += 1;
      listed.push(before);
    } else {
      trustCounts[before ? 'changed' : 'added'] += 1;
      trustWrites.push(next);
      listed.push(next);
    }
  }
  // Every trust of the file is listed for search, so an import also mends a list that fell behind.
  await store.trusts.put(trustWrites, listed);

  // Memberships only for schools Beacon holds: a school's trust and joined date are GIAS facts like its name.
  const held = new Map((await store.schools.read(memberships.map((m) => m.urn))).map((school) => [school.urn, school]));
  const updates = memberships.flatMap((membership) => {
    const school = held.get(membership.urn);
    if (!school) return [];
    const facts = {
      name: school.name,
      laCode: school.laCode,
      trustUid: membership.trust.uid,
      trustJoinedOn: membership.joinedOn,
    };
    const keep = SCHOOL_FACT_FIELDS.filter((field) => field !== 'trustUid' && field !== 'trustJoinedOn');
    return [{ urn: membership.urn, facts, keep, hadTrust: Boolean(school.trustUid) }];
  });
  const outcomes = await store.schools.importFacts(updates, {
    actor: 'gias-import',
    action: GROUPS_IMPORT_ACTION,
    source: from,
    now: () => clock().toISOString(),
    origin: importOrigin('gias-groups', name, clock().toISOString()),
    trustNames: (uid) => trusts.get(uid)?.name ?? storedTrusts.get(uid)?.name,
  });
  const report: GroupsImportReport = {
    ...newReport('gias-groups', name),
    rows,
    rejected,
    trusts: trustCounts,
    notHeld: memberships.length - updates.length,
  };
  outcomes.forEach((outcome, index) => {
    if (outcome.outcome === 'unchanged') report.unchanged += 1;
    else if (outcome.outcome === 'updated') report[updates[index]?.hadTrust ? 'changed' : 'added'] += 1;
    else rejected.push({ line: 0, column: 'Academy URN', reason: `school ${outcome.urn} kept changing; import again` });
  });
  // The file becomes the kind's source when it changed something; a re-import writes nothing.
  if (report.added + report.changed + trustCounts.added + trustCounts.changed > 0)
    await store.sources.record(dataSource('gias-groups', name, rows, clock().toISOString()));
  return report;
}
