// `npm start` as a person runs it (the same script, its own state directory, the four councils of the scenario so it
// seeds in seconds), for the browser tests: the page's address once it says it is ready, and a stop that ends it.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../support/processes.js';

export interface WebServer {
  /** e.g. http://127.0.0.1:43123 (no trailing slash) */
  origin: string;
  stop(): Promise<void>;
}

/** `env` adds to (or, with undefined, removes from) the test run's environment, e.g. NODE_ENV as a shell has it. */
export async function startWebServer(env: Record<string, string | undefined> = {}): Promise<WebServer> {
  const stateDir = await mkdtemp(path.join(tmpdir(), 'beacon-e2e-'));
  const port = await freePort();
  const environment: NodeJS.ProcessEnv = { ...process.env, ...env };
  for (const [name, value] of Object.entries(env)) if (value === undefined) delete environment[name];
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'local/start.ts'], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: { ...environment, PORT: String(port), BEACON_STATE_DIR: stateDir, SEED_COUNCILS: '340,886,211,919' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ready = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Web page: (http:\/\/\S+?)\/? /.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}) before it was ready:\n${output}`)));
  });
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = once(child, 'exit');
      child.kill('SIGINT');
      await exited;
    }
    await rm(stateDir, { recursive: true, force: true });
  };
  try {
    return { origin: await ready, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
