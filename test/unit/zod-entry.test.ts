// zod has one way in, functions/core/zod.ts, which says why it is imported as a namespace: a file importing zod
// itself, or `z` by name, would put zod's 64 locales back into the bundles.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const ENTRY = 'functions/core/zod.ts';
const sources = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.ts', '*.tsx'])
  .toString()
  .split('\n')
  .filter((file) => file !== '' && !file.includes('/generated/') && file !== ENTRY);
const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^import\s+([^;]*?)\s+from\s+'([^']+)'/gms)].map((match) => ({
    file,
    what: match[1] ?? '',
    from: match[2] ?? '',
  }));
const imports = sources.flatMap(importsOf);

describe('the way in to zod', () => {
  it('is functions/core/zod.ts: no other file imports zod itself', () => {
    expect(imports.filter(({ from }) => from === 'zod' || from.startsWith('zod/')).map(({ file }) => file)).toEqual([]);
  });

  it('is imported as a namespace everywhere, so esbuild can leave out what is not used', () => {
    const fromEntry = imports.filter(({ from }) => from.endsWith('/zod.js'));
    expect(fromEntry.length).toBeGreaterThan(10);
    // `import type * as z` (types only) is erased, so it is as good.
    expect(fromEntry.filter(({ what }) => what.replace(/^type /, '') !== '* as z').map(({ file }) => file)).toEqual([]);
  });

  it('re-exports zod/mini name by name, not as one namespace object', () => {
    expect(readFileSync(ENTRY, 'utf8')).toMatch(/^export \* from 'zod\/mini';$/m);
  });
});
