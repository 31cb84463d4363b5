// A bundled function's stack trace in source positions, made only when an error is logged. Node's
// --enable-source-maps reads and parses the bundle's whole source map (1.1 MB for the API) as the bundle loads:
// ~12 ms of every cold start, for stacks only an error log shows. The API reads the map on its first error instead.
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';

const maps = new Map<string, SourceMap | null>();

/** The source map esbuild wrote beside the bundle, or null when there is none (tsx runs the sources themselves). */
function mapOf(bundleFile: string): SourceMap | null {
  if (!maps.has(bundleFile)) {
    try {
      maps.set(bundleFile, new SourceMap(JSON.parse(readFileSync(`${bundleFile}.map`, 'utf8'))));
    } catch {
      maps.set(bundleFile, null);
    }
  }
  return maps.get(bundleFile) ?? null;
}

const FRAME_POSITION = /(file:\/\/[^\s()]+|\/[^\s():]+):(\d+):(\d+)/g;

/**
 * The stack with each position in the bundle at `bundleUrl` (a module's import.meta.url) replaced by its source
 * file, line and column; other frames, and every frame when the bundle has no map, stay as they are.
 */
export function sourceMappedStack(stack: string, bundleUrl: string): string {
  const bundleFile = bundleUrl.startsWith('file:') ? fileURLToPath(bundleUrl) : bundleUrl;
  return stack.replace(FRAME_POSITION, (position: string, file: string, line: string, column: string) => {
    if (file !== bundleUrl && file !== bundleFile) return position;
    const entry = mapOf(bundleFile)?.findEntry(Number(line) - 1, Number(column) - 1);
    if (!entry || !('originalSource' in entry)) return position;
    return `${entry.originalSource}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  });
}
