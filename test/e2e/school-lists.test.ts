// One school list everywhere, as people use it: a council officer goes from an overview tile to its list, filters
// by a select, pages by number, downloads the CSV; a trust's list; a chosen set from the lists' checkboxes; and the
// list's error states. Every count is the API's own answer; axe runs on each page and state.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityProblems, browserAndServer, firstNumber, SHOTS } from './browser.js';

const web = browserAndServer();
// The API's answers are asked anonymously while the page is idle (the local server runs one whole list at a time).
const { api, open } = web;

/**
 * A tab signed in as Kent's council officer, through the sign-in page. Signed in, the page's whole-list reads are not
 * held to the local server's one-at-a-time lane for anonymous callers, which the many lists here would exhaust.
 */
async function officerPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await web.browser.newPage({ viewport });
  await page.goto(`${web.server.origin}/sign-in`, { waitUntil: 'networkidle' });
  await page.locator('#role-council_officer').check();
  await page.locator('#scope').fill('la:886');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('signed-in').waitFor();
  return page;
}

interface Listed {
  schools: { totalCount: number; edges: { node: { urn: string; name: string } }[] };
}
const LIST = `query ($filter: SchoolFilter, $sort: SchoolSort, $first: Int, $offset: Int) {
  schools(filter: $filter, sort: $sort, first: $first, offset: $offset) { totalCount edges { node { urn name } } } }`;

const shownUrns = (page: Page) =>
  page
    .locator('[data-testid="schools-table"] tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-urn') ?? ''));

async function downloadedCsv(page: Page): Promise<Record<string, string>[]> {
  const failed = page
    .getByTestId('problem')
    .waitFor({ timeout: 30_000 })
    .then(async () => {
      throw new Error(`no CSV: ${await page.getByTestId('problem').textContent()}`);
    });
  const [download] = await Promise.all([
    Promise.race([page.waitForEvent('download'), failed]),
    page.getByTestId('csv').click(),
  ]);
  const text = readFileSync((await download.path()) ?? '', 'utf8').replace(/^\uFEFF/, '');
  return parse(text, { columns: true }) as Record<string, string>[];
}

/** No table cell's content is wider than its cell (nothing runs past a column at this width). */
const overflowingCells = (page: Page) =>
  page
    .locator('[data-testid="schools-table"] td, [data-testid="schools-table"] th')
    .evaluateAll((cells) => cells.filter((cell) => cell.scrollWidth > cell.clientWidth + 1).length);

