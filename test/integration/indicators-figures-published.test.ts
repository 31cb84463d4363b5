// New figures published: importing a LAIT file with one more year than Beacon holds records one FIGURES_PUBLISHED
// change for each council (and England) that gained a figure for it, computed from the file; importing it again adds
// none; the council's feed lists it. The first load of an indicator (the seed's) records none.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { paginateScan } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { indicatorOfLaitMeasure } from '../../functions/core/indicators/catalogue.js';
import { invoke } from '../support/api-events.js';
import { currentCodes, DFE_FILES, dataPath, rowsOf } from '../support/indicator-files.js';
import { type IndicatorTable, indicatorTable } from '../support/indicator-table.js';

const ENGLAND = '970';
let table: IndicatorTable;
const newestYear = () =>
  rowsOf(DFE_FILES.lait)
    .map((row) => row.years ?? '')
    .sort()
    .at(-1) ?? '';

/** The LAIT file without its newest year's rows: what Beacon held before that year was published. */
function olderSlice(): string {
  const lines = gunzipSync(readFileSync(dataPath(DFE_FILES.lait)))
    .toString('utf8')
    .trimEnd()
    .split(/\r?\n/);
  const rows = rowsOf(DFE_FILES.lait);
  expect(lines.length - 1).toBe(rows.length);
  const newest = newestYear();
  return [lines[0], ...lines.slice(1).filter((_, index) => rows[index]?.years !== newest)].join('\n');
}

/** Councils Beacon holds (and England) with a published figure of the newest year for a catalogued measure. */
function gainers(): Set<string> {
  const held = currentCodes();
  const newest = newestYear();
  return new Set(
    rowsOf(DFE_FILES.lait)
      .filter((row) => row.years === newest && indicatorOfLaitMeasure(row.short_desc ?? ''))
      .filter((row) => Number.isFinite(Number(row.value)) && row.value !== '')
      .map((row) => row.la_code ?? '')
      .filter((code) => held.has(code) || code === ENGLAND),
  );
}

async function figureChanges() {
  const found: Record<string, unknown>[] = [];
  for await (const page of paginateScan({ client: table.store.client }, { TableName: table.store.tableName })) {
    found.push(...(page.Items ?? []).filter((item) => item.entity === 'Change' && item.kind === 'FIGURES_PUBLISHED'));
  }
  return found;
}

beforeAll(async () => {
  table = await indicatorTable('figures-published');
  const older = await table.importFile(
    'la-indicators',
    'dfe/dfe_lait_inclusion_indicators_la_2016-2024.csv',
    olderSlice(),
  );
  expect(older.result.rows).toBeGreaterThan(0);
}, 180_000);

describe('new figures published', () => {
  it('records nothing on an indicator’s first load', async () => {
    expect(await figureChanges()).toEqual([]);
  });

  it('records a change for each council (and England) that gained the newest year, none on a re-import', async () => {
    await table.importFile('la-indicators', DFE_FILES.lait);
    const changes = await figureChanges();
    const expected = gainers();
    expect(expected.size).toBeGreaterThan(100);
    const areas = changes.map((change) => (change.laCode as string | undefined) ?? ENGLAND);
    expect(areas.sort()).toEqual([...expected].sort());
    for (const change of changes) {
      expect(change.summary).toMatch(/^New figures: .+ \(\d+ indicators?\)$/);
      expect(change.public).toBe(true);
      expect(change.source).toMatchObject({ name: 'la-indicators', file: DFE_FILES.lait.split('/').at(-1) });
      expect((change.source as { asAt: string }).asAt).toBe(change.happenedOn);
    }
    await table.importFile('la-indicators', DFE_FILES.lait);
    expect((await figureChanges()).length).toBe(changes.length);
  });

  it('lists a council’s new figures in its feed, and England’s once in England’s', async () => {
    const code = [...gainers()].filter((area) => area !== ENGLAND).sort()[0] ?? '';
    const { body } = await invoke<{
      localAuthority: { changes: { edges: { node: { kind: string; summary: string } }[] } };
      england: { changes: { edges: { node: { kind: string; summary: string } }[] } };
    }>(
      table.handler,
      `query ($code: ID!) {
        localAuthority(code: $code) {
          changes(kinds: [FIGURES_PUBLISHED], first: 10) { edges { node { kind summary } } } }
        england { changes(kinds: [FIGURES_PUBLISHED], first: 10) { edges { node { kind summary } } } } }`,
      { code },
    );
    expect(body.errors).toBeUndefined();
    const mine = body.data?.localAuthority.changes.edges.map((edge) => edge.node) ?? [];
    expect(mine).toHaveLength(1);
    expect(mine[0]?.summary).toMatch(/^New figures: /);
    expect(body.data?.england.changes.edges).toHaveLength(gainers().has(ENGLAND) ? 1 : 0);
  });
});
