import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimitedError } from '../../common/errors';

/**
 * Login throttling: failed attempts per account (e-mail) and all attempts per client IP, each in a sliding
 * 15-minute / 1-minute window. In-memory per process; with several API replicas swap in RateLimiterPostgres/Redis
 * from the same library.
 */
export class LoginThrottle {
  private readonly perAccount: RateLimiterMemory;
  private readonly perIp: RateLimiterMemory;

  constructor(maxFailuresPerAccount: number, maxAttemptsPerIp: number) {
    this.perAccount = new RateLimiterMemory({ keyPrefix: 'login-account', points: maxFailuresPerAccount, duration: 15 * 60 });
    this.perIp = new RateLimiterMemory({ keyPrefix: 'login-ip', points: maxAttemptsPerIp, duration: 60 });
  }

  /** Throws TOO_MANY_REQUESTS when the IP or the account is already over its limit; counts the attempt per IP. */
  async before(email: string, ip: string): Promise<void> {
    const account = await this.perAccount.get(email);
    if (account && account.remainingPoints <= 0) throw new RateLimitedError(account.msBeforeNext / 1000);
    try {
      await this.perIp.consume(ip);
    } catch (e) {
      if (e instanceof RateLimiterRes) throw new RateLimitedError(e.msBeforeNext / 1000);
      throw e;
    }
  }

  async failed(email: string): Promise<void> {
    await this.perAccount.penalty(email, 1);
  }

  async succeeded(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }
}
