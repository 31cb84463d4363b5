// Weekly digest delivery behind one interface, as reminders have theirs: SES in the cloud, the outbox locally.
import type { DigestText } from '../core/digest.js';

/** One subscriber's digest of one week. */
export interface DigestMessage extends DigestText {
  /** Stable per subscriber and week: the idempotency key a channel that can dedupe uses. */
  id: string;
  to: string;
  unsubscribeUrl: string;
}

/** Resolves once the channel has accepted the digest; throws when not (the next run retries it). */
export interface DigestSender {
  readonly channel: string;
  send(message: DigestMessage): Promise<void>;
}
