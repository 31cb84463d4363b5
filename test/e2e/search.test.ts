// Search as a person types it, in Debian's Chromium against `npm start`'s server and seed (Knowsley, Kent, Tower
// Hamlets, Hertfordshire): a postcode, a town paged to its end, a predecessor's URN, a former trust name, misspelt
// words and a search that finds nothing, each checked against the API's own answer, with axe on every state.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityProblems, launchChromium, openPage, SHOTS } from './browser.js';
import { startWebServer, type WebServer } from './web-server.js';

let server: WebServer;
let browser: Browser;
let page: Page;
/** The test's own questions to the API go signed in (the local server's sign-in), so the anonymous page keeps its
 * own budget of searches a minute. */
let token: string;

beforeAll(async () => {
  browser = await launchChromium();
  server = await startWebServer();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  // Signed in as the sign-in page signs in, from a page of its own (a context apart from the anonymous one).
  const signer = await browser.newPage();
  await signer.goto(`${server.origin}/sign-in`, { waitUntil: 'networkidle' });
  token = await signer.evaluate(async () => {
    const response = await fetch('/local/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'admin', scope: 'all' }),
    });
    return ((await response.json()) as { token: string }).token;
  });
  await signer.close();
}, 180_000);

async function askApi<T>(origin: string, query: string, variables: object): Promise<T> {
  const response = await fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((error) => error.message).join('; '));
  return body.data;
}

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

type Kind = 'localAuthorities' | 'trusts' | 'schools';
interface Found {
  totalCount: number;
  edges: { node: { name: string }; match: { field: string; value: string } | null }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Every result of one kind, as the API lists them, best first. */
async function everyResult(kind: Kind, text: string): Promise<Found['edges']> {
  const edges: Found['edges'] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 50; pages += 1) {
    const data: { search: Record<Kind, Found> } = await askApi(
      server.origin,
      `query ($text: String!, $after: String) { search(text: $text, first: 20) {
        ${kind}(after: $after) { totalCount edges { node { name } match { field value } }
        pageInfo { hasNextPage endCursor } } } }`,
      { text, after },
    );
    edges.push(...data.search[kind].edges);
    if (!data.search[kind].pageInfo.hasNextPage) break;
    after = data.search[kind].pageInfo.endCursor;
  }
  return edges;
}

/** Waits for the page's answer: the first search of a fresh server builds its indexes (a second or two here). */
const settled = () => expect.poll(() => page.locator('[role="status"]').count(), { timeout: 30_000 }).toBe(0);

/** Types the text in the header's search box and submits it, as a person does. */
async function searchFor(text: string, shot: string) {
  await page.fill('#site-search', text);
  await Promise.all([page.waitForURL(/\/search\?/), page.click('.beacon-header__search button[type="submit"]')]);
  await settled();
  await page.screenshot({ path: path.join(SHOTS, `${shot}.png`), fullPage: true });
}

const shownNames = (kind: 'localAuthorities' | 'trusts' | 'schools') =>
  page.locator(`section[aria-labelledby="${kind}-heading"] .beacon-search__result > a`).allTextContents();
const resultOf = (kind: 'localAuthorities' | 'trusts' | 'schools', name: string) =>
  page.locator(`section[aria-labelledby="${kind}-heading"] .beacon-search__result`, { hasText: name }).first();

describe('searching', () => {
  it('finds the school at a postcode, the postcode in its line of context', async () => {
    await openPage(page, `${server.origin}/`, 'search-home');
    await searchFor('ME9 8PL', 'search-postcode');
    const expected = await everyResult('schools', 'ME9 8PL');
    expect(expected.length).toBeGreaterThan(0);
    expect(await shownNames('schools')).toEqual(expected.map((edge) => edge.node.name));
    const first = resultOf('schools', expected[0]?.node.name ?? '');
    // The line of context shows the postcode, so it is not said twice.
    await expect.poll(() => first.locator('.beacon-search__context').textContent()).toContain('ME9 8PL');
    expect(await first.textContent()).not.toContain('Postcode:');
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('finds every school in a town and pages through them to the end and back', async () => {
    await searchFor('Sevenoaks', 'search-town');
    const expected = await everyResult('schools', 'Sevenoaks');
    expect(expected.length).toBeGreaterThan(20);
    expect(expected.some((edge) => edge.match?.field === 'TOWN')).toBe(true);
    const heading = page.locator('#schools-heading');
    await expect.poll(() => heading.textContent()).toContain(`1 to 20 of ${expected.length} schools`);
    const shown = [...(await shownNames('schools'))];
    while (await page.getByRole('link', { name: 'Next schools' }).count()) {
      await page.getByRole('link', { name: 'Next schools' }).click();
      await expect.poll(() => heading.textContent()).toContain(`${shown.length + 1} to`);
      await settled();
      shown.push(...(await shownNames('schools')));
    }
    expect(shown).toEqual(expected.map((edge) => edge.node.name));
    await expect.poll(() => heading.textContent()).toContain(`of ${expected.length} schools`);
    await page.screenshot({ path: path.join(SHOTS, 'search-town-last-page.png'), fullPage: true });
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.getByRole('link', { name: 'Previous schools' }).click();
    await expect.poll(() => heading.textContent()).toContain('1 to 20 of');
  });

  it("finds a school by its predecessor's URN, saying so", async () => {
    await searchFor('131598', 'search-predecessor');
    const expected = await everyResult('schools', '131598');
    expect(expected.map((edge) => edge.node.name)).toEqual(['Ian Mikardo School']);
    expect(await shownNames('schools')).toEqual(['Ian Mikardo School']);
    expect(await resultOf('schools', 'Ian Mikardo School').textContent()).toContain('Predecessor URN: 131598');
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('finds a trust by a name GIAS no longer gives it', async () => {
    await searchFor('Academies Enterprise', 'search-former-trust-name');
    const expected = await everyResult('trusts', 'Academies Enterprise');
    const renamed = expected.find((edge) => edge.match?.field === 'FORMER_NAME');
    expect(renamed?.match?.value).toBe('Academies Enterprise Trust');
    const shown = resultOf('trusts', renamed?.node.name ?? '');
    expect(await shown.textContent()).toContain('Former name: Academies Enterprise Trust');
    expect(await shown.textContent()).toMatch(/\d+ open schools?/);
  });

  it('forgives misspelt words', async () => {
    await searchFor('knowsly', 'search-typo-council');
    expect((await shownNames('localAuthorities'))[0]).toBe('Knowsley');
    await searchFor('milstone', 'search-typo-school');
    const expected = await everyResult('schools', 'milstone');
    expect(expected.map((edge) => edge.node.name)).toContain('Leigh Academy Milestone');
    expect(await shownNames('schools')).toEqual(expected.slice(0, 20).map((edge) => edge.node.name));
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('says clearly when nothing matches, with what to try', async () => {
    await searchFor('zzqqxx', 'search-no-results');
    const none = page.getByTestId('no-results');
    expect(await none.textContent()).toContain('No councils, trusts or schools match “zzqqxx”');
    expect(await none.textContent()).toContain('ME9 8PL');
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('fits a tablet: nothing runs past the page at 768 px', async () => {
    await page.setViewportSize({ width: 768, height: 900 });
    await openPage(page, `${server.origin}/search?q=St%20Mary`, 'search-768');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await accessibilityProblems(page)).toEqual([]);
  });
});
