// `npm start` runs the reassessment job as the cloud schedule does: once at start, then each new day (London),
// delivering to the local outbox. An hourly check rather than a 24-hour timer survives sleep and clock changes.
import { todayInLondon } from '../functions/core/calendar.js';
import type { IsoDate } from '../functions/core/records.js';
import type { Log } from '../functions/log.js';
import { outboxSender } from '../functions/notify/outbox-sender.js';
import { type RunReport, runReassessment } from '../functions/reassessment/run.js';
import type { StoreConfig } from '../functions/store/index.js';
import { localDigests } from './digest-delivery.js';
import { terminalLog } from './terminal-log.js';

export interface DailyOptions {
  /** Where each run's summary and failure go; the terminal by default. */
  log?: Log;
  checkEveryMs?: number;
  today?: () => IsoDate;
}

/** Reminders delivered with no recipient: recorded NO_RECIPIENTS, counted apart. */
const unaddressed = (report: RunReport) =>
  report.sent.filter((message) => message.reminder.recipients.length === 0).length;

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

export function describeRun(report: RunReport): string {
  const parts = [
    `${report.dueAwards} award${report.dueAwards === 1 ? '' : 's'} due in ${report.window.from}..${report.window.to}`,
    `${report.flags.length} status flag${report.flags.length === 1 ? '' : 's'} written`,
    `${report.sent.length} reminder${report.sent.length === 1 ? '' : 's'} sent`,
    ...(unaddressed(report) > 0 ? [`${unaddressed(report)} of them to nobody (no contacts: NO_RECIPIENTS)`] : []),
    ...(report.failed.length ? [`${report.failed.length} failed (retried next run)`] : []),
    ...(report.digests
      ? [`${count(report.digests.sent.length, 'weekly digest')} sent for ${report.digests.week}`]
      : []),
    ...(report.digests?.failed.length ? [`${report.digests.failed.length} digests failed (retried next run)`] : []),
  ];
  return `[reassessment] ${report.today}: ${parts.join(', ')}`;
}

/** Starts the schedule; the returned function stops it and waits for a run in progress. */
export function startDailyReassessment(store: StoreConfig, options: DailyOptions = {}): () => Promise<void> {
  const log = options.log ?? terminalLog();
  const today = options.today ?? (() => todayInLondon());
  const senders = [outboxSender({ store, print: log.info })];
  const digests = localDigests(store, log.info);
  let lastDay: IsoDate | null = null;
  let running: Promise<void> | null = null;

  const tick = () => {
    const day = today();
    if (running || day === lastDay) return;
    lastDay = day;
    running = runReassessment({ store, senders, digests }, { today: day })
      .then((report) => log.info(describeRun(report)))
      .catch((error: unknown) => {
        // The next hourly check runs the day again; the server stays up.
        lastDay = null;
        log.error(`[reassessment] ${day}: the run failed:`, { error });
      })
      .finally(() => {
        running = null;
      });
  };

  tick();
  const timer = setInterval(tick, options.checkEveryMs ?? 60 * 60 * 1000);
  return async () => {
    clearInterval(timer);
    await running;
  };
}
