// Imports GIAS's establishment links: each school Beacon holds gets the predecessors and successors the file
// states for it (replacing GIAS's it had; a link Ofsted's file states stays), so history follows conversions and
// mergers. A school whose links are already as stated writes nothing; schools Beacon does not hold are counted and
// left alone.
import type { Readable } from 'node:stream';
import { importOrigin } from '../core/change-feed.js';
import { dataSource } from '../core/data-source.js';
import type { SchoolLinkRecord } from '../core/records.js';
import { openImportStore, SCHOOL_FACT_FIELDS, type StoreConfig } from '../store/index.js';
import type { RowReject } from './parsers/csv-stream.js';
import { readGiasLinks } from './parsers/gias-links.js';
import { type ImportReport, newReport } from './report.js';

export interface LinksImportReport extends ImportReport {
  /** Schools the file links that Beacon does not hold: nothing is written for them. */
  notHeld: number;
}

const sameLinks = (a: readonly SchoolLinkRecord[], b: readonly SchoolLinkRecord[]) =>
  JSON.stringify(a) === JSON.stringify(b);

/** GIAS's links, with those another source states (Ofsted's predecessor URNs) kept where GIAS says nothing of them. */
const withStated = (gias: SchoolLinkRecord[], held: readonly SchoolLinkRecord[]) => [
  ...gias,
  ...held.filter((link) => link.source !== undefined && !gias.some((stated) => stated.urn === link.urn)),
];

export async function importGiasLinks(
  config: StoreConfig,
  source: Readable,
  name: string,
  clock: () => Date = () => new Date(),
): Promise<LinksImportReport> {
  const rejected: RowReject[] = [];
  const bySchool = new Map<string, { predecessors: SchoolLinkRecord[]; successors: SchoolLinkRecord[] }>();
  let rows = 0;
  for await (const row of readGiasLinks(source, name)) {
    rows += 1;
    if ('reject' in row) {
      rejected.push(row.reject);
      continue;
    }
    const { urn, direction, link } = row.value;
    const links = bySchool.get(urn) ?? { predecessors: [], successors: [] };
    if (direction === 'predecessor') links.predecessors.push(link);
    if (direction === 'successor') links.successors.push(link);
    bySchool.set(urn, links);
  }
  const store = openImportStore(config);
  const held = new Map((await store.schools.read([...bySchool.keys()])).map((school) => [school.urn, school]));
  const report: LinksImportReport = { ...newReport('gias-links', name), rows, rejected, notHeld: 0 };
  const updates = [...bySchool].flatMap(([urn, links]) => {
    const school = held.get(urn);
    if (!school) {
      report.notHeld += 1;
      return [];
    }
    links.predecessors = withStated(links.predecessors, school.predecessors);
    links.successors = withStated(links.successors, school.successors);
    if (sameLinks(school.predecessors, links.predecessors) && sameLinks(school.successors, links.successors)) {
      report.unchanged += 1;
      return [];
    }
    const hadLinks = school.predecessors.length + school.successors.length > 0;
    return [{ urn, facts: { name: school.name, laCode: school.laCode }, keep: SCHOOL_FACT_FIELDS, links, hadLinks }];
  });
  const outcomes = await store.schools.importFacts(updates, {
    actor: 'gias-import',
    action: 'importGiasLinks',
    source: `GIAS file ${name.split('/').at(-1) ?? name}`,
    now: () => clock().toISOString(),
    origin: importOrigin('gias-links', name, clock().toISOString()),
  });
  outcomes.forEach((outcome, index) => {
    if (outcome.outcome === 'unchanged') report.unchanged += 1;
    else if (outcome.outcome === 'updated') report[updates[index]?.hadLinks ? 'changed' : 'added'] += 1;
    else rejected.push({ line: 0, column: 'URN', reason: `school ${outcome.urn} kept changing; import again` });
  });
  if (report.added + report.changed > 0)
    await store.sources.record(dataSource('gias-links', name, rows, clock().toISOString()));
  return report;
}
