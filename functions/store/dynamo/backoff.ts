// The one backoff of every retry in the store: exponential from 25 ms, capped, with full jitter so writers that
// collided do not collide again in step.
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function backoff(attempt: number, capMs: number, wait: (ms: number) => Promise<void> = sleep): Promise<void> {
  return wait(Math.random() * Math.min(capMs, 25 * 2 ** attempt));
}
