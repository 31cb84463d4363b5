// Two imports writing the same items at once: LAIT and the SEN2 release both state EHC plans' 20-week timeliness
// (kept apart in the indicator's one item), and LAIT (regions) and the neighbour model (neighbours) both write a
// council's comparison item. The second import runs between the first one's read and its write; both survive.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeEach, describe, expect, it } from 'vitest';
import { regionOfLocalAuthority } from '../../functions/core/indicators/areas.js';
import { indicatorById } from '../../functions/core/indicators/catalogue.js';
import { eesPeriod, laitPeriod } from '../../functions/core/indicators/periods.js';
import type { ImportReport } from '../../functions/importer/kinds.js';
import {
  DFE_FILES,
  dataPath,
  eesTotals,
  laitSeries,
  laitValue,
  neighboursInXlsx,
  rounded,
  rowsOf,
} from '../support/indicator-files.js';
import { type IndicatorTable, indicatorTable } from '../support/indicator-table.js';

const INDICATOR = 'ehc-plans-within-20-weeks';
const MEASURE = 'SEN_EHC_All_20wks';
const KENT = '886';

/** The lines of a gzipped file whose text passes `keep`, under its header. */
function slice(file: string, keep: (line: string) => boolean): string {
  const [header, ...lines] = gunzipSync(readFileSync(dataPath(file)))
    .toString('utf8')
    .split('\n');
  return [header, ...lines.filter(keep)].join('\n');
}

const pksOf = (input: Record<string, unknown>): string[] => JSON.stringify(input).match(/"pk":"[^"]*"/g) ?? [];

/**
 * Runs `before` just before a write (of any command) that touches an item whose pk starts so: the first one only,
 * or every one (`every`). Writes `before` makes itself pass untouched.
 */
function beforeWriteOf(
  client: DynamoDBDocumentClient,
  pkPrefix: string,
  before: () => Promise<unknown>,
  every = false,
) {
  let done = false;
  let inside = false;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const writes = /^(Put|BatchWrite|TransactWrite|Update)/.test(context.commandName ?? '');
      const input = args.input as Record<string, unknown>;
      if (!done && !inside && writes && pksOf(input).some((pk) => pk.startsWith(`"pk":"${pkPrefix}`))) {
        done = !every;
        inside = true;
        await before().finally(() => {
          inside = false;
        });
      }
      return next(args);
    },
    { step: 'initialize', name: 'beforeWriteOf', override: true },
  );
}

let table: IndicatorTable;
beforeEach(async () => {
  table = await indicatorTable('indicators-concurrent');
});

const laitSlice = () => slice(DFE_FILES.lait, (line) => line.startsWith(`${MEASURE},`));
const eesSlice = () => slice(DFE_FILES.timeliness, (line) => line.includes(',All EHC plans issued,'));

/** The stored item; its series are kept as text per area, "28.9,S,N," (the store's series codec). */
async function stored(pk: string, sk: string) {
  const { Item } = await table.store.client.send(new GetCommand({ TableName: table.store.tableName, Key: { pk, sk } }));
  return Item ?? {};
}

interface StoredIndicator {
  periods: string[];
  layers: Record<string, Record<string, string>>;
}

describe('two imports writing the same items at once', () => {
  it('keeps both LAIT’s and the SEN2 release’s timeliness figures when the release lands mid-import', async () => {
    const indicator = indicatorById(INDICATOR)!;
    beforeWriteOf(table.store.client, `INDICATOR#${INDICATOR}`, () =>
      table.importFile('ees', 'timeliness-slice.csv', eesSlice()),
    );
    const lait = await table.importFile('la-indicators', 'lait-slice.csv', laitSlice());
    expect((lait.result as ImportReport).added).toBeGreaterThan(0);

    const series = (await stored(`INDICATOR#${INDICATOR}`, 'SERIES')) as StoredIndicator;
    const cellOf = (kind: string, period: string | null) =>
      series.layers[kind]?.[KENT]?.split(',')[series.periods.indexOf(period ?? '')];
    const laitRows = laitSeries(MEASURE, KENT);
    expect(laitRows.length).toBeGreaterThan(0);
    for (const row of laitRows) {
      const cell = cellOf('la-indicators', laitPeriod(indicator.periodKind, row.years));
      expect(cell).toBe(String(laitValue(INDICATOR, row.value) ?? 'N'));
    }
    const eesRows = eesTotals(DFE_FILES.timeliness, 'Local authority').filter((row) => row.old_la_code === KENT);
    expect(eesRows.length).toBeGreaterThan(0);
    for (const row of eesRows) {
      const period = eesPeriod(indicator.periodKind, row.time_period ?? '', row.time_identifier ?? '');
      expect(cellOf('ees', period)).toBe(
        String(rounded(row.pc_plans_issued_within_20_weeks ?? '', indicator.decimals)),
      );
    }
  }, 60_000);

  it('keeps the neighbour model’s neighbours when LAIT sets the councils’ regions mid-import', async () => {
    beforeWriteOf(table.store.client, 'LA#', () =>
      table.importFile('statistical-neighbours', DFE_FILES.neighboursXlsx),
    );
    const lait = await table.importFile('la-indicators', 'lait-slice.csv', laitSlice());
    expect((lait.result as ImportReport).added).toBeGreaterThan(0);

    const comparison = await stored(`LA#${KENT}`, 'COMPARISON');
    const laitRegion = rowsOf(DFE_FILES.lait).find((row) => row.la_code === KENT)?.region ?? '';
    expect(comparison.region).toMatchObject({ code: regionOfLocalAuthority(laitRegion)?.code });
    expect((comparison.neighbours as { code: string }[]).map((neighbour) => neighbour.code)).toEqual(
      await neighboursInXlsx(KENT),
    );
  }, 60_000);

  it('gives up with a clear error when the item keeps changing under the import, writing none of it', async () => {
    await table.importFile('la-indicators', 'lait-slice.csv', laitSlice());
    const key = { pk: `INDICATOR#${INDICATOR}`, sk: 'SERIES' };
    const before = await stored(key.pk, key.sk);
    // Another writer bumps the item's version before every write of this import.
    beforeWriteOf(
      table.store.client,
      key.pk,
      () =>
        table.store.client.send(
          new UpdateCommand({
            TableName: table.store.tableName,
            Key: key,
            UpdateExpression: 'SET #version = #version + :one',
            ExpressionAttributeNames: { '#version': 'version' },
            ExpressionAttributeValues: { ':one': 1 },
          }),
        ),
      true,
    );
    await expect(table.importFile('ees', 'timeliness-slice.csv', eesSlice())).rejects.toThrow(
      `IndicatorSeries ${key.pk} kept changing under this import (another import is writing it): ` +
        'this import’s figures for it were not written; run the import again.',
    );
    const after = await stored(key.pk, key.sk);
    expect({ ...after, version: before.version }).toEqual(before);
  }, 60_000);
});
