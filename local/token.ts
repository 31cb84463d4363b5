// `npm run --silent token -- --role council_officer --scope la:886 [--email you@example.org] [--ttl 8h]`
// prints a bearer token the local server accepts: signed with the key under .beacon/, as Cognito would sign one.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { issueLocalToken, loadOrCreateSigningKey } from './local-identity.js';

const stateDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '.beacon');
const usage =
  'Usage: npm run --silent token -- --role <admin|assessor|council_officer|trust_executive|school_leader> ' +
  '--scope <all|la:886|trust:2864|school:140412> [--email you@example.org] [--ttl 8h]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      scope: { type: 'string' },
      email: { type: 'string' },
      ttl: { type: 'string' },
      help: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  if (!values.role || !values.scope) throw new Error(`--role and --scope are required.\n${usage}`);
  const key = await loadOrCreateSigningKey(process.env.BEACON_STATE_DIR ?? stateDir);
  process.stdout.write(
    `${await issueLocalToken(key, { role: values.role, scope: values.scope, email: values.email, ttl: values.ttl })}\n`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
