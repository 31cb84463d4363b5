// The one log interface: the Lambdas' Powertools logger and the local terminal printer both satisfy it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lambdaErrorLog, lambdaLog } from '../../functions/lambda-log.js';
import { terminalLog } from '../../local/terminal-log.js';

afterEach(() => vi.restoreAllMocks());

/** What the Lambda log writes to stdout and stderr while `act` runs, line by line. */
function writtenBy(act: () => void): string[] {
  const written: string[] = [];
  // Powertools writes warnings and errors to stderr, the rest to stdout.
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
  }
  act();
  vi.restoreAllMocks();
  return written.join('').trim().split('\n');
}

describe('the Lambda log', () => {
  it('logs the API’s errors through Powertools, made on the first error and kept for the next', () => {
    const logError = lambdaErrorLog('beacon-api');
    const lines = writtenBy(() => {
      logError('Internal error while resolving school', new Error('table missing'));
      logError('Internal error while resolving trust', 'not an Error');
    });
    expect(lines).toHaveLength(2);
    const [first, second] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(first).toMatchObject({
      level: 'ERROR',
      service: 'beacon-api',
      message: 'Internal error while resolving school',
    });
    expect(first?.error).toMatchObject({ name: 'Error', message: 'table missing' });
    expect(second).toMatchObject({
      level: 'ERROR',
      message: 'Internal error while resolving trust',
      error: 'not an Error',
    });
  });

  it('writes one JSON line naming the function, the level, the message and the fields', () => {
    const written: string[] = [];
    // Powertools writes warnings and errors to stderr, the rest to stdout.
    for (const stream of [process.stdout, process.stderr]) {
      vi.spyOn(stream, 'write').mockImplementation((chunk) => {
        written.push(String(chunk));
        return true;
      });
    }
    lambdaLog('beacon-importer').warn('GIAS import finished with skipped rows', { key: 'imports/a.csv', skipped: 2 });
    const lines = written.join('').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({
      level: 'WARN',
      service: 'beacon-importer',
      message: 'GIAS import finished with skipped rows',
      key: 'imports/a.csv',
      skipped: 2,
    });
  });
});

describe('the terminal log', () => {
  it('prints info and warnings as plain lines, and errors to the error printer with their fields', () => {
    const out: unknown[][] = [];
    const err: unknown[][] = [];
    const log = terminalLog(
      (...parts) => out.push(parts),
      (...parts) => err.push(parts),
    );
    const failure = new Error('table missing');
    log.info('[reassessment] 2026-11-20: 1 award due');
    log.warn('[warning] trust 2864 is not held');
    log.error('[reassessment] 2026-11-20: the run failed:', { error: failure });
    expect(out).toEqual([['[reassessment] 2026-11-20: 1 award due'], ['[warning] trust 2864 is not held']]);
    expect(err).toEqual([['[reassessment] 2026-11-20: the run failed:', { error: failure }]]);
  });
});
