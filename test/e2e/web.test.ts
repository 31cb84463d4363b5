// The web page as people use it: Debian's Chromium driven by playwright-core against `npm start`'s server and seed.
// Each page is checked against the API's own answer, checked by axe-core, and saved as a screenshot
// (test-results/screenshots/) to look at.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityProblems, browserAndServer, SHOTS } from './browser.js';

const web = browserAndServer();

/** The API's answer, asked the way the page asks it. */
async function api<T>(query: string, token?: string): Promise<T> {
  const response = await fetch(`${web.server.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data: T };
  return body.data;
}

const { open } = web;

async function signInAs(page: Page, role: string, scope: string): Promise<void> {
  await page.goto(`${web.server.origin}/sign-in`, { waitUntil: 'networkidle' });
  await page.locator(`#role-${role}`).check();
  await page.locator('#scope').fill(scope);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('signed-in').waitFor();
}

describe('the web page', () => {
  it('shows a council officer the same school count as the API, with the data’s as-at date', async () => {
    const page = await web.browser.newPage();
    await open(page, '/councils/886', 'council-overview');
    const { localAuthority } = await api<{ localAuthority: { inclusionSummary: { schoolCount: number } } }>(
      '{ localAuthority(code: "886") { inclusionSummary { schoolCount } } }',
    );
    const count = localAuthority.inclusionSummary.schoolCount;
    expect(count).toBeGreaterThan(500);
    await expect.poll(() => page.getByTestId('tile-schools').textContent()).toContain(count.toLocaleString('en-GB'));
    expect(await page.getByTestId('as-at').textContent()).toMatch(/Ofsted outcomes as at 31 August 2025/);
    // The first screenful, as the README shows it (docs/council-overview.png is a copy).
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.screenshot({ path: path.join(SHOTS, 'council-overview-top.png') });
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });

  it('narrows the school list with a filter, and the CSV download holds the same schools', async () => {
    const page = await web.browser.newPage();
    await open(page, '/councils/886/schools', 'school-list');
    const all = Number((await page.getByTestId('match-count').textContent())?.replace(/\D/g, ''));
    await page.locator('#filter-q').fill('academy');
    await page.locator('#filter-sort').selectOption('LATEST_INSPECTION');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/q=academy/);
    await expect
      .poll(async () => Number((await page.getByTestId('match-count').textContent())?.replace(/\D/g, '')))
      .toBeLessThan(all);
    const matching = Number((await page.getByTestId('match-count').textContent())?.replace(/\D/g, ''));
    expect(page.url()).toContain('sort=LATEST_INSPECTION');
    await page.screenshot({ path: path.join(SHOTS, 'school-list-filtered.png'), fullPage: true });
    const shown = await page
      .locator('[data-testid="schools-table"] tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-urn')));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv').click()]);
    const csv = readFileSync((await download.path()) ?? '', 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    const csvUrns = csv.slice(1).map((line) => line.split(',')[0]);
    expect(csvUrns).toHaveLength(matching);
    expect(csvUrns.slice(0, shown.length)).toEqual(shown);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });

  it('lists a trust’s academies side by side, with the dates they joined', async () => {
    const page = await web.browser.newPage();
    await open(page, '/trusts/2864', 'trust');
    const { trust } = await api<{ trust: { schools: { edges: { node: { urn: string } }[] } } }>(
      '{ trust(uid: "2864") { schools(first: 100) { edges { node { urn } } } } }',
    );
    const rows = await page
      .locator('[data-testid="academies"] tbody tr')
      .evaluateAll((found) => found.map((row) => row.getAttribute('data-urn')));
    expect(rows.sort()).toEqual(trust.schools.edges.map((edge) => edge.node.urn).sort());
    expect(rows).toContain('140412');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });

  it('marks an inherited Ofsted outcome on the school page as inherited, naming the predecessor', async () => {
    type Row = { urn: string; inclusionStatus: { gradedInheritedFromUrn: string | null } };
    const { localAuthority } = await api<{ localAuthority: { schools: { edges: { node: Row }[] } } }>(
      '{ localAuthority(code: "886") { schools(first: 100, sort: LATEST_INSPECTION) { edges { node { urn ' +
        'inclusionStatus { gradedInheritedFromUrn } } } } } }',
    );
    const inherited = localAuthority.schools.edges.find((edge) => edge.node.inclusionStatus.gradedInheritedFromUrn);
    expect(inherited).toBeDefined();
    const page = await web.browser.newPage();
    await open(page, `/schools/${inherited?.node.urn}`, 'school-inherited');
    expect(await page.getByTestId('standing-outcome').textContent()).toMatch(
      new RegExp(`inherited from URN ${inherited?.node.inclusionStatus.gradedInheritedFromUrn}`, 'i'),
    );
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });

  it('refuses what is out of the viewer’s scope, and says why', async () => {
    const page = await web.browser.newPage();
    await signInAs(page, 'council_officer', 'la:340');
    await open(page, '/schools/137883', 'school-out-of-scope');
    const hidden = await page.getByTestId('hidden-history').textContent();
    expect(hidden).toMatch(/The history is hidden: .+/);
    expect(hidden).toMatch(/scope|allow|council/i);
    // In scope, the same page shows the history.
    await open(page, '/schools/140412', 'school-in-scope');
    await page.getByTestId('history').waitFor();
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });

  it('finds councils, trusts and schools by name from the search box', async () => {
    const page = await web.browser.newPage();
    await open(page, '/', 'england');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.locator('#site-search').fill('milestone');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL(/\/search\?q=milestone/);
    await page.getByTestId('results').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'search.png'), fullPage: true });
    await page.getByRole('link', { name: /Leigh Academy Milestone/ }).click();
    await page.waitForURL(/\/schools\/137883/);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });

  it('shows a council officer their council’s reminders and records one as seen', async () => {
    const page = await web.browser.newPage();
    await signInAs(page, 'council_officer', 'la:340');
    await open(page, '/reminders', 'reminders');
    expect(await accessibilityProblems(page)).toEqual([]);
    // Lord Derby Academy's review reminder, made by the daily job at start; acknowledging it names who saw it, by
    // role and organisation, never by address.
    const row = page.locator('[data-testid="reminders"] tbody tr', { hasText: 'Lord Derby Academy' }).first();
    // Nobody is a contact of Lord Derby in the seed: the reminder reached nobody, and the page says so.
    expect(await row.getByTestId('delivery').textContent()).toMatch(/^No recipients/);
    expect(await row.getByRole('link', { name: /Add contacts/ }).getAttribute('href')).toBe(
      '/contacts/new?laCode=340&from=reminders',
    );
    await row.getByRole('button', { name: 'Mark as seen' }).click();
    await expect.poll(() => row.textContent()).toMatch(/Seen .* by council officer \(la:340\)/);
    expect(await row.textContent()).not.toContain('@');
    await open(page, '/councils/340', 'council-signed-in');
    expect(await page.getByTestId('no-recipients').textContent()).toMatch(/1 reminder reached nobody/);
    await open(page, '/sign-in', 'sign-in');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });

  it('works at tablet width and by keyboard alone, and prints a council report without page furniture', async () => {
    const page = await web.browser.newPage({ viewport: { width: 768, height: 1024 } });
    await open(page, '/councils/886', 'council-tablet');
    // Nothing wider than the screen: a tablet scrolls down, not sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
    // Keyboard only: the skip link first, Beacon's name (home), then the search box; Enter searches.
    const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent);
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Skip to main content');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('Beacon');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('site-search');
    await page.keyboard.type('Knowsley');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=Knowsley/);
    await page.getByTestId('results').waitFor();
    // Printed, the council page keeps its figures and drops navigation, search and buttons.
    await open(page, '/councils/886', 'council-print-source');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.beacon-header__search').isVisible()).toBe(false);
    expect(await page.locator('.govuk-service-navigation').isVisible()).toBe(false);
    expect(await page.getByTestId('tile-schools').isVisible()).toBe(true);
    await page.pdf({ path: path.join(SHOTS, 'council-report.pdf'), format: 'A4' });
    await page.close();
  });
});
