// The inclusion figures on the web page, checked against the API's own answer in Debian's Chromium against
// `npm start`'s server and seed (which imports the DfE's indicator files and the January 2023 school census):
// "How Kent compares" on the overview, the compare page (neighbours in the model's order, councils added by search,
// by keyboard, the address reproducing the view, print), and the census on the school page and in the school list.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityProblems, browserAndServer, firstNumber, openPage, SHOTS } from './browser.js';

const web = browserAndServer();
const { api, open } = web;

type Figure = { value: number | null; status: string };
interface KentIndicator {
  indicator: { id: string; label: string };
  latest: (Figure & { period: { label: string } }) | null;
  neighbourAverage: number | null;
  rank: { rank: number; outOf: number } | null;
}

/** The codes of the rows of the compare page's first table, in order (England's row is "england"). */
const tableCodes = (page: Page) =>
  page
    .locator('section[data-testid^="topic-"] >> nth=0')
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-code')));

async function localAuthorityCode(name: string): Promise<string> {
  const { localAuthorities } = await api<{ localAuthorities: { edges: { node: { code: string; name: string } }[] } }>(
    'query ($name: String) { localAuthorities(search: $name, first: 5) { edges { node { code name } } } }',
    { name },
  );
  const found = localAuthorities.edges.find((edge) => edge.node.name === name);
  if (!found) throw new Error(`no council named ${name}`);
  return found.node.code;
}

async function kentNeighbours(): Promise<string[]> {
  const { localAuthority } = await api<{
    localAuthority: { statisticalNeighbours: { rank: number; localAuthority: { code: string } }[] };
  }>('{ localAuthority(code: "886") { statisticalNeighbours { rank localAuthority { code } } } }');
  return localAuthority.statisticalNeighbours.map((neighbour) => neighbour.localAuthority.code);
}

