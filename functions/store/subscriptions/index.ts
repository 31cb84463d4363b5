// Weekly digest subscriptions (with their unsubscribe tokens) and each week's delivery marks.
export { type DigestMark, digestMarkEntity, subscriberSortKey, subscriptionEntity } from './keys.js';
export { claimMark, markDigestDelivered, markDigestFailed, recordMark, weekMarks } from './marks.js';
export { type LiveSubscription, liveSubscriptions, subscribe, unsubscribe } from './subscriptions.js';
