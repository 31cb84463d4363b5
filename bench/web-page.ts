// The council page's first visit on a slow line: `npm start` (the e2e tests' server: four councils seeded), Debian's
// Chromium through playwright-core, each run in a fresh context (empty cache) with the connection throttled by
// Chrome DevTools' own presets. Figures, not gates: the tests never time anything.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startWebServer } from '../test/e2e/web-server.js';
import { round } from './measure.js';

/** Chrome DevTools' presets (front_end/core/sdk/NetworkManager.ts): bytes per second and round-trip latency. */
export const THROTTLING = {
  'Fast 3G': {
    downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
    uploadThroughput: ((750 * 1000) / 8) * 0.9,
    latency: 150 * 3.75,
  },
  'Slow 3G': {
    downloadThroughput: ((500 * 1000) / 8) * 0.8,
    uploadThroughput: ((500 * 1000) / 8) * 0.8,
    latency: 400 * 5,
  },
} as const;
export type Connection = keyof typeof THROTTLING;

export const WEB_PAGE = '/councils/886';
/** The target: first contentful paint of the council page on Fast 3G. */
export const FCP_TARGET_MS = 2500;
/** What the first visit may transfer in script and styles (compressed), so growth is seen. */
export const ASSET_BUDGET_BYTES = 100 * 1024;

export interface WebVisit {
  connection: Connection;
  /** Medians over the runs. */
  firstContentfulPaintMs: number;
  /** When the page's own "Loading…" gave way to the council's figures. */
  dataShownMs: number;
  /** Bytes over the wire (headers included, as Chrome counts them) for everything the visit loaded. */
  transferredBytes: number;
  /** Of those, the script and the styles. */
  scriptAndStyleBytes: number;
  runs: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

export async function benchWebPage(runs: number): Promise<WebVisit[]> {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`Chromium is needed at ${executablePath}: apt-get install chromium`);
  const server = await startWebServer();
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    const visits: WebVisit[] = [];
    for (const connection of Object.keys(THROTTLING) as Connection[]) {
      const samples: Omit<WebVisit, 'connection' | 'runs'>[] = [];
      for (let run = 0; run < runs; run++) samples.push(await visit(browser, server.origin, connection));
      visits.push({
        connection,
        firstContentfulPaintMs: round(median(samples.map((sample) => sample.firstContentfulPaintMs))),
        dataShownMs: round(median(samples.map((sample) => sample.dataShownMs))),
        transferredBytes: median(samples.map((sample) => sample.transferredBytes)),
        scriptAndStyleBytes: median(samples.map((sample) => sample.scriptAndStyleBytes)),
        runs,
      });
    }
    return visits;
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function visit(
  browser: import('playwright-core').Browser,
  origin: string,
  connection: Connection,
): Promise<Omit<WebVisit, 'connection' | 'runs'>> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...THROTTLING[connection] });
    const types = new Map<string, string>();
    let transferred = 0;
    let scriptAndStyle = 0;
    cdp.on('Network.responseReceived', (event) => types.set(event.requestId, event.type));
    cdp.on('Network.loadingFinished', (event) => {
      transferred += event.encodedDataLength;
      const type = types.get(event.requestId);
      if (type === 'Script' || type === 'Stylesheet') scriptAndStyle += event.encodedDataLength;
    });
    await page.goto(`${origin}${WEB_PAGE}`, { waitUntil: 'commit' });
    // The council page is shown when its heading names the council and nothing says "Loading…".
    await page.waitForFunction(
      () => document.querySelector('[role="status"]') === null && document.querySelector('main h1') !== null,
      undefined,
      { timeout: 120_000, polling: 50 },
    );
    const dataShownMs = await page.evaluate(() => performance.now());
    await page.waitForLoadState('networkidle');
    const firstContentfulPaintMs = await page.evaluate(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    );
    return { firstContentfulPaintMs, dataShownMs, transferredBytes: transferred, scriptAndStyleBytes: scriptAndStyle };
  } finally {
    await context.close();
  }
}

export function printWebVisits(line: (pass: boolean, text: string) => void, visits: readonly WebVisit[]): void {
  for (const visit of visits) {
    const target = visit.connection === 'Fast 3G' ? ` (target < ${FCP_TARGET_MS} ms)` : '';
    line(
      visit.connection !== 'Fast 3G' || visit.firstContentfulPaintMs < FCP_TARGET_MS,
      `${WEB_PAGE} on ${visit.connection}: first contentful paint ${visit.firstContentfulPaintMs.toFixed(0)} ms` +
        `${target}, figures shown at ${visit.dataShownMs.toFixed(0)} ms, ${visit.transferredBytes} bytes transferred`,
    );
    line(
      visit.scriptAndStyleBytes <= ASSET_BUDGET_BYTES,
      `  script and styles: ${visit.scriptAndStyleBytes} bytes over the wire ≤ ${ASSET_BUDGET_BYTES} (budget)`,
    );
  }
}
