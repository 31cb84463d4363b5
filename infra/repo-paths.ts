// Infra refers to runtime code only by path from the repository root, whatever the working directory.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function fromRepoRoot(relativePath: string): string {
  return path.resolve(repoRoot, relativePath);
}
