// Processes and ports, as the tests that start `npm start` or DynamoDB Local need to see them.
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  return typeof address === 'object' && address ? address.port : 0;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // An orphan that was killed but not yet reaped is a zombie: dead for our purposes.
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Pids whose command line matches the pattern (pgrep -f). */
export async function processesMatching(pattern: string): Promise<number[]> {
  try {
    return (await run('pgrep', ['-f', pattern])).stdout.trim().split('\n').filter(Boolean).map(Number);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

/** Every process under `pid` (e.g. npm → sh → node → java). */
export async function descendantsOf(pid: number): Promise<number[]> {
  let children: number[] = [];
  try {
    children = (await run('pgrep', ['-P', String(pid)])).stdout.trim().split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
  const below = await Promise.all(children.map((child) => descendantsOf(child)));
  return [...children, ...below.flat()];
}
