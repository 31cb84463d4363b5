// The house's layout, checked: one resolver file per schema module, no hand-written file in functions/ or web/src over
// 250 lines (past that, a file is usually two ideas), and the store filed by entity behind its front door.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const moduleNames = (dir: string, extension: string) =>
  readdirSync(dir)
    .filter((file) => file.endsWith(extension))
    .map((file) => file.slice(0, -extension.length))
    .sort();

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : filesUnder(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('the layout', () => {
  it('has one resolver file per schema module, and nothing else beside them but the index', () => {
    expect(moduleNames('functions/graphql/resolvers', '.ts')).toEqual(
      [...moduleNames('schema', '.graphql'), 'index'].sort(),
    );
  });

  it('keeps every hand-written file in functions/ and web/src at 250 lines or fewer', () => {
    const long = [...filesUnder('functions'), ...filesUnder('web/src')]
      .map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > 250);
    expect(long).toEqual([]);
  });

  it('files the store by entity: nothing beside its front door but folders, each with a public face', () => {
    const entries = readdirSync('functions/store', { withFileTypes: true });
    expect(entries.filter((entry) => entry.isFile()).map((entry) => entry.name)).toEqual(['index.ts']);
    const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(folders).toContain('dynamo');
    expect(folders.filter((folder) => !readdirSync(`functions/store/${folder}`).includes('index.ts'))).toEqual([]);
  });

  it('lets the front door import only the folders’ public faces', () => {
    const specifiers = [...readFileSync('functions/store/index.ts', 'utf8').matchAll(/from '(\.\/[^']+)'/g)].map(
      (match) => match[1] ?? '',
    );
    expect(specifiers.length).toBeGreaterThan(0);
    expect(specifiers.filter((specifier) => !/^\.\/[a-z-]+\/index\.js$/.test(specifier))).toEqual([]);
  });

  it('keeps the front door to re-exports, one per folder: no operation is written there', () => {
    const code = readFileSync('functions/store/index.ts', 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    const statements = code
      .split(';')
      .map((statement) => statement.trim())
      .filter(Boolean);
    const reExport = /^export (type )?\{[^}]*\} from '\.\/([a-z-]+)\/index\.js'$/;
    expect(statements.filter((statement) => !reExport.test(statement))).toEqual([]);
    const folders = statements.map((statement) => reExport.exec(statement)?.[2]);
    expect(folders.filter((folder, at) => folders.indexOf(folder) !== at)).toEqual([]);
  });
});