describe('a council officer’s list', () => {
  it('goes from a tile to its list, filters by type, pages by number and downloads the same schools', async () => {
    // The API's answers first: the local server runs one whole-list read at a time for anonymous callers.
    const type = 'Community School';
    const filter = { localAuthority: '886', withoutPartnerAgency: true, type };
    const all = await api<Listed>(LIST, { filter, first: 100 });
    const total = all.schools.totalCount;
    const everyUrn = all.schools.edges.map((edge) => edge.node.urn);
    for (let offset = 100; offset < total; offset += 100)
      everyUrn.push(
        ...(await api<Listed>(LIST, { filter, first: 100, offset })).schools.edges.map((edge) => edge.node.urn),
      );
    const page = await officerPage();
    await open(page, '/councils/886', 'lists-council-overview');
    await page.getByTestId('tile-schools').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'lists-council-tiles-1280.png') });
    expect(await accessibilityProblems(page)).toEqual([]);
    const tile = page.getByTestId('tile-no-partner');
    const tileCount = firstNumber(await tile.locator('.beacon-tile__value').textContent());
    await tile.getByRole('link').click();
    await page.waitForURL(/\/councils\/886\/schools\?withoutPartnerAgency=true$/);
    await expect.poll(async () => firstNumber(await page.getByTestId('match-count').textContent())).toBe(tileCount);
    expect(await accessibilityProblems(page)).toEqual([]);

    // The type select offers the data's own words: "Community School" finds the council's community schools.
    expect(await page.locator('#filter-type option').allTextContents()).toContain(type);
    await page.locator('#filter-type').selectOption(type);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/type=Community\+School/);
    expect(total).toBeGreaterThan(25);
    await expect.poll(async () => firstNumber(await page.getByTestId('match-count').textContent())).toBe(total);
    expect(await page.getByTestId('selected-filters').getByRole('link').allTextContents()).toEqual([
      'Remove filter: Type: Community School ×',
      'Remove filter: Without a partner agency ×',
    ]);

    // Page 2: schools 26 to 50, focus on the results' heading, in view.
    await page.getByTestId('pagination').getByRole('link', { name: 'Page 2', exact: true }).click();
    await page.waitForURL(/page=2/);
    await expect.poll(() => page.getByTestId('page-range').textContent()).toBe(`Showing 26–50 of ${total}`);
    expect(await shownUrns(page)).toEqual(all.schools.edges.slice(25, 50).map((edge) => edge.node.urn));
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('results');
    const headingTop = await page.locator('#results').evaluate((heading) => heading.getBoundingClientRect().top);
    expect(headingTop).toBeGreaterThanOrEqual(0);
    expect(headingTop).toBeLessThan(100);
    expect(await page.locator('[aria-current="page"]').textContent()).toBe('2');
    expect(await accessibilityProblems(page)).toEqual([]);
    expect(await overflowingCells(page)).toBe(0);
    await page.screenshot({ path: path.join(SHOTS, 'lists-council-page-2-1280.png'), fullPage: true });
    await page.screenshot({ path: path.join(SHOTS, 'lists-council-results-1280.png') });
    await page.setViewportSize({ width: 768, height: 1000 });
    await page.screenshot({ path: path.join(SHOTS, 'lists-council-page-2-768.png'), fullPage: true });
    // The first screen at each width, as a person sees it (the full-page shots are too tall to read).
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SHOTS, 'lists-council-filters-768.png') });
    const formOverflow = await page.locator('form.beacon-filters select, form.beacon-filters input').evaluateAll(
      (controls) =>
        controls.filter((control) => {
          const box = control.getBoundingClientRect();
          const column = control.closest('.govuk-grid-column-one-third')?.getBoundingClientRect();
          return column !== undefined && box.right > column.right + 1;
        }).length,
    );
    expect(formOverflow).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });

    // The CSV holds every school of the filter (not just the page), each of the chosen type.
    const rows = await downloadedCsv(page);
    expect(rows.map((row) => row.URN)).toEqual(everyUrn);
    expect(new Set(rows.map((row) => row.Type))).toEqual(new Set([type]));

    // Removing one tag removes that filter only, and paging starts again.
    await page
      .getByTestId('selected-filters')
      .getByRole('link', { name: /Type: Community School/ })
      .click();
    await page.waitForURL(/\?withoutPartnerAgency=true$/);
    await expect.poll(async () => firstNumber(await page.getByTestId('match-count').textContent())).toBe(tileCount);
    await page.close();
  });

  it('lists only schools with a due date among the ten due soonest', async () => {
    const page = await officerPage();
    await open(page, '/councils/886', 'lists-due-soonest');
    const due = await api<Listed>(LIST, {
      filter: { localAuthority: '886', dueBefore: '9999-12-31' },
      sort: 'DUE_DATE',
      first: 10,
    });
    const table = page.locator('[data-testid="schools-table"]').first();
    const urns = await table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-urn')));
    expect(urns).toEqual(due.schools.edges.map((edge) => edge.node.urn));
    expect(await table.locator('tbody tr td:nth-child(4)').allTextContents()).not.toContain('None');
    await page.close();
  });
});

