// The local commands' shared arguments: `--endpoint` (a DynamoDB Local to use, else the running `npm start`'s or
// DYNAMODB_ENDPOINT) and `--help` (prints the usage and exits), beside each command's own options.
import { type ParseArgsConfig, parseArgs } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandLine<T extends Options>(usage: string, options: T, allowPositionals = false) {
  const parsed = parseArgs({
    allowPositionals,
    options: {
      ...options,
      endpoint: { type: 'string' },
      help: { type: 'boolean', default: false },
    } as const,
  });
  // Typed by the caller's options; the two shared ones are read here by name.
  const shared = parsed.values as { endpoint?: string; help?: boolean };
  if (shared.help) {
    console.log(usage);
    process.exit(0);
  }
  const endpoint = shared.endpoint ?? process.env.DYNAMODB_ENDPOINT;
  return { ...parsed, endpoint };
}
