// `npm run remind -- --today <day>` is a what-if: it previews and writes nothing unless --commit is given.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../support/api-events.js';
import { type SeededApi, seededApi } from '../support/seeded-api.js';

const run = promisify(execFile);
let api: SeededApi;

beforeAll(async () => {
  api = await seededApi('remind-cli');
});

const remind = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'local/remind.ts', '--endpoint', api.table.endpoint, ...args], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: { ...process.env, TABLE_NAME: api.table.tableName },
    timeout: 60_000,
  });

async function remindersOfLordDerby(): Promise<string[]> {
  const { body } = await invoke<{ reminders: { edges: { node: { status: string } }[] } }>(
    api.handler,
    '{ reminders(filter: { urn: "140412" }) { edges { node { id status } } } }',
  );
  return body.data?.reminders.edges.map((edge) => edge.node.status) ?? [];
}

describe('npm run remind', () => {
  it('previews a chosen day without recording or sending, and says how to commit', async () => {
    const { stdout } = await remind('--today', '2026-11-20');
    expect(stdout).toMatch(/\[would send\] Lord Derby Academy: IQM Centre of Excellence annual review due in 25 days/);
    expect(stdout).toContain('nothing written (add --commit to record and send for 2026-11-20)');
    expect(await remindersOfLordDerby()).toEqual([]);
  });

  it('records and sends with --commit, once; with no contacts it is NO_RECIPIENTS, counted apart', async () => {
    const { stdout } = await remind('--today', '2026-11-20', '--commit');
    expect(stdout).toMatch(/\[outbox\] Lord Derby Academy: .* due in 25 days, on 15 December 2026/);
    expect(stdout).toContain('1 reminder sent, 1 of them to nobody (no contacts: NO_RECIPIENTS)');
    expect(await remindersOfLordDerby()).toEqual(['NO_RECIPIENTS']);
    await remind('--today', '2026-11-20', '--commit');
    expect(await remindersOfLordDerby()).toEqual(['NO_RECIPIENTS']);
  });

  it('refuses --commit with --dry-run', async () => {
    await expect(remind('--today', '2026-11-20', '--commit', '--dry-run')).rejects.toThrow(/cannot go together/);
  });
});
