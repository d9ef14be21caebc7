import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { consumeOrThrow, throttleKey, type ThrottleStore } from './throttle-store';

export interface LoginThrottleOptions {
  /** Failed attempts allowed per account *and* client IP in 15 minutes; the pair is then paused, not the account. */
  maxFailuresPerAccountAndIp: number;
  /** Attempts (failed or not) allowed per client IP per minute, whatever the account. */
  maxAttemptsPerIp: number;
  /** Waits before the password is checked (progressive delay). Tests may shorten it. */
  sleep?: (ms: number) => Promise<void>;
}

/** Failures of one account from all IPs in 15 minutes: only ever slows attempts down, never locks the owner out. */
const ACCOUNT_WINDOW_POINTS = 1_000_000;

/**
 * How long to wait before checking a password, from the failures already charged: the third and later attempts of
 * one account from one client wait 250 ms, 500 ms, 1 s, … and an account failing from many clients (more than 10 in
 * 15 minutes) waits too, doubling per further 10 failures. Capped at 5 s.
 */
export function progressiveDelayMs(pairAttempt: number, accountFailures: number): number {
  const pair = pairAttempt > 2 ? 250 * 2 ** (pairAttempt - 3) : 0;
  const account = accountFailures > 10 ? 250 * 2 ** Math.floor((accountFailures - 11) / 10) : 0;
  return Math.min(5_000, Math.max(pair, account));
}

export interface LoginAttempt {
  pairKey: string;
  accountKey: string;
  delayMs: number;
}

/**
 * Sign-in throttling. Every attempt is charged *before* the password is verified, atomically in the shared store, so
 * 150 parallel guesses are counted before any is checked and at most the allowed number reach the password hash:
 *  - per client IP: every attempt, whatever the account (spraying one password over many accounts);
 *  - per account + client IP: failures; when they run out that pair is paused — the owner signing in from their own
 *    device (another IP) is not locked out by someone guessing elsewhere;
 *  - per account, all IPs: failures, which only add a progressive delay.
 * A successful sign-in gives back its charge, so only failures accumulate.
 */
export class LoginThrottle {
  private readonly perIp: RateLimiterAbstract;
  private readonly perPair: RateLimiterAbstract;
  private readonly perAccount: RateLimiterAbstract;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(store: ThrottleStore, options: LoginThrottleOptions) {
    this.perIp = store.limiter({ keyPrefix: 'login-ip', points: options.maxAttemptsPerIp, duration: 60 });
    this.perPair = store.limiter({ keyPrefix: 'login-pair', points: options.maxFailuresPerAccountAndIp, duration: 15 * 60 });
    this.perAccount = store.limiter({ keyPrefix: 'login-account', points: ACCOUNT_WINDOW_POINTS, duration: 15 * 60 });
    this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  }

  /**
   * Charges the attempt (TOO_MANY_REQUESTS when the IP or this account-and-IP pair is spent), then waits the
   * progressive delay. Call before looking at the password; unknown e-mail addresses are charged the same way.
   */
  async charge(email: string, ip: string): Promise<LoginAttempt> {
    const pairKey = throttleKey(email, ip);
    const accountKey = throttleKey(email);
    await consumeOrThrow(this.perIp, throttleKey(ip));
    const pair = await consumeOrThrow(this.perPair, pairKey);
    const account = await this.perAccount.consume(accountKey, 1);
    const delayMs = progressiveDelayMs(pair.consumedPoints, account.consumedPoints - 1);
    if (delayMs > 0) await this.sleep(delayMs);
    return { pairKey, accountKey, delayMs };
  }

  /** The password was right: this pair starts afresh and the account's failure count gets its point back. */
  async succeeded(attempt: LoginAttempt): Promise<void> {
    await this.perPair.delete(attempt.pairKey);
    await this.perAccount.reward(attempt.accountKey, 1);
  }
}
