import { createHash } from 'node:crypto';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { RateLimitedError } from '../../common/errors';

export interface LimiterOptions {
  /** Distinct per limiter; rows of all limiters share the `rate_limit` table. */
  keyPrefix: string;
  points: number;
  /** Window in seconds. */
  duration: number;
}

/**
 * Builds throttles on rate-limiter-flexible's Postgres store: each `consume` is one atomic
 * `INSERT … ON CONFLICT DO UPDATE … RETURNING`, so parallel requests — and several API replicas on one database — are
 * all counted before any of them goes on. The table comes from the migrations (`tableCreated`). If the store cannot
 * be reached, an in-memory limiter with the same limits stands in (the library's insurance limiter), so a database
 * hiccup never switches throttling off.
 */
export class ThrottleStore {
  constructor(private readonly dataSource: DataSource) {}

  limiter(options: LimiterOptions): RateLimiterAbstract {
    return new RateLimiterPostgres({
      ...options,
      storeClient: this.dataSource,
      storeType: 'typeorm',
      tableName: 'rate_limit',
      tableCreated: true,
      insuranceLimiter: new RateLimiterMemory(options),
    });
  }
}

/** Limiter keys never hold an e-mail address or an IP in the clear. */
export function throttleKey(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 32);
}

/** Consumes one point or throws TOO_MANY_REQUESTS with the wait; store errors pass through. */
export async function consumeOrThrow(limiter: RateLimiterAbstract, key: string, points = 1): Promise<RateLimiterRes> {
  try {
    return await limiter.consume(key, points);
  } catch (e) {
    if (e instanceof RateLimiterRes) throw new RateLimitedError(e.msBeforeNext / 1000);
    throw e;
  }
}

/** Consumes one point; false (instead of an error) when the limit is reached. */
export async function consumeQuietly(limiter: RateLimiterAbstract, key: string): Promise<boolean> {
  try {
    await limiter.consume(key, 1);
    return true;
  } catch (e) {
    if (e instanceof RateLimiterRes) return false;
    throw e;
  }
}
