// Keeping people's place, in Chromium against `npm start`: sign-in returns to the filtered list (or to the viewer's
// own council, trust or school), the session survives a reload and a new tab until it expires, every view has its own
// title, focus moves to the main heading, unknown codes are "not found", a failed request offers "Try again", the
// words are plain, and no table cell's content runs past its cell at 768 and 1280 px. axe on every page and state.
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityProblems, browserAndServer, SHOTS } from './browser.js';

const web = browserAndServer();
const { api, open } = web;
const pathOf = (page: Page) => {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
};

/** Fills the local sign-in form (as a person would) and waits for the banner that says who is signed in. */
async function signInHere(page: Page, role: string, scope: string): Promise<void> {
  await page.locator(`#role-${role}`).check();
  await page.locator('#scope').fill(scope);
  await page.locator('form[data-testid="sign-in"]').getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('signed-in').waitFor();
}

const headerSignIn = (page: Page) => page.locator('.govuk-service-navigation').getByRole('link', { name: 'Sign in' });
const mainHeading = (page: Page) => page.locator('main h1').first();

/** Cells whose content (text, tags, buttons) reaches past the cell's own box: what the eye sees as overflow. */
function overflowingCells(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const cell of document.querySelectorAll('table td, table th')) {
      const box = cell.getBoundingClientRect();
      // Text a screen reader alone reads (GOV.UK's visually hidden class) is clipped to a pixel: it shows nowhere.
      const shown: Node[] = [];
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        if (!text.parentElement?.closest('.govuk-visually-hidden')) shown.push(text);
      }
      const past = shown.some((text) => {
        const range = document.createRange();
        range.selectNodeContents(text);
        return [...range.getClientRects()].some(
          (rect) => rect.width > 1 && (rect.right > box.right + 1 || rect.left < box.left - 1),
        );
      });
      if (past) found.push(`${cell.closest('table')?.dataset.testid ?? 'table'}: ${cell.textContent?.trim()}`);
    }
    return found;
  });
}

describe('keeping people’s place', () => {
  it('signs in from a filtered list and comes back to the same list with its filters', async () => {
    const context = await web.browser.newContext();
    const page = await context.newPage();
    const address = '/councils/886/schools?q=academy&sort=LATEST_INSPECTION';
    await open(page, address, 'place-list-signed-out');
    const matching = await page.getByTestId('match-count').textContent();
    const { localAuthority } = await api<{ localAuthority: { schools: { totalCount: number } } }>(
      '{ localAuthority(code: "886") { schools(filter: { nameContains: "academy" }) { totalCount } } }',
    );
    expect(matching).toContain(localAuthority.schools.totalCount.toLocaleString('en-GB'));
    await headerSignIn(page).click();
    await page.waitForURL(/\/sign-in\?next=/);
    expect(new URL(page.url()).searchParams.get('next')).toBe(address);
    await signInHere(page, 'council_officer', 'la:886');
    await page.waitForURL((url) => `${url.pathname}${url.search}` === address);
    await page.getByTestId('match-count').waitFor();
    expect(await page.locator('#filter-q').inputValue()).toBe('academy');
    expect(await page.getByTestId('match-count').textContent()).toBe(matching);
    // The count is said once more to screen readers, through the frame's live region.
    await expect.poll(() => page.locator('#beacon-announcer').textContent()).toContain('schools match');
    await page.screenshot({ path: path.join(SHOTS, 'place-list-signed-in.png'), fullPage: true });
    expect(await accessibilityProblems(page)).toEqual([]);
    await context.close();
  });

  it('takes a viewer who signs in with nowhere to go back to to their own council, trust or school', async () => {
    const { trust, school, localAuthority } = await api<{
      trust: { name: string };
      school: { name: string };
      localAuthority: { name: string };
    }>('{ trust(uid: "2864") { name } school(urn: "140412") { name } localAuthority(code: "886") { name } }');
    const cases: [string, string, string, string][] = [
      ['council_officer', 'la:886', '/councils/886', localAuthority.name],
      ['trust_executive', 'trust:2864', '/trusts/2864', trust.name],
      ['school_leader', 'school:140412', '/schools/140412', school.name],
      ['admin', 'all', '/', "Inclusion in England's schools"],
    ];
    for (const [role, scope, home, heading] of cases) {
      const context = await web.browser.newContext();
      const page = await context.newPage();
      await open(page, '/sign-in', `place-sign-in-${role}`);
      await signInHere(page, role, scope);
      await page.waitForURL((url) => url.pathname === home);
      await expect.poll(() => mainHeading(page).textContent()).toBe(heading);
      await context.close();
    }
  });

  it('stays signed in after a reload and in a new tab, until it expires; signing out reaches every tab', async () => {
    const context: BrowserContext = await web.browser.newContext();
    const first = await context.newPage();
    await open(first, '/sign-in', 'place-sign-in');
    await signInHere(first, 'council_officer', 'la:340');
    await first.reload({ waitUntil: 'networkidle' });
    await first.getByTestId('signed-in').waitFor();
    const second = await context.newPage();
    await open(second, '/reminders', 'place-new-tab-reminders');
    expect(await second.getByTestId('signed-in').textContent()).toMatch(/Council officer for council 340/);
    await second.getByTestId('reminders').waitFor();
    // Signing out in the new tab signs the first tab out too.
    await second.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => first.getByTestId('signed-in').count()).toBe(0);
    // An expired token counts as signed out, on a reload as in any tab.
    await first.goto(`${web.server.origin}/sign-in`, { waitUntil: 'networkidle' });
    await signInHere(first, 'council_officer', 'la:340');
    await first.evaluate(() => {
      const stored = JSON.parse(localStorage.getItem('beacon.viewer') ?? '{}') as { expiresAt: number };
      localStorage.setItem(
        'beacon.viewer',
        JSON.stringify({ ...stored, expiresAt: Math.floor(Date.now() / 1000) - 1 }),
      );
    });
    await first.reload({ waitUntil: 'networkidle' });
    await headerSignIn(first).waitFor();
    expect(await first.getByTestId('signed-in').count()).toBe(0);
    await context.close();
  });
});

