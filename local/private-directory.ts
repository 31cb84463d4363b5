// Local state (the signing key, the database, the running instance's address) belongs to this user alone: another
// account on the machine could otherwise read every record, contacts included.
import { chmod, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';

const OWNER_ONLY = 0o700;

/** Creates `directory` for its owner only, and tightens one (and the folders in it) that an older Beacon left open. */
export async function ensurePrivateDirectory(directory: string): Promise<void> {
  await mkdir(directory, { recursive: true, mode: OWNER_ONLY });
  await chmod(directory, OWNER_ONLY);
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    if (entry.isDirectory()) await chmod(path.join(directory, entry.name), OWNER_ONLY);
  }
}
