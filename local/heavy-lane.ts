// Heavy anonymous requests (whole-list reads) run in their own thread, as each Lambda invocation has its own
// environment in AWS: their synchronous work (sorting a directory, writing a CSV) then never holds up the server's
// event loop, so a school lookup is answered while a search runs. The server sends the lane no more than its cap
// (client-limits.ts), so the lane never queues much.
import { Worker } from 'node:worker_threads';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';

export interface HeavyLane {
  invoke(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2 | undefined>;
  close(): Promise<void>;
}

type Reply = { id: number; result?: APIGatewayProxyResultV2; error?: string };

/**
 * A thread that imports `moduleUrl` (a TypeScript module, through tsx as the server itself runs) and serves events
 * with its `exportName` handler. The module reads its configuration from the environment at load, as in Lambda.
 */
export function createHeavyLane(moduleUrl: string, exportName = 'handler'): HeavyLane {
  const workerUrl = JSON.stringify(new URL('./heavy-lane-worker.ts', import.meta.url).href);
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const boot = `import(${tsx}).then(({ register }) => { register(); return import(${workerUrl}); });`;
  const worker = new Worker(boot, { eval: true, workerData: { moduleUrl, exportName } });
  worker.unref();
  const pending = new Map<
    number,
    { resolve: (result?: APIGatewayProxyResultV2) => void; reject: (e: Error) => void }
  >();
  let nextId = 0;
  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.on('message', ({ id, result, error }: Reply) => {
    const waiting = pending.get(id);
    pending.delete(id);
    if (error !== undefined) waiting?.reject(new Error(error));
    else waiting?.resolve(result);
  });
  worker.on('error', failAll);
  worker.on('exit', (code) => failAll(new Error(`The heavy-request thread stopped (exit code ${code}).`)));
  return {
    invoke: (event) =>
      new Promise((resolve, reject) => {
        nextId += 1;
        pending.set(nextId, { resolve, reject });
        worker.postMessage({ id: nextId, event });
      }),
    close: async () => {
      await worker.terminate();
    },
  };
}