describe('other lists', () => {
  it('lists a trust’s schools with the same filters, paging and CSV', async () => {
    const page = await officerPage();
    await open(page, '/trusts/2864/schools', 'lists-trust');
    const { trust } = await api<{ trust: { name: string } & Listed }>(
      '{ trust(uid: "2864") { name schools(first: 25) { totalCount edges { node { urn name } } } } }',
    );
    expect(await page.locator('h1').textContent()).toBe(`${trust.name} schools`);
    expect(await shownUrns(page)).toEqual(trust.schools.edges.map((edge) => edge.node.urn));
    expect(firstNumber(await page.getByTestId('match-count').textContent())).toBe(trust.schools.totalCount);
    expect(await accessibilityProblems(page)).toEqual([]);
    const rows = await downloadedCsv(page);
    expect(rows.map((row) => row.URN)).toEqual(trust.schools.edges.map((edge) => edge.node.urn));
    await page.close();
  });

  it('compares the schools ticked in a list, as a list of their own', async () => {
    const page = await officerPage();
    await open(page, '/councils/340/schools', 'lists-choose');
    const chosen = (await shownUrns(page)).slice(0, 3);
    for (const urn of chosen) await page.locator(`#choose-${urn}`).check();
    await page.getByTestId('compare').click();
    await page.waitForURL(new RegExp(`/compare\\?urns=${chosen.join(',')}$`));
    await expect.poll(() => shownUrns(page)).toHaveLength(3);
    const set = await api<Listed>(LIST, { filter: { urns: chosen } });
    expect(await shownUrns(page)).toEqual(set.schools.edges.map((edge) => edge.node.urn));
    expect(await page.locator('h1').textContent()).toBe('Chosen schools');
    await page.screenshot({ path: path.join(SHOTS, 'lists-compare.png'), fullPage: true });
    expect(await accessibilityProblems(page)).toEqual([]);
    expect((await downloadedCsv(page)).map((row) => row.URN).sort()).toEqual([...chosen].sort());
    await page.close();
  });

  it('searches England’s schools by name', async () => {
    const page = await officerPage();
    await open(page, '/schools?q=mikardo', 'lists-england');
    expect(await shownUrns(page)).toEqual(['143630']);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });
});

describe('the list’s error states', () => {
  it('shows filter values it cannot use in an error summary linked to their fields, kept in the address', async () => {
    const page = await officerPage();
    await open(page, '/councils/886/schools?awardStatus=SOMETIMES&minFsmPercent=200', 'lists-bad-filters');
    const summary = page.getByTestId('problem');
    const links = summary.getByRole('link');
    expect(await links.evaluateAll((found) => found.map((link) => link.getAttribute('href')))).toEqual([
      '#filter-minFsmPercent',
      '#filter-awardStatus',
    ]);
    expect(await page.locator('#filter-minFsmPercent').inputValue()).toBe('200');
    expect(await page.locator('#filter-awardStatus').inputValue()).toBe('SOMETIMES');
    expect(page.url()).toContain('awardStatus=SOMETIMES');
    expect(await page.locator('.govuk-form-group--error').count()).toBe(2);
    expect(await page.getByTestId('schools-table').count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });

  it('restarts a stale page link from the first page, saying so', async () => {
    const page = await officerPage();
    await open(page, '/councils/886/schools?after=bm90LWEtY3Vyc29y', 'lists-stale-link');
    await expect.poll(() => page.getByTestId('stale-page').textContent()).toMatch(/out of date.*first page/);
    await expect.poll(() => page.getByTestId('page-range').textContent()).toMatch(/^Showing 1–25 of /);
    expect(await page.getByTestId('problem').count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });

  it('says once that nothing matches', async () => {
    const page = await officerPage();
    await open(page, '/councils/886/schools?q=zzzzqqq', 'lists-empty');
    expect(await page.getByText(/No schools match/).count()).toBe(1);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });

  it('says an unknown council or trust is not found, with no form', async () => {
    const page = await officerPage();
    for (const [address, heading] of [
      ['/councils/999/schools', 'No council with code 999'],
      ['/trusts/99999999/schools', 'No trust with UID 99999999'],
    ]) {
      await open(page, address ?? '', 'lists-not-found');
      expect(await page.locator('h1').textContent()).toBe(heading);
      expect(await page.locator('form.beacon-filters').count()).toBe(0);
      expect(await accessibilityProblems(page)).toEqual([]);
    }
    await page.close();
  });
});
