// Outcomes people can compare, in Debian's Chromium against `npm start`'s server and seed: a trust executive sorts
// the trust's comparison by a key judgement and finds the weakest academy as the API grades it; a council officer
// sorts the council's list by one through its header; a school's page shows its whole Ofsted history with the
// predecessor's inspections linked, and the links to Ofsted and GIAS. Axe, and no cell's content wider than its cell,
// at 1280 and 768 px.
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LEGACY_GRADES } from '../../functions/core/vocabulary.js';
import { ofstedRows } from '../support/national-files.js';
import { accessibilityProblems, askApi, browserAndServer, SHOTS } from './browser.js';

const web = browserAndServer();
const { open } = web;

// Leigh Academies Trust, with Leigh Academy Milestone, whose graded outcome is its predecessor's (URN 119061).
const LEIGH = '3725';
const MILESTONE = '137883';
const SEEDED = ['Knowsley', 'Kent', 'Tower Hamlets', 'Hertfordshire'];

/** The seeded trust with the most academies whose quality of education Ofsted's file grades 3 or 4 for some. */
function trustWithWeakAcademies(): string {
  const grades = new Map<string, string[]>();
  for (const row of ofstedRows()) {
    const uid = row['Multi-academy trust UID'] ?? '';
    if (!uid || !SEEDED.includes(row['Local authority'] ?? '')) continue;
    grades.set(uid, [...(grades.get(uid) ?? []), row['Quality of education'] ?? '']);
  }
  const [uid] = [...grades]
    .filter(([, found]) => found.some((grade) => grade === '3' || grade === '4'))
    .sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))[0] ?? [''];
  return uid;
}

interface Judged {
  urn: string;
  inclusionStatus: { judgements: { area: string; grade: (typeof LEGACY_GRADES)[number] }[] };
}

/** Cells whose content is wider than the cell (text running past the edge or over the next column). */
const overflowingCells = (page: Page, table: string) =>
  page
    .locator(`[data-testid="${table}"] :is(td, th)`)
    .evaluateAll((cells) =>
      cells.filter((cell) => cell.scrollWidth > cell.clientWidth + 1).map((cell) => cell.textContent?.slice(0, 60)),
    );

const firstUrns = (page: Page, table: string) =>
  page.locator(`[data-testid="${table}"] tbody tr`).evaluateAll((rows) => rows.map((row) => row.dataset.urn));

describe('a trust executive finds the weakest academy by a key judgement', () => {
  it('sorts the trust comparison by quality of education, weakest first, as the API grades it', async () => {
    const TRUST = trustWithWeakAcademies();
    const data = await askApi<{ trust: { schools: { edges: { node: Judged }[] } } }>(
      web.server.origin,
      `{ trust(uid: "${TRUST}") { schools(first: 100) { edges { node { urn inclusionStatus {
        judgements { area grade } } } } } } }`,
    );
    const quality = (school: Judged) =>
      school.inclusionStatus.judgements.find((judgement) => judgement.area === 'QUALITY_OF_EDUCATION')?.grade;
    const graded = data.trust.schools.edges.map((edge) => edge.node).filter((school) => quality(school));
    const weakest = Math.max(...graded.map((school) => LEGACY_GRADES.indexOf(quality(school) ?? 'OUTSTANDING')));
    const weakestUrns = graded
      .filter((school) => LEGACY_GRADES.indexOf(quality(school) ?? 'OUTSTANDING') === weakest)
      .map((school) => school.urn);
    expect(weakestUrns.length).toBeGreaterThan(0);

    const page = await web.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await open(page, `/trusts/${TRUST}`, 'outcomes-trust-1280');
    expect(await accessibilityProblems(page)).toEqual([]);
    const header = page.locator('[data-testid="academies"] th[scope="col"]', { hasText: 'Quality of education' });
    expect(await header.getAttribute('aria-sort')).toBe('none');
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    expect(new URL(page.url()).searchParams.get('sort')).toBe('Quality of education');
    const urns = await firstUrns(page, 'academies');
    expect(weakestUrns).toContain(urns[0]);
    // The weakest come first, all of them, before any stronger grade.
    expect(new Set(urns.slice(0, weakestUrns.length))).toEqual(new Set(weakestUrns));
    const row = page.locator(`[data-testid="academies"] tr[data-urn="${urns[0]}"]`);
    expect(await row.textContent()).toContain(
      {
        OUTSTANDING: 'Outstanding',
        GOOD: 'Good',
        REQUIRES_IMPROVEMENT: 'Requires improvement',
        INADEQUATE: 'Inadequate',
      }[LEGACY_GRADES[weakest] ?? 'GOOD'],
    );
    await expect.poll(() => page.locator('caption').first().textContent()).toContain('Quality of education');
    expect(await overflowingCells(page, 'academies')).toEqual([]);
    expect(await accessibilityProblems(page)).toEqual([]);
    // The README's picture: the comparison sorted, its key judgement columns in view.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.evaluate(() => {
      const heading = [...document.querySelectorAll('h2')].find((h2) => h2.textContent === 'Academies side by side');
      heading?.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -20);
    });
    await page.screenshot({ path: path.join(SHOTS, 'outcomes-trust-sorted-1280.png') });
    await copyFile(
      path.join(SHOTS, 'outcomes-trust-sorted-1280.png'),
      path.resolve(import.meta.dirname, '../../docs/trust-comparison.png'),
    );
    // Sorted again, the other way: the strongest first, still announced on the header.
    await header.getByRole('button').click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    expect(weakestUrns).not.toContain((await firstUrns(page, 'academies'))[0]);
    // The order is in the address: a reload keeps it, Back returns to the order before.
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    await page.goBack({ waitUntil: 'networkidle' });
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    expect(new Set((await firstUrns(page, 'academies')).slice(0, weakestUrns.length))).toEqual(new Set(weakestUrns));
    await page.close();
  });

  for (const width of [1280, 768]) {
    it(`fits ${width} px: the table scrolls in its box, "inherited from URN" wraps, no cell overflows`, async () => {
      const page = await web.browser.newPage({ viewport: { width, height: 1024 } });
      await open(page, `/trusts/${LEIGH}`, `outcomes-trust-leigh-${width}`);
      const milestone = page.locator(`[data-testid="academies"] tr[data-urn="${MILESTONE}"]`);
      expect(await milestone.textContent()).toContain('Inherited from URN 119061');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await overflowingCells(page, 'academies')).toEqual([]);
      expect(await accessibilityProblems(page)).toEqual([]);
      await page.close();
    });
  }
});

