// What the browser tests share: Debian's Chromium and the page's server for a test file, the API asked as the page
// asks it, a page opened once its data has come (and saved as a screenshot to look at), and axe-core's serious and
// critical findings.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startWebServer, type WebServer } from './web-server.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is needed at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH).`);
  }
  await mkdir(SHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

/** The API's answer, asked the way the page asks it; a GraphQL error fails the test with its message. */
export async function askApi<T>(origin: string, query: string, variables: object = {}): Promise<T> {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('; '));
  return body.data;
}

/** Opens the address, waits until nothing says "Loading…", and saves a full-page screenshot named `shot`. */
export async function openPage(page: Page, url: string, shot: string): Promise<void> {
  await page.goto(url, { waitUntil: 'networkidle' });
  await expect.poll(() => page.locator('[role="status"]').count()).toBe(0);
  await page.screenshot({ path: path.join(SHOTS, `${shot}.png`), fullPage: true });
}

/** axe-core's serious and critical findings on the page as it stands (WCAG 2.x A and AA rules). */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync(AXE, 'utf8') });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(options: object): Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] });
    return result.violations as { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target).join(', ')})`,
    );
}

/** The first number in a text ("13.1%" → 13.1, "26,051 (10.8%)" → 26051). */
export function firstNumber(text: string | null): number {
  const match = /-?[\d,]*\.?\d+/.exec(text ?? '');
  if (!match) throw new Error(`no number in “${text}”`);
  return Number(match[0].replace(/,/g, ''));
}

/** The page's server (`npm start` with its seed) and Debian's Chromium, for one test file: up before its tests. */
export interface BrowserAndServer {
  readonly browser: Browser;
  readonly server: WebServer;
  /** Opens an address of the server's, as openPage does. */
  open(page: Page, address: string, shot: string): Promise<void>;
  /** The server's API asked anonymously, as askApi does. */
  api<T>(query: string, variables?: object): Promise<T>;
}

/** Starts both before the file's tests and closes them after; read `browser` and `server` inside tests. */
export function browserAndServer(): BrowserAndServer {
  let browser: Browser | undefined;
  let server: WebServer | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    server = await startWebServer();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is started before the tests: read it inside one`);
    return value;
  };
  const session: BrowserAndServer = {
    get browser() {
      return started(browser, 'Chromium');
    },
    get server() {
      return started(server, 'The web server');
    },
    open: (page, address, shot) => openPage(page, `${session.server.origin}${address}`, shot),
    api: (query, variables) => askApi(session.server.origin, query, variables),
  };
  return session;
}
