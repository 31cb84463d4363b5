// The weekly digest on one machine: into the local outbox beside the reminders, with links to this server's page.
import { outboxDigestSender } from '../functions/notify/outbox-digest-sender.js';
import type { DigestDeps } from '../functions/reassessment/digests.js';
import type { StoreConfig } from '../functions/store/index.js';

/** BEACON_WEB_URL names the page's origin in the links; by default the local server's. */
export function localDigests(store: StoreConfig, print: (line: string) => void): DigestDeps {
  const webBaseUrl = process.env.BEACON_WEB_URL ?? `http://localhost:${process.env.PORT ?? 4000}`;
  return { senders: [outboxDigestSender({ store, print })], webBaseUrl: webBaseUrl.replace(/\/+$/, '') };
}