describe('a council officer sorts the council’s list by a key judgement', () => {
  it('follows the header to the list weakest first, in the API’s order', async () => {
    // Asked before the page asks: the local server runs one anonymous sorted list at a time.
    // The list's page is 25 schools (school-list-page.tsx).
    const api = await askApi<{ localAuthority: { schools: { edges: { node: { urn: string } }[] } } }>(
      web.server.origin,
      `{ localAuthority(code: "886") { schools(first: 25, sort: BEHAVIOUR_AND_ATTITUDES) {
        edges { node { urn } } } } }`,
    );
    const expected = api.localAuthority.schools.edges.map((edge) => edge.node.urn);
    const page = await web.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await open(page, '/councils/886/schools', 'outcomes-council-list-1280');
    const header = page.locator('[data-testid="schools-table"] th[scope="col"]', {
      hasText: 'Behaviour and attitudes',
    });
    expect(await header.getAttribute('aria-sort')).toBe('none');
    await header.getByRole('link').click();
    await page.waitForURL(/sort=BEHAVIOUR_AND_ATTITUDES/);
    await expect
      .poll(() => page.locator('[data-testid="schools-table"] th[aria-sort="ascending"]').textContent())
      .toContain('Behaviour and attitudes');
    await expect.poll(() => firstUrns(page, 'schools-table')).toEqual(expected);
    await page.screenshot({ path: path.join(SHOTS, 'outcomes-council-sorted-1280.png'), fullPage: true });
    expect(await overflowingCells(page, 'schools-table')).toEqual([]);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });
});

describe('a school’s whole Ofsted history', () => {
  for (const width of [1280, 768]) {
    it(`shows the predecessor’s inspections linked, and Ofsted’s and GIAS’s pages, at ${width} px`, async () => {
      const page = await web.browser.newPage({ viewport: { width, height: 1000 } });
      await open(page, `/schools/${MILESTONE}`, `outcomes-school-${width}`);
      const data = await askApi<{ school: { inspections: { id: string; urn: string }[] } }>(
        web.server.origin,
        `{ school(urn: "${MILESTONE}") { inspections { id urn } } }`,
      );
      const inherited = data.school.inspections.filter((inspection) => inspection.urn !== MILESTONE);
      expect(inherited.length).toBeGreaterThan(0);
      const rows = page.locator('[data-testid="inspections"] tbody tr');
      expect(await rows.count()).toBe(data.school.inspections.length);
      expect(await page.locator('[data-testid="inspections"] tr[data-inherited]').count()).toBe(inherited.length);
      const predecessor = inherited[0]?.urn ?? '';
      const link = page.getByTestId('predecessor-inspection').first().getByRole('link', { name: predecessor });
      expect(await link.getAttribute('href')).toBe(`/schools/${predecessor}`);
      // No row without an outcome in words.
      const outcomes = await rows.evaluateAll((all) => all.map((row) => row.children[2]?.textContent?.trim()));
      expect(outcomes.every((text) => text)).toBe(true);
      expect(await page.getByRole('link', { name: `Ofsted reports for URN ${MILESTONE}` }).getAttribute('href')).toBe(
        `https://reports.ofsted.gov.uk/provider/21/${MILESTONE}`,
      );
      expect(
        await page
          .getByRole('link', { name: `URN ${MILESTONE} on Get Information about Schools` })
          .getAttribute('href'),
      ).toBe(`https://get-information-schools.service.gov.uk/Establishments/Establishment/Details/${MILESTONE}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await overflowingCells(page, 'inspections')).toEqual([]);
      expect(await accessibilityProblems(page)).toEqual([]);
      if (width === 1280) {
        await link.click();
        await page.waitForURL(`${web.server.origin}/schools/${predecessor}`);
        await expect.poll(() => page.locator('h1').textContent()).not.toBe('');
        expect(await accessibilityProblems(page)).toEqual([]);
      }
      await page.close();
    });
  }
});
