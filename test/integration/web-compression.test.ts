// The page as `npm start` serves it on a slow line: each file is sent brotli- or gzip-compressed when the browser
// says it accepts that (the bytes decompress to the built file), as it is otherwise, and never compressed twice.

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrCreateSigningKey } from '../../local/local-identity.js';
import { ensureWebBuilt, WEB_DIST } from '../../local/web-build.js';
import { webPages } from '../../local/web-pages.js';

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

let server: Server;
let keyDir: string;
let origin: string;
/** The built page's files, as the browser asks for them: the page itself, its script and its styles. */
let files: { address: string; built: Buffer }[];

/** The bytes as they come over the wire (fetch would decompress them). */
function getRaw(address: string, acceptEncoding?: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
    const asked = httpRequest(`${origin}${address}`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    asked.on('error', reject);
    asked.end();
  });
}

beforeAll(async () => {
  await ensureWebBuilt();
  keyDir = await mkdtemp(path.join(tmpdir(), 'beacon-key-'));
  const handle = webPages({ dir: WEB_DIST, signingKey: await loadOrCreateSigningKey(keyDir) });
  server = createServer((request, response) => {
    void handle(request, response, new URL(request.url ?? '/', 'http://localhost').pathname);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const html = await readFile(path.join(WEB_DIST, 'index.html'));
  const assets = [...html.toString().matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? '');
  expect(assets.map((address) => path.extname(address)).sort()).toEqual(['.css', '.js']);
  files = [
    { address: '/', built: html },
    ...(await Promise.all(
      assets.map(async (address) => ({ address, built: await readFile(path.join(WEB_DIST, address)) })),
    )),
  ];
}, 120_000);

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(keyDir, { recursive: true, force: true });
});

describe('the page served by npm start', () => {
  it('sends brotli to a browser that accepts it, decompressing to the built file', async () => {
    for (const { address, built } of files) {
      const answer = await getRaw(address, 'gzip, deflate, br, zstd');
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBe('br');
      expect(answer.headers.vary).toBe('Accept-Encoding');
      expect(answer.body.length).toBeLessThan(built.length);
      expect(brotliDecompressSync(answer.body).equals(built)).toBe(true);
    }
  });

  it('sends gzip to a browser that accepts gzip but not brotli, decompressing to the built file', async () => {
    for (const { address, built } of files) {
      const answer = await getRaw(address, 'gzip');
      expect(answer.headers['content-encoding']).toBe('gzip');
      expect(answer.headers.vary).toBe('Accept-Encoding');
      expect(gunzipSync(answer.body).equals(built)).toBe(true);
    }
  });

  it('sends the file as it is to a client that accepts no compression', async () => {
    for (const { address, built } of files) {
      for (const acceptEncoding of [undefined, 'identity']) {
        const answer = await getRaw(address, acceptEncoding);
        expect(answer.headers['content-encoding']).toBeUndefined();
        expect(answer.body.equals(built)).toBe(true);
      }
    }
  });

  it('names the file type of the original, not of the compressed copy', async () => {
    const types = await Promise.all(
      files.map(async ({ address }) => (await getRaw(address, 'br')).headers['content-type']),
    );
    expect(types).toEqual(['text/html;charset=utf-8', expect.stringMatching(/javascript/), 'text/css']);
  });

  it('opens any page address (the app routes it) compressed like the page itself', async () => {
    const answer = await getRaw('/councils/886', 'br');
    expect(answer.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(answer.body).equals(files[0]?.built ?? Buffer.alloc(0))).toBe(true);
  });
});
