// The weekly digest: which week a run sends, the subscription and its unsubscribe token, and the e-mail's words.
// Pure: the job (functions/reassessment/digests.ts) reads the feed and delivers; this decides what it says.
import { addCalendarDays } from './calendar.js';
import { CHANGE_KINDS, type ChangeKind } from './change-kinds.js';
import type { ChangeRecord } from './change-record.js';
import type { ContactScope } from './contacts.js';
import type { IsoDate } from './records.js';

/** Who gets a council's, trust's or school's digest. The token's secret is the store's (storeOnly). */
export interface DigestSubscriptionRecord {
  /** Lower-case address; one subscription per address and scope. */
  email: string;
  scope: ContactScope;
  scopeId: string;
  /** The council's, trust's or school's name when subscribed, for the subject line. */
  scopeName: string;
  /** Whether the digest lists the scope's non-public changes (decided by the access policy at subscription). */
  withScoped: boolean;
  subscribedAt: string;
  /** Set when the unsubscribe link was used; the job skips it. */
  unsubscribedAt?: string;
}

type Subscriber = Pick<DigestSubscriptionRecord, 'email' | 'scope' | 'scopeId'>;

/** One subscription per address and scope: the key that names it in the store and in a week's marks. */
export const subscriberKey = (who: Subscriber) => `${who.scope}#${who.scopeId}#${who.email}`;

/** A digest's id (the outbox's key, SES's header): the same subscriber and week is the same digest. */
export const digestId = (week: string, who: Subscriber) => `digest#${week}#${subscriberKey(who)}`;

/** A week Monday to Sunday, named as ISO 8601 names it (2026-W48). */
export interface DigestWeek {
  name: string;
  since: IsoDate;
  until: IsoDate;
}

const DAY_MS = 86_400_000;
const isoDay = (date: IsoDate) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;

/** The ISO week a day falls in. */
export function isoWeekOf(day: IsoDate): DigestWeek {
  const since = addCalendarDays(day, 1 - isoDay(day));
  const thursday = addCalendarDays(since, 3);
  const year = Number(thursday.slice(0, 4));
  const week =
    Math.floor((Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${year}-01-01T00:00:00Z`)) / DAY_MS / 7) + 1;
  return { name: `${year}-W${String(week).padStart(2, '0')}`, since, until: addCalendarDays(since, 6) };
}

/** A run on any day sends the digest of the last whole week (Monday to Sunday) before it. */
export const digestWeekFor = (today: IsoDate): DigestWeek => isoWeekOf(addCalendarDays(today, -7));

/** At most this many changes are listed; the rest are counted, with the link to the whole feed. */
export const DIGEST_MAX_CHANGES = 200;

const headings: Record<ChangeKind, string> = {
  INSPECTED: 'Inspected',
  GRADE_MOVED: 'Grade moved',
  CONCERN_ENTERED: 'Entered a category of concern',
  CONCERN_LEFT: 'Left a category of concern',
  SAFEGUARDING_NOT_EFFECTIVE: 'Safeguarding judged not effective',
  JOINED_TRUST: 'Joined a trust',
  LEFT_TRUST: 'Left a trust',
  OPENED: 'Opened',
  CLOSED: 'Closed',
  CONVERTED: 'Converted',
  AWARD_GRANTED: 'Awards granted',
  REVIEW_RECORDED: 'Reviews recorded',
  AWARD_DUE_SOON: 'Awards due soon',
  AWARD_OVERDUE: 'Awards overdue',
  AWARD_LAPSED: 'Awards lapsed',
  PARTNERSHIP_STARTED: 'Partnerships started',
  PARTNERSHIP_ENDED: 'Partnerships ended',
  FIGURES_PUBLISHED: 'Figures published',
};

export const digestHeading = (kind: ChangeKind) => headings[kind];

/** The changes of a week grouped by kind, in the feed's kind order, each group newest first. */
export function groupByKind(changes: readonly ChangeRecord[]): { kind: ChangeKind; changes: ChangeRecord[] }[] {
  return CHANGE_KINDS.map((kind) => ({ kind, changes: changes.filter((change) => change.kind === kind) })).filter(
    (group) => group.changes.length > 0,
  );
}

const pagePath: Record<ContactScope, string> = { LOCAL_AUTHORITY: 'councils', TRUST: 'trusts', SCHOOL: 'schools' };
const scopeWord: Record<ContactScope, string> = { LOCAL_AUTHORITY: 'council', TRUST: 'trust', SCHOOL: 'school' };

export interface DigestText {
  subject: string;
  text: string;
}

export interface DigestContent {
  subscription: DigestSubscriptionRecord;
  week: DigestWeek;
  changes: readonly ChangeRecord[];
  /** Changes in the week beyond those listed. */
  more: number;
  /** The web page's origin, e.g. https://beacon.example.org (no trailing slash). */
  webBaseUrl: string;
  unsubscribeToken: string;
}

const longDay = (day: IsoDate) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** The unsubscribe page of the web app; it calls unsubscribeFromDigest with the token (no sign-in). */
export const unsubscribeUrl = (webBaseUrl: string, token: string) =>
  `${webBaseUrl}/digest/unsubscribe?token=${encodeURIComponent(token)}`;

export function digestText(content: DigestContent): DigestText {
  const { subscription: sub, week, changes, webBaseUrl } = content;
  const scopeLabel = `${sub.scopeName} (${scopeWord[sub.scope]} ${sub.scopeId})`;
  const feedUrl = `${webBaseUrl}/${pagePath[sub.scope]}/${sub.scopeId}/changes?since=${week.since}&until=${week.until}`;
  const groups = groupByKind(changes).map(({ kind, changes: listed }) => [
    `${digestHeading(kind)} (${listed.length})`,
    ...listed.flatMap((change) => [
      `- ${change.happenedOn} ${change.summary}`,
      ...(change.urn ? [`  ${webBaseUrl}/schools/${change.urn}`] : []),
    ]),
    '',
  ]);
  const lines = [
    `What changed for ${scopeLabel} from ${longDay(week.since)} to ${longDay(week.until)}.`,
    '',
    ...groups.flat(),
    ...(content.more > 0 ? [`And ${content.more} more changes this week.`] : []),
    `The whole week on Beacon: ${feedUrl}`,
    '',
    `You get this e-mail because ${sub.email} is subscribed to Beacon's weekly digest for ${scopeLabel}.`,
    `Unsubscribe (no sign-in needed): ${unsubscribeUrl(webBaseUrl, content.unsubscribeToken)}`,
  ];
  const count = changes.length + content.more;
  return {
    subject: `Beacon: ${count} change${count === 1 ? '' : 's'} for ${sub.scopeName}, week ${week.name}`,
    text: lines.join('\n'),
  };
}
