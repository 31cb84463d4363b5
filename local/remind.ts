// `npm run remind -- [--today YYYY-MM-DD [--commit]] [--dry-run] [--endpoint URL]`: runs the reassessment job
// against the local data and prints what it sent to the outbox. A day other than today is a what-if: it previews
// (writes nothing) unless --commit says to record and send. Uses the DynamoDB Local of a running
// `npm start` when there is one; otherwise starts one on the same persisted data (.beacon/dynamodb).

import { isIsoDate, todayInLondon } from '../functions/core/calendar.js';
import { outboxLine, outboxSender } from '../functions/notify/outbox-sender.js';
import { runReassessment } from '../functions/reassessment/run.js';
import { parseCommandLine } from './command-line.js';
import { describeRun } from './daily-reassessment.js';
import { localDigests } from './digest-delivery.js';
import { withLocalStore } from './running-instance.js';
import { terminalLog } from './terminal-log.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const USAGE = 'Usage: npm run remind -- [--today YYYY-MM-DD [--commit]] [--dry-run] [--endpoint http://127.0.0.1:PORT]';

function readOptions() {
  const { values, endpoint } = parseCommandLine(USAGE, {
    today: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    commit: { type: 'boolean', default: false },
  });
  const today = values.today ?? todayInLondon();
  if (!isIsoDate(today)) throw new Error(`--today must be a real date written YYYY-MM-DD, got "${today}".\n${USAGE}`);
  if (values.commit && values['dry-run']) throw new Error(`--commit and --dry-run cannot go together.\n${USAGE}`);
  // Asking "what if today were…" must not send reminders or write history: it previews unless told to commit.
  const dryRun = values['dry-run'] || (values.today !== undefined && !values.commit);
  return {
    today,
    dryRun,
    previewOf: dryRun && !values['dry-run'],
    endpoint,
  };
}

const log = terminalLog();

async function main(): Promise<void> {
  const options = readOptions();
  await withLocalStore(options.endpoint, async (store) => {
    const report = await runReassessment(
      { store, senders: [outboxSender({ store, print: log.info })], digests: localDigests(store, log.info) },
      { today: options.today, dryRun: options.dryRun },
    );
    if (options.dryRun) {
      for (const flag of report.flags)
        log.info(`[would flag] school ${flag.urn}: award ${flag.awardId} ${flag.before} -> ${flag.after}`);
      for (const message of report.wouldSend) log.info(outboxLine(message).replace('[outbox]', '[would send]'));
      const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
      log.info(
        `[dry run] ${options.today}: ${count(report.dueAwards, 'award')} due, ` +
          `${count(report.wouldSend.length, 'reminder')} would be sent; nothing written` +
          (options.previewOf ? ` (add --commit to record and send for ${options.today}).` : '.'),
      );
    } else {
      for (const flag of report.flags)
        log.info(`[flag] school ${flag.urn}: award ${flag.awardId} ${flag.before} -> ${flag.after}`);
      for (const failure of report.failed) log.warn(`[failed] ${failure.reminderId}: ${failure.error}`);
      log.info(describeRun(report));
      if (report.owed === 0) log.info('Nothing owed today: every reminder due by this day has been sent already.');
    }
  });
}

main().catch((error: unknown) => {
  log.error(`remind failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