describe('the inclusion figures on the web page', () => {
  it('shows how Kent compares with the same latest figure, rank and neighbours’ average as the API', async () => {
    const { localAuthority } = await api<{ localAuthority: { indicators: KentIndicator[] } }>(
      '{ localAuthority(code: "886") { indicators { indicator { id label } latest { period { label } value status } ' +
        'neighbourAverage rank { rank outOf } } } }',
    );
    expect(localAuthority.indicators.length).toBeGreaterThanOrEqual(30);
    const page = await web.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await open(page, '/councils/886', 'council-overview-with-compares');
    await page.getByTestId('compares').waitFor();
    await page
      .getByTestId('compares')
      .screenshot({ path: path.join(SHOTS, 'council-compares-section.png'), animations: 'disabled' });
    for (const item of localAuthority.indicators) {
      const card = page.getByTestId(`indicator-${item.indicator.id}`);
      const latest = await card.getByTestId('latest').textContent();
      if (item.latest?.value === null || item.latest === null) {
        // No figure: the card says why, never a zero.
        expect(latest).toMatch(/Suppressed by the DfE|Not published/);
      } else {
        expect(firstNumber(latest), item.indicator.id).toBe(item.latest?.value);
        expect(await card.textContent()).toContain(item.latest?.period.label);
      }
      if (item.neighbourAverage !== null) {
        expect(firstNumber(await card.getByTestId('neighbour-average').textContent())).toBe(item.neighbourAverage);
      }
      const rank = await card.getByTestId('rank').textContent();
      if (item.rank) expect(rank).toMatch(new RegExp(`^${item.rank.rank}(st|nd|rd|th) of ${item.rank.outOf} \\(1 = `));
      else expect(rank).toMatch(/Not ranked/);
    }
    // The change is in words and an arrow, with better or worse by the indicator's polarity.
    expect(await page.getByTestId('indicator-persistent-absence').getByTestId('change').textContent()).toMatch(
      /^[↑↓→] ?(Up|Down|No change) .* since 20\d\d\/\d\d( \((better|worse)\))?$/,
    );
    // The council's census summary is the API's, with its period.
    const census = await api<{ localAuthority: { censusSummary: { pupils: number; senSupportPercent: number } } }>(
      '{ localAuthority(code: "886") { censusSummary { pupils senSupportPercent } } }',
    );
    const summary = page.getByTestId('census-summary');
    expect(await summary.textContent()).toContain('January 2023 census');
    expect(firstNumber(await summary.getByTestId('census-pupils').textContent())).toBe(
      census.localAuthority.censusSummary.pupils,
    );
    expect(await summary.getByTestId('census-sen-support').textContent()).toContain(
      `(${census.localAuthority.censusSummary.senSupportPercent.toFixed(1)}%)`,
    );
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });

  it('lists Kent beside its 10 statistical neighbours in the model’s order, then England', async () => {
    const neighbours = await kentNeighbours();
    expect(neighbours).toHaveLength(10);
    const page = await web.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await open(page, '/councils/886/compare', 'compare-1280');
    expect(await tableCodes(page)).toEqual(['886', ...neighbours, 'england']);
    // Each figure is the API's for the same council and period.
    const { compareLocalAuthorities } = await api<{
      compareLocalAuthorities: { rows: { indicator: { id: string }; figures: { code: string; figure: Figure }[] }[] };
    }>(
      '{ compareLocalAuthorities(neighboursOf: "886", indicators: ["sen-support"]) { rows { indicator { id } ' +
        'figures { code figure { value status } } } } }',
    );
    const essex = compareLocalAuthorities.rows[0]?.figures.find((figure) => figure.code === neighbours[0]);
    const cell = page.locator(`section[data-testid="topic-SEN"] tr[data-code="${neighbours[0]}"] td`).first();
    expect(firstNumber(await cell.textContent())).toBe(essex?.figure.value);
    expect(await page.locator('section[data-testid="topic-SEN"] caption').textContent()).toContain('January 2025');
    expect(await accessibilityProblems(page)).toEqual([]);
    // At tablet width the page scrolls down, not sideways: the wide tables scroll in their own box.
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.screenshot({ path: path.join(SHOTS, 'compare-768.png'), fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
    await page.close();
  });

  it('adds a council found by search and removes one, the address holding the choice and reproducing it', async () => {
    const neighbours = await kentNeighbours();
    const knowsley = await localAuthorityCode('Knowsley');
    const page = await web.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await open(page, '/councils/886/compare', 'compare-before-adding');
    await page.locator('#add-council').fill('Knowsley');
    await page.getByRole('button', { name: 'Find councils' }).click();
    await page.getByRole('button', { name: /^Add Knowsley/ }).click();
    await page.waitForURL(new RegExp(`with=${neighbours.join(',')},${knowsley}`));
    await expect.poll(() => tableCodes(page)).toEqual(['886', ...neighbours, knowsley, 'england']);
    // Removing the closest neighbour drops it from the address and the table.
    const { localAuthority: closest } = await api<{ localAuthority: { name: string } }>(
      'query ($code: ID!) { localAuthority(code: $code) { name } }',
      { code: neighbours[0] },
    );
    // Its button is named for it (one per topic table): "Remove Essex".
    await page
      .getByRole('button', { name: `Remove ${closest.name}`, exact: true })
      .first()
      .click();
    await page.waitForURL((url) => !(url.searchParams.get('with') ?? '').split(',').includes(neighbours[0] ?? ''));
    const expected = ['886', ...neighbours.slice(1), knowsley, 'england'];
    await expect.poll(() => tableCodes(page)).toEqual(expected);
    const address = page.url();
    // The same address in a fresh page is the same view; a topic narrows it to one table.
    const again = await web.browser.newPage();
    await openPage(again, address, 'compare-from-address');
    expect(await tableCodes(again)).toEqual(expected);
    await again.getByRole('link', { name: 'Absence', exact: true }).click();
    await again.waitForURL(/topic=Absence/);
    await expect.poll(() => again.locator('section[data-testid^="topic-"]').count()).toBe(1);
    expect(new URL(again.url()).searchParams.get('with')).toBe(new URL(address).searchParams.get('with'));
    await again.close();
    await page.close();
  });

  it('adds a council by keyboard alone, and prints the comparison without the form', async () => {
    const camden = await localAuthorityCode('Camden');
    const page = await web.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await open(page, '/councils/886/compare', 'compare-keyboard');
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
    for (let presses = 0; presses < 40 && (await focusedId()) !== 'add-council'; presses++) {
      await page.keyboard.press('Tab');
    }
    expect(await focusedId()).toBe('add-council');
    await page.keyboard.type('Camden');
    await page.keyboard.press('Enter');
    await page.getByTestId('found-councils').waitFor();
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    for (let presses = 0; presses < 10 && !(await focusedText()).startsWith('Add Camden'); presses++) {
      await page.keyboard.press('Tab');
    }
    expect(await focusedText()).toMatch(/^Add Camden/);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`with=[\\d,]*${camden}`));
    await expect.poll(async () => (await tableCodes(page)).at(-2)).toBe(camden);
    expect(await page.getByTestId('add-council-status').textContent()).toContain('Camden added');
    expect(await focusedId()).toBe('add-council');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('add-council').isVisible()).toBe(false);
    expect(await page.locator('.govuk-service-navigation').isVisible()).toBe(false);
    expect(await page.getByTestId('topic-SEN').isVisible()).toBe(true);
    await page.pdf({ path: path.join(SHOTS, 'compare-print.pdf'), format: 'A4', landscape: true });
    await page.close();
  });

  it('shows Lord Derby Academy’s January 2023 census figures as the API has them', async () => {
    const { school } = await api<{
      school: {
        census: {
          pupils: number;
          senSupport: number;
          senSupportPercent: number;
          ehcPlans: number;
          ehcPlanPercent: number;
          fsmPercent: number;
          periodLabel: string;
        };
      };
    }>(
      '{ school(urn: "140412") { census { pupils senSupport senSupportPercent ehcPlans ehcPlanPercent fsmPercent ' +
        'periodLabel } } }',
    );
    const page = await web.browser.newPage();
    await open(page, '/schools/140412', 'school-census');
    const section = page.getByTestId('school-census');
    expect(await section.textContent()).toContain('January 2023 census');
    expect(firstNumber(await section.getByTestId('census-pupils').textContent())).toBe(school.census.pupils);
    const sen = await section.getByTestId('census-sen-support').textContent();
    expect(firstNumber(sen)).toBe(school.census.senSupport);
    expect(sen).toContain(`(${school.census.senSupportPercent.toFixed(1)}%)`);
    const ehc = await section.getByTestId('census-ehc-plans').textContent();
    expect(firstNumber(ehc)).toBe(school.census.ehcPlans);
    expect(ehc).toContain(`(${school.census.ehcPlanPercent.toFixed(1)}%)`);
    expect(firstNumber(await section.getByTestId('census-fsm').textContent())).toBe(school.census.fsmPercent);
    // In its trust's comparison, the same figures in the census columns.
    await open(page, '/trusts/2864', 'trust-census');
    const row = page.locator('[data-testid="academies"] tr[data-urn="140412"]');
    expect(firstNumber(await row.getByTestId('sen-support-percent').textContent())).toBe(
      school.census.senSupportPercent,
    );
    expect(await page.locator('[data-testid="academies"] caption').textContent()).toContain('January 2023 census');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });

  it('sorts the Knowsley list by SEN support % in the API’s order, and filters by a minimum', async () => {
    const knowsley = await localAuthorityCode('Knowsley');
    type Page1 = { localAuthority: { schools: { totalCount: number; edges: { node: { urn: string } }[] } } };
    const sorted = await api<Page1>(
      'query ($code: ID!) { localAuthority(code: $code) { schools(first: 25, sort: SEN_SUPPORT_PERCENT) { ' +
        'totalCount edges { node { urn } } } } }',
      { code: knowsley },
    );
    const page = await web.browser.newPage();
    await open(page, `/councils/${knowsley}/schools`, 'school-list-census');
    await page.locator('#filter-sort').selectOption('SEN_SUPPORT_PERCENT');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/sort=SEN_SUPPORT_PERCENT/);
    const urns = () =>
      page
        .locator('[data-testid="schools-table"] tbody tr')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-urn')));
    await expect.poll(urns).toEqual(sorted.localAuthority.schools.edges.map((edge) => edge.node.urn));
    expect(await page.locator('[data-testid="schools-table"] caption').textContent()).toContain('January 2023 census');
    // A minimum SEN support % narrows the list to the API's count, and lives in the address.
    const filtered = await api<Page1>(
      'query ($code: ID!) { localAuthority(code: $code) { schools(first: 1, filter: { minSenSupportPercent: 20 }) { ' +
        'totalCount edges { node { urn } } } } }',
      { code: knowsley },
    );
    await page.locator('#filter-minSenSupportPercent').fill('20');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/minSenSupportPercent=20/);
    await expect
      .poll(async () => firstNumber(await page.getByTestId('match-count').textContent()))
      .toBe(filtered.localAuthority.schools.totalCount);
    await page.screenshot({ path: path.join(SHOTS, 'school-list-census-filtered.png'), fullPage: true });
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });
});
