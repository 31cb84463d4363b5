// Recording as assessors, officers and school leaders do it, in Chromium against `npm start`'s server and seed:
// GOV.UK forms (error summary linked to each field, date inputs, the form kept on error, a confirmation panel), each
// through the API's mutations and their rules, offered only to whom the access table allows. Every form state is
// checked by axe-core and saved as a screenshot (test-results/screenshots/recording-*.png).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityProblems, askApi, browserAndServer, SHOTS } from './browser.js';

const web = browserAndServer();
const { open } = web;
const LORD_DERBY = '140412';
const shoot = (page: Page, shot: string) => page.screenshot({ path: path.join(SHOTS, `${shot}.png`), fullPage: true });

/** Signs in as the sign-in page does it locally: the server signs a token for the role and scope (no bypass). */
async function signedIn(role: string, scope: string): Promise<Page> {
  const page = await web.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${web.server.origin}/sign-in`, { waitUntil: 'networkidle' });
  await page.locator(`#role-${role}`).check();
  await page.locator('#scope').fill(scope);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('signed-in').waitFor();
  return page;
}

/** Today as the date boxes take it, and as the API writes it. */
function today() {
  const iso = new Date().toISOString().slice(0, 10);
  const [year = '', month = '', day = ''] = iso.split('-');
  return { iso, day: String(Number(day)), month: String(Number(month)), year };
}

async function fillDate(page: Page, id: string, parts: { day: string; month: string; year: string }) {
  await page.locator(`#${id}-day`).fill(parts.day);
  await page.locator(`#${id}-month`).fill(parts.month);
  await page.locator(`#${id}-year`).fill(parts.year);
}

async function expectAccessible(page: Page) {
  expect(await accessibilityProblems(page)).toEqual([]);
}

/** The error summary's links: their words and the ids they point at. */
async function summaryLinks(page: Page): Promise<{ text: string; href: string }[]> {
  await page.getByTestId('error-summary').waitFor();
  return page
    .getByTestId('error-summary')
    .locator('a')
    .evaluateAll((links) =>
      links.map((link) => ({ text: link.textContent ?? '', href: link.getAttribute('href') ?? '' })),
    );
}

/** Knowsley's school list as CSV, downloaded from the page: the row of one URN by column name. */
async function csvRow(page: Page, urn: string): Promise<Record<string, string>> {
  await open(page, '/councils/340/schools', 'recording-council-list');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv').click()]);
  const rows = parse(readFileSync((await download.path()) ?? '', 'utf8').replace(/^\uFEFF/, ''), {
    columns: true,
  }) as Record<string, string>[];
  const row = rows.find((item) => item.URN === urn);
  if (!row) throw new Error(`URN ${urn} is not in the council's CSV`);
  return row;
}

