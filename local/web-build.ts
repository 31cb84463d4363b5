// Builds the web page (web/ → web/dist) when its sources are newer than the build, so `npm start` serves the page
// of the code in front of you without a separate step; an unchanged page costs one directory walk.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'web');
export const WEB_DIST = path.join(WEB_DIR, 'dist');

function newestChange(entry: string): number {
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

export function webBuildIsCurrent(outDir = WEB_DIST): boolean {
  const built = path.join(outDir, 'index.html');
  if (!existsSync(built)) return false;
  // The page also bundles the words for enum values it shares with the API's CSV.
  const sources = ['src', 'index.html', 'vite.config.ts', '../functions/core/labels.ts'].map((name) =>
    path.join(WEB_DIR, name),
  );
  return statSync(built).mtimeMs >= Math.max(...sources.map(newestChange));
}

/**
 * Builds web/dist (or `outDir`) unless it is current; resolves to whether it built. Vite sets NODE_ENV=production
 * in this process when it is unset, and the API's handler reads NODE_ENV for its production posture: the variable
 * is put back as it was, so building the page never turns the local API's introspection off.
 */
export async function ensureWebBuilt(outDir = WEB_DIST): Promise<boolean> {
  if (webBuildIsCurrent(outDir)) return false;
  const { build } = await import('vite');
  const nodeEnv = process.env.NODE_ENV;
  try {
    await build({ configFile: path.join(WEB_DIR, 'vite.config.ts'), logLevel: 'error', build: { outDir } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return true;
}