describe('titles, headings and words', () => {
  it('gives every main view its own title, naming what it shows', async () => {
    const { localAuthority, trust, school } = await api<{
      localAuthority: { name: string };
      trust: { name: string };
      school: { name: string };
    }>('{ localAuthority(code: "886") { name } trust(uid: "2864") { name } school(urn: "140412") { name } }');
    const context = await web.browser.newContext();
    const page = await context.newPage();
    await open(page, '/sign-in', 'place-titles-sign-in');
    await signInHere(page, 'council_officer', 'la:340');
    const views: [string, string][] = [
      ['/', 'England — Beacon'],
      ['/councils/886', `${localAuthority.name} — Beacon`],
      ['/councils/886/schools', `${localAuthority.name} — schools — Beacon`],
      ['/councils/886/changes', `${localAuthority.name} — what's changed — Beacon`],
      ['/trusts/2864', `${trust.name} — Beacon`],
      ['/schools/140412', `${school.name} — Beacon`],
      ['/reminders', 'Reminders — Beacon'],
      ['/search?q=Kent', '“Kent” — search — Beacon'],
    ];
    const titles: string[] = [];
    for (const [address, title] of views) {
      await open(page, address, `place-title-${address.replace(/\W+/g, '-')}`);
      await expect.poll(() => page.title()).toBe(title);
      titles.push(await page.title());
      expect(await accessibilityProblems(page)).toEqual([]);
    }
    expect(new Set(titles).size).toBe(views.length);
    await context.close();
  });

  it('moves focus to the new page’s main heading after following a link', async () => {
    const page = await web.browser.newPage();
    await open(page, '/councils/886', 'place-focus-start');
    await page.getByTestId('all-schools').click();
    await page.waitForURL(/\/councils\/886\/schools$/);
    const focusedHeading = () =>
      page.evaluate(() => (document.activeElement?.tagName === 'H1' ? document.activeElement.textContent : null));
    await expect.poll(focusedHeading).toBe(await mainHeading(page).textContent());
    // A school from the list: its name is the heading that takes focus.
    const link = page.locator('[data-testid="schools-table"] tbody tr a').first();
    const name = await link.textContent();
    await link.click();
    await page.waitForURL(/\/schools\/\d+$/);
    await expect.poll(focusedHeading).toBe(name);
    await page.close();
  });

  it('says a school’s outcomes and history in plain words and dates', async () => {
    const { localAuthority } = await api<{
      localAuthority: {
        schools: {
          edges: { node: { urn: string; inclusionStatus: { ungradedOutcome: string | null } } }[];
        };
      };
    }>(
      '{ localAuthority(code: "886") { schools(first: 100, sort: NAME) { edges { node { urn ' +
        'inclusionStatus { ungradedOutcome } } } } } }',
    );
    const shorthand = localAuthority.schools.edges.find(({ node }) =>
      node.inclusionStatus.ungradedOutcome?.includes('S5 Next'),
    );
    const context = await web.browser.newContext();
    const page = await context.newPage();
    await open(page, '/sign-in', 'place-words-sign-in');
    await signInHere(page, 'admin', 'all');
    if (shorthand) {
      await open(page, `/schools/${shorthand.node.urn}`, 'place-words-ungraded');
      const inspections = await page.getByTestId('inspections').textContent();
      expect(inspections).not.toContain('S5');
      expect(inspections).toContain('the next inspection will be graded');
    }
    await open(page, '/schools/140412', 'place-words-history');
    const history = (await page.getByTestId('history').textContent()) ?? '';
    expect(history.length).toBeGreaterThan(0);
    // No enum names, no record ids, no ISO dates, no role codes.
    expect(history).not.toMatch(/[A-Z]+_[A-Z]+|A-\d{6}-|\d{4}-\d{2}-\d{2}|council_officer/);
    expect(await page.getByTestId('signed-in').textContent()).toContain('Administrator');
    expect(await accessibilityProblems(page)).toEqual([]);
    await context.close();
  });
});