describe('recording', () => {
  it('records an assessor’s annual review: history and council CSV change; a stale form is a CONFLICT', async () => {
    const page = await signedIn('assessor', 'la:340');
    const stale = await signedIn('assessor', 'la:340');
    const before = await csvRow(page, LORD_DERBY);

    await open(page, `/schools/${LORD_DERBY}`, 'recording-school-assessor');
    const firstHistoryBefore = await page.getByTestId('history').locator('li').first().textContent();
    await page.getByRole('link', { name: 'Record an annual review' }).click();
    await page.getByTestId('review-form').waitFor();
    const formAddress = page.url();
    await shoot(page, 'recording-review-empty');
    await expectAccessible(page);

    // The same form opened in another tab, before the review is recorded: it holds the award's older version.
    await open(stale, new URL(formAddress).pathname, 'recording-review-stale-open');

    // Empty, and then a date without its month: the error summary links to each field; what was typed stays.
    await page.locator('#assessor').fill('A. Assessor');
    await page.getByRole('button', { name: 'Record the review' }).click();
    const links = await summaryLinks(page);
    expect(links.map((link) => link.href)).toEqual(['#reviewedOn-day', '#summary']);
    expect(links[0]?.text).toBe('Enter the date of the review');
    await page.getByRole('link', { name: 'Enter the date of the review' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reviewedOn-day');
    expect(await page.locator('#assessor').inputValue()).toBe('A. Assessor');
    const now = today();
    await page.locator('#reviewedOn-day').fill(now.day);
    await page.locator('#reviewedOn-year').fill(now.year);
    await page.getByRole('button', { name: 'Record the review' }).click();
    await expect.poll(() => page.getByTestId('error-summary').textContent()).toContain('must include a month');
    expect(await page.locator('#reviewedOn-month').getAttribute('class')).toContain('govuk-input--error');
    expect(await page.locator('#reviewedOn-day').getAttribute('class')).not.toContain('govuk-input--error');
    expect(await page.locator('#reviewedOn-day').inputValue()).toBe(now.day);
    await shoot(page, 'recording-review-errors');
    await expectAccessible(page);

    // Sent: the confirmation panel, then the school's awards and history, and the council's CSV, show the review.
    const summary = `Progress update recorded in the browser test on ${now.iso}.`;
    await fillDate(page, 'reviewedOn', now);
    await page.locator('#summary').fill(summary);
    await page.getByRole('button', { name: 'Record the review' }).click();
    await page.getByTestId('confirmation').waitFor();
    expect(await page.getByTestId('confirmation').textContent()).toMatch(/Annual review recorded/);
    await shoot(page, 'recording-review-done');
    await expectAccessible(page);
    await page.getByRole('link', { name: /Back to Lord Derby Academy/ }).click();
    await page.getByTestId('history').waitFor();
    await expect.poll(() => page.locator('main').textContent()).toContain(summary);
    const firstHistoryAfter = await page.getByTestId('history').locator('li').first().textContent();
    expect(firstHistoryAfter).toMatch(/annual review/i);
    expect(firstHistoryAfter).not.toBe(firstHistoryBefore);

    const after = await csvRow(page, LORD_DERBY);
    const { school } = await askApi<{ school: { inclusionStatus: { nextDueOn: string } } }>(
      web.server.origin,
      `{ school(urn: "${LORD_DERBY}") { inclusionStatus { nextDueOn } } }`,
    );
    expect(after['Next due']).not.toBe(before['Next due']);
    expect(after['Next due']).toContain(school.inclusionStatus.nextDueOn.slice(0, 4));

    // The other tab still holds the version read before: the API answers CONFLICT; the page says so plainly and
    // shows the award as it now stands (its last review is the one just recorded).
    await fillDate(stale, 'reviewedOn', now);
    await stale.locator('#assessor').fill('B. Assessor');
    await stale.locator('#summary').fill('A second review of the same cycle.');
    await stale.getByRole('button', { name: 'Record the review' }).click();
    await expect.poll(() => stale.getByTestId('error-summary').textContent()).toMatch(/Someone else changed this/);
    await expect.poll(() => stale.getByTestId('last-review').textContent()).toContain('A. Assessor');
    expect(await stale.locator('#summary').inputValue()).toBe('A second review of the same cycle.');
    await shoot(stale, 'recording-review-conflict');
    await expectAccessible(stale);
    // Sent again with the version now read, the API refuses a second review on the same day, on the date's field.
    await stale.getByRole('button', { name: 'Record the review' }).click();
    await expect.poll(async () => (await summaryLinks(stale)).map((link) => link.href)).toEqual(['#reviewedOn-day']);
    expect(await stale.getByTestId('error-summary').textContent()).toMatch(/date of the review must be after/);
    expect(await stale.getByTestId('error-summary').textContent()).not.toMatch(/A-\d{6}-|reviewedOn/);
    await page.close();
    await stale.close();
  });

  it('lets an assessor grant an award; an impossible date is refused on its field', async () => {
    const { localAuthority } = await askApi<{
      localAuthority: {
        schools: { edges: { node: { urn: string; name: string; inclusionStatus: { awardLevel: string | null } } }[] };
      };
    }>(
      web.server.origin,
      '{ localAuthority(code: "340") { schools(first: 50) { edges { node { urn name ' +
        'inclusionStatus { awardLevel } } } } } }',
    );
    const school = localAuthority.schools.edges
      .map(({ node }) => node)
      .find((node) => !node.inclusionStatus.awardLevel);
    if (!school) throw new Error('every Knowsley school holds an award');
    const page = await signedIn('assessor', 'la:340');
    await open(page, `/schools/${school.urn}`, 'recording-school-no-award');
    await page.getByRole('link', { name: 'Grant an award' }).click();
    await page.getByTestId('award-form').waitFor();
    await expectAccessible(page);
    const now = today();
    await page.locator('#level').check();
    await fillDate(page, 'assessedOn', { day: '31', month: '2', year: now.year });
    await page.locator('#assessor').fill('A. Assessor');
    await page.locator('#visitDays-2').check();
    await page.locator('#standOut-ASSESSMENT').check();
    await page.getByRole('button', { name: 'Grant the award' }).click();
    const links = await summaryLinks(page);
    expect(links).toEqual([
      { href: '#assessedOn-day', text: 'The first day of the visit must be a real date, for example 27 3 2026' },
    ]);
    expect(await page.locator('#standOut-ASSESSMENT').isChecked()).toBe(true);
    await shoot(page, 'recording-award-errors');
    await expectAccessible(page);
    await fillDate(page, 'assessedOn', now);
    await page.getByRole('button', { name: 'Grant the award' }).click();
    await page.getByTestId('confirmation').waitFor();
    expect(await page.getByTestId('confirmation').textContent()).toContain('Inclusive School Award');
    await expectAccessible(page);
    await page.getByRole('link', { name: `Back to ${school.name}` }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('Inclusive School Award, awarded');
    await page.close();
  });

  it('lets a council officer add and end a partnership and a contact, not the assessor’s forms', async () => {
    const page = await signedIn('council_officer', 'la:340');
    await open(page, `/schools/${LORD_DERBY}`, 'recording-school-officer');
    expect(await page.getByRole('link', { name: 'Record an annual review' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Grant an award' }).count()).toBe(0);
    await open(page, `/schools/${LORD_DERBY}/awards/new`, 'recording-award-refused');
    expect(await page.getByTestId('award-form').count()).toBe(0);
    expect(await page.getByTestId('not-offered').textContent()).toMatch(/grant an award/);
    await expectAccessible(page);

    // A partnership: the agency chosen from those Beacon holds; since today, then ended today.
    const now = today();
    await open(page, `/schools/${LORD_DERBY}`, 'recording-school-officer');
    await page.getByRole('link', { name: 'Add a partner agency' }).click();
    await page.getByTestId('partnership-form').waitFor();
    await page.getByRole('button', { name: 'Add the partner agency' }).click();
    expect((await summaryLinks(page)).map((link) => link.href)).toEqual([
      '#agencyId',
      '#since-day',
      '#councilQualityAssured',
    ]);
    await shoot(page, 'recording-partnership-errors');
    await expectAccessible(page);
    const agency = await page.locator('#agencyId option').nth(1).textContent();
    await page.locator('#agencyId').selectOption({ index: 1 });
    await fillDate(page, 'since', now);
    await page.locator('#focus').fill('Browser test partnership');
    await page.locator('#councilQualityAssured-no').check();
    await page.getByRole('button', { name: 'Add the partner agency' }).click();
    await page.getByTestId('confirmation').waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: /Back to Lord Derby Academy/ }).click();
    const added = page.locator('main li', { hasText: 'Browser test partnership' });
    await added.waitFor();
    expect(await added.textContent()).toContain(agency ?? '');
    await added.getByRole('link', { name: /End/ }).click();
    await page.getByTestId('end-partnership-form').waitFor();
    await expectAccessible(page);
    await fillDate(page, 'until', now);
    await page.getByRole('button', { name: 'End the partnership' }).click();
    await page.getByTestId('confirmation').waitFor();
    await page.getByRole('link', { name: /Back to Lord Derby Academy/ }).click();
    await expect
      .poll(() => page.locator('main li', { hasText: 'Browser test partnership' }).textContent())
      .toMatch(/ended/);

    // A contact: a bad address is refused on its field; added; the same address with another role is a CONFLICT.
    await page.getByRole('link', { name: 'Add a contact' }).click();
    await page.getByTestId('contact-form').waitFor();
    await page.locator('#email').fill('senco.example.org');
    await page.locator('#role').selectOption('SENCO');
    await page.getByRole('button', { name: 'Add the contact' }).click();
    expect((await summaryLinks(page)).map((link) => link.href)).toEqual(['#email']);
    await expectAccessible(page);
    await page.locator('#email').fill('senco@example.org');
    await page.locator('#name').fill('Sam Senco');
    await page.getByRole('button', { name: 'Add the contact' }).click();
    await page.getByTestId('confirmation').waitFor();
    await shoot(page, 'recording-contact-done');
    await expectAccessible(page);
    await page.getByRole('link', { name: /Back to Lord Derby Academy/ }).click();
    await expect.poll(() => page.locator('main').textContent()).toContain('senco@example.org');
    await page.getByRole('link', { name: 'Add a contact' }).click();
    await page.locator('#email').fill('senco@example.org');
    await page.locator('#role').selectOption('HEADTEACHER');
    await page.getByRole('button', { name: 'Add the contact' }).click();
    await page.getByTestId('error-summary').waitFor();
    expect(await page.locator('#email').inputValue()).toBe('senco@example.org');
    await shoot(page, 'recording-contact-conflict');
    await expectAccessible(page);
    await open(page, `/schools/${LORD_DERBY}`, 'recording-school-with-contact');
    await page.getByRole('link', { name: /Remove.*senco@example.org/ }).click();
    await page.getByTestId('remove-contact-form').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Remove the contact' }).click();
    await page.getByTestId('confirmation').waitFor();
    await page.getByRole('link', { name: /Back to Lord Derby Academy/ }).click();
    await page.getByRole('heading', { name: 'Contacts' }).waitFor();
    await expect.poll(() => page.locator('main').textContent()).not.toContain('senco@example.org');
    await page.close();
  });

  it('lets a school leader add a contact from a reminder that reached nobody, and mark it seen', async () => {
    const page = await signedIn('school_leader', `school:${LORD_DERBY}`);
    await open(page, '/reminders', 'recording-reminders');
    const row = page.locator('[data-testid="reminders"] tbody tr', { hasText: 'Lord Derby Academy' }).first();
    expect(await row.getByTestId('delivery').textContent()).toMatch(/^No recipients/);
    await row.getByRole('link', { name: /Add contacts/ }).click();
    await page.getByTestId('contact-form').waitFor();
    await page.locator('#email').fill('head@example.org');
    await page.locator('#role').selectOption('HEADTEACHER');
    await page.getByRole('button', { name: 'Add the contact' }).click();
    await page.getByTestId('confirmation').waitFor();
    await page.getByRole('link', { name: 'Back to reminders' }).click();
    await page.getByTestId('reminders').waitFor();
    await row.getByRole('button', { name: /Mark as seen/ }).click();
    await page.getByTestId('seen').waitFor();
    await expect.poll(() => row.textContent()).toMatch(/Seen .* by school leader/);
    await shoot(page, 'recording-reminder-seen');
    await expectAccessible(page);
    await page.close();
  });

  it('lets an admin pick the reminders’ council by name; an unknown name keeps the form, in error', async () => {
    const page = await signedIn('admin', 'all');
    await open(page, '/reminders', 'recording-reminders-admin');
    await page.locator('#reminders-council').fill('Nowhere at all');
    await page.getByRole('button', { name: 'Show reminders' }).click();
    expect((await summaryLinks(page)).map((link) => link.href)).toEqual(['#reminders-council']);
    expect(await page.locator('#reminders-council').inputValue()).toBe('Nowhere at all');
    await shoot(page, 'recording-reminders-unknown-council');
    await expectAccessible(page);
    await page.locator('#reminders-council').fill('Knowsley');
    await page.getByRole('button', { name: 'Show reminders' }).click();
    await page.getByTestId('reminders').waitFor();
    expect(await page.getByTestId('council-choice').count()).toBe(1);
    expect(await page.getByTestId('reminders').textContent()).toContain('Lord Derby Academy');
    await expectAccessible(page);
    await page.close();
  });

  it('shows the review form in error at 1280 and 768 px (the README’s screenshot)', async () => {
    const page = await signedIn('assessor', 'la:340');
    const { school } = await askApi<{ school: { awards: { id: string; level: string; status: string }[] } }>(
      web.server.origin,
      `{ school(urn: "${LORD_DERBY}") { awards { id level status } } }`,
    );
    const award = school.awards.find((item) => item.level === 'CENTRE_OF_EXCELLENCE');
    await open(page, `/schools/${LORD_DERBY}/awards/${award?.id}/review`, 'recording-review-readme');
    await page.locator('#reviewedOn-day').fill('31');
    await page.locator('#reviewedOn-month').fill('2');
    await page.locator('#reviewedOn-year').fill(today().year);
    await page.locator('#assessor').fill('A. Assessor');
    await page.getByRole('button', { name: 'Record the review' }).click();
    await page.getByTestId('error-summary').waitFor();
    // The first screenful, as the README shows it (docs/recording-form.png is a copy).
    await page.setViewportSize({ width: 1200, height: 1500 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SHOTS, 'recording-form.png') });
    await expectAccessible(page);
    // At tablet width the form fits: nothing wider than the window.
    await page.setViewportSize({ width: 768, height: 1024 });
    await shoot(page, 'recording-form-768');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
    await expectAccessible(page);
    await page.close();
  });
});
