// The heavy lane's thread: loads a Lambda handler module and runs the events the server hands it, one at a time
// (the server sends no more than its cap on heavy requests), answering each with its result.
import { parentPort, workerData } from 'node:worker_threads';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { type HttpApiHandler, invoke } from './api-gateway-emulation.js';

const { moduleUrl, exportName } = workerData as { moduleUrl: string; exportName: string };
const loaded = import(moduleUrl).then((module: Record<string, unknown>) => {
  const handler = module[exportName];
  if (typeof handler !== 'function') throw new Error(`${moduleUrl} exports no handler named ${exportName}`);
  return handler as HttpApiHandler;
});

parentPort?.on('message', ({ id, event }: { id: number; event: APIGatewayProxyEventV2 }) => {
  loaded
    .then((handler) => invoke(handler, event))
    .then(
      (result) => parentPort?.postMessage({ id, result }),
      (error: unknown) =>
        parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
    );
});
