// `npm start` stops everything it started however it is ended: here the npm process itself is killed outright
// (SIGKILL, as a closed terminal or a process manager might), and neither node nor java may be left behind.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { descendantsOf, freePort, isAlive, processesMatching } from '../support/processes.js';

describe('npm start', () => {
  it('prints DynamoDB Local’s address, and leaves no node or java behind when npm is killed', async () => {
    const stateDir = await mkdtemp(path.join(tmpdir(), 'beacon-stop-'));
    const [port, dynamoPort] = [await freePort(), await freePort()];
    const npm = spawn('npm', ['start'], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      env: {
        ...process.env,
        PORT: String(port),
        DYNAMODB_PORT: String(dynamoPort),
        BEACON_STATE_DIR: stateDir,
        SEED_COUNCILS: '340,886,211,919',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let output = '';
      await new Promise<void>((resolve, reject) => {
        npm.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('Beacon ready at')) resolve();
        });
        npm.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
        npm.once('exit', () => reject(new Error(`npm start ended before it was ready:\n${output}`)));
      });
      expect(output).toContain(`DynamoDB Local on http://127.0.0.1:${dynamoPort}`);
      const java = `DynamoDBLocal\\.jar.* -port ${dynamoPort}( |$)`;
      expect(await processesMatching(java)).toHaveLength(1);
      const started = await descendantsOf(npm.pid ?? 0);
      expect(started.length).toBeGreaterThan(0);

      npm.kill('SIGKILL');
      const leftBehind = async () => [...(await processesMatching(java)), ...started.filter(isAlive)];
      for (let waited = 0; waited < 20_000 && (await leftBehind()).length > 0; waited += 250) {
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(await leftBehind()).toEqual([]);
    } finally {
      if (npm.exitCode === null) npm.kill('SIGKILL');
      await rm(stateDir, { recursive: true, force: true });
    }
  }, 180_000);
});