describe('errors and states', () => {
  it('says "not found" for councils, trusts and schools Beacon does not hold, whatever the code', async () => {
    const page = await web.browser.newPage();
    const addresses = ['/councils/99999', '/councils/999', '/trusts/99999999', '/schools/99999999', '/nowhere'];
    for (const address of addresses) {
      await open(page, address, `place-not-found-${address.replace(/\W+/g, '-')}`);
      await page.getByTestId('not-found').waitFor();
      const main = (await page.locator('main').textContent()) ?? '';
      expect(main).not.toMatch(/digits only|three-digit|Unexpected error/);
      expect(await page.title()).toBe('Page not found — Beacon');
      expect(await accessibilityProblems(page)).toEqual([]);
    }
    await page.close();
  });

  it('offers "Try again" when a request fails, and shows the page once it succeeds', async () => {
    const page = await web.browser.newPage();
    let failing = true;
    // The network fails (a server error), not the page under test.
    await page.route('**/graphql', (route) =>
      failing ? route.fulfill({ status: 502, body: 'Bad gateway' }) : route.continue(),
    );
    await open(page, '/councils/886', 'place-try-again');
    await page.getByTestId('try-again').first().waitFor();
    expect(await page.locator('main').textContent()).not.toContain('Unexpected error');
    expect(await accessibilityProblems(page)).toEqual([]);
    failing = false;
    await page.getByTestId('try-again').first().click();
    await page.getByTestId('tile-schools').waitFor();
    expect(await page.getByTestId('try-again').count()).toBe(0);
    await page.close();
  });

  it('keeps every table cell’s content inside its cell at 768 and 1280 px', async () => {
    const { localAuthority } = await api<{
      localAuthority: {
        schools: { edges: { node: { urn: string; inclusionStatus: { gradedInheritedFromUrn: string | null } } }[] };
      };
    }>(
      '{ localAuthority(code: "886") { schools(first: 100, sort: NAME) { edges { node { urn ' +
        'inclusionStatus { gradedInheritedFromUrn } } } } } }',
    );
    const inherited = localAuthority.schools.edges.find(({ node }) => node.inclusionStatus.gradedInheritedFromUrn);
    expect(inherited).toBeDefined();
    const pages = [
      '/councils/886',
      '/councils/886/schools?sort=NAME',
      '/trusts/2864',
      `/schools/${inherited?.node.urn}`,
      '/reminders',
    ];
    for (const width of [768, 1280]) {
      const context = await web.browser.newContext({ viewport: { width, height: 1000 } });
      const page = await context.newPage();
      await open(page, '/sign-in', `place-overflow-sign-in-${width}`);
      await signInHere(page, 'council_officer', 'la:340');
      for (const address of pages) {
        await open(page, address, `place-overflow-${width}-${address.replace(/\W+/g, '-')}`);
        expect(await page.locator('table').count()).toBeGreaterThan(0);
        expect({ address, width, cells: await overflowingCells(page) }).toEqual({ address, width, cells: [] });
        expect(await accessibilityProblems(page)).toEqual([]);
      }
      expect(pathOf(page)).toBe('/reminders');
      await context.close();
    }
  });
});
