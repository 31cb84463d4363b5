// "What's changed" on the web page, checked against the API's own feed in Debian's Chromium against `npm start`'s
// server and seed: Kent's feed as the API lists it, filters by kind and day that live in the address, paging with
// "Older changes", the overview's "since your last visit" line, a refused address, keyboard alone and tablet width.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { changeKindCountLabels, changeKindLabels } from '../../functions/core/labels.js';
import { accessibilityProblems, askApi, browserAndServer, SHOTS } from './browser.js';

const web = browserAndServer();
const { open } = web;

type Kind = keyof typeof changeKindLabels;
interface Feed {
  edges: { node: { id: string; kind: Kind; happenedOn: string; public: boolean } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
interface FeedArgs {
  since?: string;
  until?: string;
  kinds?: Kind[];
  after?: string | null;
  first?: number;
}

/** A page of a feed as the API gives it to someone signed out. */
async function feed(owner: 'localAuthority' | 'trust' | 'school', id: string, args: FeedArgs = {}): Promise<Feed> {
  const key = { localAuthority: 'code', trust: 'uid', school: 'urn' }[owner];
  const data = await askApi<Record<string, { changes: Feed }>>(
    web.server.origin,
    `query ($id: ID!, $first: Int, $since: Date, $until: Date, $kinds: [ChangeKind!], $after: String) {
      ${owner}(${key}: $id) {
        changes(first: $first, since: $since, until: $until, kinds: $kinds, after: $after) {
          edges { node { id kind happenedOn public } }
          pageInfo { hasNextPage endCursor }
        }
      }
    }`,
    { id, first: 20, ...args },
  );
  const found = data[owner];
  if (!found) throw new Error(`no ${owner} ${id}`);
  return found.changes;
}

const ids = (result: Feed) => result.edges.map((edge) => edge.node.id);
const shownIds = (page: Page) =>
  page
    .getByTestId('changes')
    .locator('li')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-id')));
const shownKinds = (page: Page) =>
  page
    .getByTestId('changes')
    .locator('li')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')));

/** Every change of Kent's feed since a day, counted by kind (all pages). */
async function kentCountsSince(since: string): Promise<Map<Kind, number>> {
  const counts = new Map<Kind, number>();
  let after: string | null = null;
  do {
    const page: Feed = await feed('localAuthority', '886', { since, after, first: 100 });
    for (const { node } of page.edges) counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return counts;
}

/** The overview's words for a tally: "3 inspections, 1 grade moved." in the labels' order; "nothing changed." */
function tallyWords(counts: Map<Kind, number>): string {
  if (counts.size === 0) return 'nothing changed.';
  const kinds = (Object.keys(changeKindCountLabels) as Kind[]).filter((kind) => counts.has(kind));
  const words = kinds.map((kind) => {
    const count = counts.get(kind) ?? 0;
    const [one, many] = changeKindCountLabels[kind];
    return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
  });
  return `${words.join(', ')}.`;
}

const todayMinus = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

describe("the web page's change feeds", () => {
  it("lists Kent's first 20 changes as the API does, only public ones when signed out, with a feed link", async () => {
    const page = await web.browser.newPage();
    await open(page, '/councils/886/changes', 'changes-council');
    const expected = await feed('localAuthority', '886');
    expect(expected.edges).toHaveLength(20);
    expect(expected.edges.every((edge) => edge.node.public)).toBe(true);
    expect(await shownIds(page)).toEqual(ids(expected));
    const first = page.getByTestId('changes').locator('li').first();
    const newest = expected.edges[0]?.node;
    const day = new Date(`${newest?.happenedOn}T00:00:00Z`).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    expect(await first.textContent()).toContain(day);
    expect(await first.textContent()).toContain(changeKindLabels[newest?.kind ?? 'INSPECTED']);
    expect(await page.getByTestId('hidden-changes').textContent()).toMatch(/signed in for this council/);
    expect(await page.getByTestId('atom').getAttribute('href')).toBe('/councils/886/changes.atom');
    expect(await page.getByTestId('tab-changes').getAttribute('aria-current')).toBe('page');
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });

  it('shows the reminder job’s changes only to a viewer signed in for the council, as the API does', async () => {
    const page = await web.browser.newPage();
    const address = '/councils/340/changes?kinds=AWARD_DUE_SOON,AWARD_OVERDUE,AWARD_LAPSED';
    await open(page, address, 'changes-scoped-signed-out');
    expect(await page.getByTestId('no-changes').textContent()).toBe('No changes match these filters.');
    await page.goto(`${web.server.origin}/sign-in`, { waitUntil: 'networkidle' });
    await page.locator('#role-council_officer').check();
    await page.locator('#scope').fill('la:340');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('signed-in').waitFor();
    await open(page, address, 'changes-scoped-signed-in');
    const token = await page.evaluate(() => JSON.parse(localStorage.getItem('beacon.viewer') ?? '{}').token as string);
    const response = await fetch(`${web.server.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `{ localAuthority(code: "340") {
          changes(kinds: [AWARD_DUE_SOON, AWARD_OVERDUE, AWARD_LAPSED]) { edges { node { id public } } } } }`,
      }),
    });
    const { data } = (await response.json()) as { data: { localAuthority: { changes: Feed } } };
    const expected = data.localAuthority.changes;
    expect(expected.edges.length).toBeGreaterThan(0);
    expect(expected.edges.every((edge) => !edge.node.public)).toBe(true);
    await expect.poll(() => shownIds(page)).toEqual(ids(expected));
    expect(await page.getByTestId('changes').textContent()).toContain('Only within your scope');
    expect(await page.getByTestId('hidden-changes').count()).toBe(0);
    expect(await accessibilityProblems(page)).toEqual([]);
    await page.close();
  });

  it("lists a trust's and a school's feed as the API does, linked from their pages", async () => {
    const page = await web.browser.newPage();
    for (const [owner, id, base] of [
      ['trust', '2864', '/trusts/2864'],
      ['school', '140412', '/schools/140412'],
    ] as const) {
      await open(page, base, `changes-${owner}-overview`);
      await page.getByTestId('tab-changes').click();
      await page.waitForURL(`${web.server.origin}${base}/changes`);
      await expect.poll(() => shownIds(page)).toEqual(ids(await feed(owner, id)));
      await page.screenshot({ path: path.join(SHOTS, `changes-${owner}.png`), fullPage: true });
      expect(await accessibilityProblems(page)).toEqual([]);
    }
    await page.close();
  });

  it('filters by kind and day: the address changes, the list is the API’s, and the address reproduces it', async () => {
    const page = await web.browser.newPage();
    await open(page, '/councils/886/changes', 'changes-unfiltered');
    await page.locator('#kind-GRADE_MOVED').check();
    await page.locator('#kind-JOINED_TRUST').check();
    await page.locator('#since-day').fill('1');
    await page.locator('#since-month').fill('1');
    await page.locator('#since-year').fill('2023');
    await page.locator('#until-day').fill('31');
    await page.locator('#until-month').fill('12');
    await page.locator('#until-year').fill('2024');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/kinds=/);
    const address = new URL(page.url());
    expect(address.searchParams.get('kinds')).toBe('GRADE_MOVED,JOINED_TRUST');
    expect(address.searchParams.get('since')).toBe('2023-01-01');
    expect(address.searchParams.get('until')).toBe('2024-12-31');
    const expected = await feed('localAuthority', '886', {
      kinds: ['GRADE_MOVED', 'JOINED_TRUST'],
      since: '2023-01-01',
      until: '2024-12-31',
    });
    expect(expected.edges.length).toBeGreaterThan(0);
    await expect.poll(() => shownIds(page)).toEqual(ids(expected));
    expect(new Set(await shownKinds(page))).toEqual(new Set(expected.edges.map((edge) => edge.node.kind)));
    await page.screenshot({ path: path.join(SHOTS, 'changes-filtered.png'), fullPage: true });

    const again = await web.browser.newPage();
    await open(again, `${address.pathname}${address.search}`, 'changes-filtered-reopened');
    expect(await shownIds(again)).toEqual(ids(expected));
    expect(await again.locator('#kind-GRADE_MOVED').isChecked()).toBe(true);
    expect(await again.locator('#kind-INSPECTED').isChecked()).toBe(false);
    expect(await again.locator('#since-year').inputValue()).toBe('2023');
    expect(await again.locator('#until-day').inputValue()).toBe('31');
    await again.close();
    await page.getByRole('link', { name: 'Clear filters' }).click();
    await page.waitForURL(`${web.server.origin}/councils/886/changes`);
    await expect.poll(() => shownIds(page)).toEqual(ids(await feed('localAuthority', '886')));
    expect(await page.locator('#kind-GRADE_MOVED').isChecked()).toBe(false);
    expect(await page.locator('#since-year').inputValue()).toBe('');
    await page.close();
  });

  it('pages on with "Older changes" without repeating a change, and goes back to the newest', async () => {
    const page = await web.browser.newPage();
    await open(page, '/councils/886/changes?kinds=INSPECTED', 'changes-paging-1');
    const seen: string[] = [];
    let after: string | null = null;
    for (let step = 1; step <= 3; step += 1) {
      const expected: Feed = await feed('localAuthority', '886', { kinds: ['INSPECTED'], after });
      await expect.poll(() => shownIds(page)).toEqual(ids(expected));
      seen.push(...ids(expected));
      after = expected.pageInfo.endCursor;
      if (step < 3) {
        await page.getByRole('link', { name: 'Older changes' }).click();
        await page.waitForURL(/after=/);
      }
    }
    expect(seen).toHaveLength(60);
    expect(new Set(seen).size).toBe(60);
    expect(new URL(page.url()).searchParams.get('kinds')).toBe('INSPECTED');
    await page.screenshot({ path: path.join(SHOTS, 'changes-paging-3.png'), fullPage: true });
    await page.getByRole('link', { name: 'Newest changes' }).click();
    await page.waitForURL((url) => !url.searchParams.has('after'));
    await expect.poll(() => shownIds(page)).toEqual(seen.slice(0, 20));
    await page.close();
  });

  it('says on the overview what changed since the last visit, as the API counts it, and links to it', async () => {
    const context = await web.browser.newContext();
    const page = await context.newPage();
    // First visit: the last 30 days.
    await open(page, '/councils/886', 'council-first-visit');
    const line = page.getByTestId('since-last-visit');
    const firstSince = todayMinus(30);
    expect(await line.getAttribute('data-since')).toBe(firstSince);
    expect(await line.textContent()).toContain(`In the last 30 days: ${tallyWords(await kentCountsSince(firstSince))}`);
    // A later visit: since the day this browser last came (set back to 1 June 2025).
    await page.evaluate(() => localStorage.setItem('beacon.visits.886', JSON.stringify({ latest: '2025-06-01' })));
    await page.reload({ waitUntil: 'networkidle' });
    await line.waitFor();
    const words = tallyWords(await kentCountsSince('2025-06-01'));
    expect(words).not.toBe('nothing changed.');
    await expect.poll(() => line.textContent()).toContain(`Since your last visit on 1 June 2025: ${words}`);
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.screenshot({ path: path.join(SHOTS, 'council-since-last-visit.png') });
    // Looking again the same day still compares with that visit.
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => line.textContent()).toContain('Since your last visit on 1 June 2025');
    await page.getByTestId('since-link').click();
    await page.waitForURL(/\/councils\/886\/changes\?since=2025-06-01$/);
    const expected = await feed('localAuthority', '886', { since: '2025-06-01' });
    await expect.poll(() => shownIds(page)).toEqual(ids(expected));
    await context.close();
  });

  it('shows the API’s message in an error summary for bad filters in the address, and passes axe', async () => {
    const page = await web.browser.newPage();
    await open(page, '/councils/886/changes?kinds=GRADE_MOVED,PROMOTED&since=2024-02-30', 'changes-error');
    const summary = page.getByTestId('problem');
    const text = await summary.textContent();
    expect(text).toContain('A date is written YYYY-MM-DD and must exist (e.g. 2025-06-30); got "2024-02-30".');
    expect(text).toContain('Value "PROMOTED" does not exist in "ChangeKind" enum.');
    expect(await page.getByTestId('changes').count()).toBe(0);
    expect(await page.locator('#since-day').inputValue()).toBe('30');
    expect(await accessibilityProblems(page)).toEqual([]);

    await open(page, '/councils/886/changes?since=2025-01-01&until=2024-01-01', 'changes-error-order');
    await expect
      .poll(() => summary.textContent())
      .toContain('since (2025-01-01) is after until (2024-01-01); give a since on or before until.');
    expect(await accessibilityProblems(page)).toEqual([]);

    await open(page, '/councils/886/changes?after=forged', 'changes-error-cursor');
    await expect.poll(() => summary.textContent()).toContain('The cursor is not one this API issued');
    await page.locator('#newest').click();
    await page.waitForURL(`${web.server.origin}/councils/886/changes`);
    await expect.poll(() => shownIds(page)).toEqual(ids(await feed('localAuthority', '886')));
    await page.close();
  });

  it('filters by keyboard alone, and fits a 768 px screen', async () => {
    const page = await web.browser.newPage({ viewport: { width: 768, height: 1024 } });
    await open(page, '/councils/886/changes', 'changes-768');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
    const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
    const tabTo = async (id: string) => {
      for (let presses = 0; presses < 80 && (await focusedId()) !== id; presses += 1) await page.keyboard.press('Tab');
      expect(await focusedId()).toBe(id);
    };
    await tabTo('kind-CONVERTED');
    await page.keyboard.press('Space');
    await tabTo('since-day');
    await page.keyboard.type('1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2020');
    await page.keyboard.press('Enter');
    await page.waitForURL(/kinds=CONVERTED/);
    expect(new URL(page.url()).searchParams.get('since')).toBe('2020-01-01');
    const expected = await feed('localAuthority', '886', { kinds: ['CONVERTED'], since: '2020-01-01' });
    await expect.poll(() => shownIds(page)).toEqual(ids(expected));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
    await page.screenshot({ path: path.join(SHOTS, 'changes-768-filtered.png'), fullPage: true });
    await page.close();
  });

  it('asks before unsubscribing from the digest, and shows the API refusing a forged link', async () => {
    const page = await web.browser.newPage();
    const forged = 'forged';
    await open(page, `/digest/unsubscribe?token=${forged}`, 'digest-unsubscribe');
    // Opening the link changes nothing: only the button unsubscribes.
    expect(await page.getByTestId('problem').count()).toBe(0);
    const refusal = await fetch(`${web.server.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($token: String!) { unsubscribeFromDigest(token: $token) { email } }',
        variables: { token: forged },
      }),
    }).then((response) => response.json() as Promise<{ errors: { message: string }[] }>);
    await page.getByRole('button', { name: 'Unsubscribe' }).click();
    await expect.poll(() => page.getByTestId('problem').textContent()).toContain(refusal.errors[0]?.message);
    expect(await accessibilityProblems(page)).toEqual([]);
    await open(page, '/digest/unsubscribe', 'digest-unsubscribe-no-token');
    expect(await page.locator('main').textContent()).toContain('use the link at the foot of a digest e-mail');
    await page.close();
  });
});
