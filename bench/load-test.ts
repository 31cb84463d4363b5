// A bounded local load test: the real handler behind the local HTTP adapter, driven by autocannon with the
// dashboard and school-page queries for a fixed time, sampling the process's memory to see it stay steady.
import autocannon from 'autocannon';
import { serveLambda } from '../local/lambda-http-adapter.js';
import type { BenchEnvironment } from './environment.js';

export interface LoadReport {
  seconds: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  /** Resident set and heap in MiB, sampled every 5 s: steady memory keeps its last samples near its first. */
  memoryMiB: { rss: number[]; heapUsed: number[] };
}

const MIB = 1024 * 1024;

export async function loadTest(
  env: BenchEnvironment,
  bodies: readonly { query: string; variables?: Record<string, unknown> }[],
  options: { seconds: number; connections: number },
): Promise<LoadReport> {
  const server = await serveLambda(env.handler, { port: 0, host: '127.0.0.1' });
  const memory = { rss: [] as number[], heapUsed: [] as number[] };
  const sample = () => {
    const usage = process.memoryUsage();
    memory.rss.push(Math.round(usage.rss / MIB));
    memory.heapUsed.push(Math.round(usage.heapUsed / MIB));
  };
  sample();
  const sampler = setInterval(sample, 5000);
  try {
    const result = await autocannon({
      url: server.url,
      connections: options.connections,
      duration: options.seconds,
      // Bounded in count as well as time: at most 500 requests a second, whatever the machine's speed.
      overallRate: 500,
      timeout: 10,
      requests: bodies.map((body) => ({
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })),
    });
    sample();
    return {
      seconds: options.seconds,
      connections: options.connections,
      requests: result.requests.total,
      requestsPerSecond: result.requests.average,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      latencyMs: {
        p50: result.latency.p50,
        p90: result.latency.p90,
        p99: result.latency.p99,
        max: result.latency.max,
      },
      memoryMiB: memory,
    };
  } finally {
    clearInterval(sampler);
    await server.close();
  }
}
