// The clients of the heavy-load bench, in their own process so that their event loop is not the server's: heavy
// anonymous requests in a closed loop (each connection sends its next as soon as it has an answer) and readers
// opening a school page at a steady pace, each from its own loopback address (the whole of 127.0.0.0/8 is this
// machine), so the server sees them as the different clients they would be in production.
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface DriverPlan {
  url: string;
  seconds: number;
  heavy: { bodies: string[]; connections: number; addresses: string[] };
  lookups: { bodies: string[]; clients: number; everyMs: number; addresses: string[] };
}

export interface Sample {
  kind: string;
  ms: number;
  status: number;
  retryAfter: string | null;
}

/** Longest a request may take before the driver gives up on it (counted as status 0). */
const GIVE_UP_MS = 30_000;

function send(url: string, body: string, agent: Agent, kind: string): Promise<Sample> {
  const started = performance.now();
  return new Promise((resolve) => {
    const done = (status: number, retryAfter: string | null) =>
      resolve({ kind, ms: performance.now() - started, status, retryAfter });
    const call = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        timeout: GIVE_UP_MS,
      },
      (response) => {
        response.resume();
        response.on('end', () => done(response.statusCode ?? 0, response.headers['retry-after'] ?? null));
        response.on('error', () => done(0, null));
      },
    );
    call.on('timeout', () => call.destroy(new Error('timeout')));
    call.on('error', () => done(0, null));
    call.end(body);
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The label of a heavy body: its operation name. */
const kindOf = (body: string) => /query (\w+)/.exec(body)?.[1] ?? 'heavy';

export async function drive(plan: DriverPlan): Promise<Sample[]> {
  const samples: Sample[] = [];
  const endsAt = performance.now() + plan.seconds * 1000;
  const agentFor = (address: string) => new Agent({ keepAlive: true, maxSockets: 1, localAddress: address });
  const heavy = Array.from({ length: plan.heavy.connections }, async (_, index) => {
    const agent = agentFor(plan.heavy.addresses[index % plan.heavy.addresses.length] ?? '127.0.0.1');
    for (let sent = index; performance.now() < endsAt; sent += 1) {
      const body = plan.heavy.bodies[sent % plan.heavy.bodies.length] ?? '';
      samples.push(await send(plan.url, body, agent, kindOf(body)));
    }
    agent.destroy();
  });
  const lookups = Array.from({ length: plan.lookups.clients }, async (_, index) => {
    const agent = agentFor(plan.lookups.addresses[index % plan.lookups.addresses.length] ?? '127.0.0.1');
    // Readers start spread over one interval, as people do.
    await pause((plan.lookups.everyMs * index) / plan.lookups.clients);
    for (let sent = index; performance.now() < endsAt; sent += 1) {
      const started = performance.now();
      const body = plan.lookups.bodies[sent % plan.lookups.bodies.length] ?? '';
      samples.push(await send(plan.url, body, agent, 'lookup'));
      await pause(Math.max(0, plan.lookups.everyMs - (performance.now() - started)));
    }
    agent.destroy();
  });
  await Promise.all([...heavy, ...lookups]);
  return samples;
}

// Run as a child of the bench: the plan arrives by IPC, the samples go back the same way.
if (process.send) {
  process.once('message', (plan: DriverPlan) => {
    void drive(plan).then((samples) => process.send?.(samples, () => process.exit(0)));
  });
}
