// Simulated crashes: after a chosen request, every later request of the client fails, as if the process died.
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export class SimulatedCrash extends Error {
  constructor() {
    super('simulated crash: the process died here');
    this.name = 'SimulatedCrash';
  }
}

export interface CrashSwitch {
  crashed: boolean;
}

/** True for the update that marks a reminder SENT (its last delivery). */
export function isSentMark(commandName: string | undefined, input: unknown): boolean {
  const expression = (input as { UpdateExpression?: string } | undefined)?.UpdateExpression ?? '';
  return commandName === 'UpdateItemCommand' && expression.includes('#status = :sent');
}

/**
 * After `count` requests matching `matches` have completed (or, with `before`, when the count-th is about to be
 * sent), the client fails every request.
 */
export function crashAfter(
  client: DynamoDBDocumentClient,
  count: number,
  matches: (commandName: string | undefined, input: unknown) => boolean,
  options: { before?: boolean } = {},
): CrashSwitch {
  const state: CrashSwitch = { crashed: false };
  let seen = 0;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (state.crashed) throw new SimulatedCrash();
      const matched = matches(context.commandName, args.input);
      if (matched && options.before && seen + 1 >= count) {
        state.crashed = true;
        throw new SimulatedCrash();
      }
      const result = await next(args);
      if (matched) {
        seen += 1;
        if (seen >= count) state.crashed = true;
      }
      return result;
    },
    { step: 'initialize', name: 'beaconCrashInjection', override: true },
  );
  return state;
}
