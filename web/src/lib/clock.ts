import { offsetClock, type Clock } from '@tandem/shared';

/** Response header on every API answer: the server's business clock (pinned by `TANDEM_NOW` or the real time). */
export const SERVER_NOW_HEADER = 'x-tandem-now';

let current: Clock = offsetClock(0);

/**
 * The web app's one clock. It follows the server's business clock: every API response carries the server's "now",
 * and the offset from this browser's wall clock is kept, so "today", due dates and "in the past" agree with the API
 * (also when `TANDEM_NOW` replays the demo on another date, or this computer's clock is off).
 */
export const clock: Clock = {
  now: () => current.now(),
  nowMs: () => current.nowMs(),
  get pinned() {
    return current.pinned;
  },
};

/** Adopts the server's clock from a response's `x-tandem-now` header (ignored when absent or malformed). */
export function followServerClock(serverNowIso: string | null | undefined, receivedAtWallMs: number): void {
  if (!serverNowIso) return;
  const serverMs = Date.parse(serverNowIso);
  if (Number.isNaN(serverMs)) return;
  const offset = serverMs - receivedAtWallMs;
  // Differences under two seconds are network latency, not a different clock.
  current = offsetClock(Math.abs(offset) < 2_000 ? 0 : offset);
}

/** Tests pin the web clock to an instant (frozen) and restore the wall clock afterwards. */
export function setClockForTests(next: Clock | null): void {
  current = next ?? offsetClock(0);
}
