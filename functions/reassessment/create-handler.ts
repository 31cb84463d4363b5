// Builds the scheduled Lambda handler from its parts, so tests drive exactly what handler.ts exports.

import { isIsoDate, todayInLondon } from '../core/calendar.js';
import * as z from '../core/zod.js';
import { type JobLog, type ReassessmentDeps, runReassessment } from './run.js';

/**
 * EventBridge Scheduler sends the schedule's input with the time the run was scheduled for (infra/constructs/
 * scheduled-job.ts): a retry or a DLQ replay hours later still runs for that day. `today` replays a given day.
 */
const scheduledEvent = z.object({
  today: z.optional(z.string().check(z.refine(isIsoDate, 'today must be a real date written YYYY-MM-DD'))),
  scheduledTime: z.optional(z.iso.datetime({ offset: true, message: 'scheduledTime must be an ISO 8601 instant' })),
  dryRun: z.optional(z.boolean()),
});

export interface RunSummary {
  today: string;
  dueAwards: number;
  flagged: number;
  owed: number;
  sent: number;
  failed: number;
  skipped: number;
  /** Dry runs only: reminders that would have been sent. */
  wouldSend: number;
  /** The weekly digest: sent and failed (retried next run) by this run. */
  digestsSent: number;
  digestsFailed: number;
}

export function createReassessmentHandler(
  deps: ReassessmentDeps & { log: JobLog },
  clock: () => Date = () => new Date(),
) {
  return async (event: unknown): Promise<RunSummary> => {
    const parsed = scheduledEvent.safeParse(event && typeof event === 'object' ? event : {});
    if (!parsed.success) {
      throw new Error(
        `Reassessment event not understood: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`,
      );
    }
    const { today: replayDay, scheduledTime } = parsed.data;
    const today = replayDay ?? todayInLondon(scheduledTime ? new Date(scheduledTime) : clock());
    const report = await runReassessment(deps, { today, dryRun: parsed.data.dryRun });
    // A failed delivery is retried by tomorrow's run; the Lambda succeeds so Scheduler does not re-run the day.
    return {
      today,
      dueAwards: report.dueAwards,
      flagged: report.flags.length,
      owed: report.owed,
      sent: report.sent.length,
      wouldSend: report.wouldSend.length,
      failed: report.failed.length,
      skipped: report.skipped.length,
      digestsSent: report.digests?.sent.length ?? 0,
      digestsFailed: report.digests?.failed.length ?? 0,
    };
  };
}
