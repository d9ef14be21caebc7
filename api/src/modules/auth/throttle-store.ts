import { createHash } from 'node:crypto';
import type * as Flexible from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { RateLimitedError } from '../../common/errors';

type RateLimiterAbstract = Flexible.RateLimiterAbstract;
type RateLimiterRes = Flexible.RateLimiterRes;
// The three classes used, from their own files: the package's index loads all of its twenty stores (Redis, Mongo,
// MySQL, Dynamo, Etcd, …), about 1 MB of heap for nothing. The package ships no typings for these files; its index's
// typings describe the same classes (the index re-exports these very modules).
/* eslint-disable @typescript-eslint/no-require-imports */
const RateLimiterMemory = require('rate-limiter-flexible/lib/RateLimiterMemory') as typeof Flexible.RateLimiterMemory;
const RateLimiterPostgres = require('rate-limiter-flexible/lib/RateLimiterPostgres') as typeof Flexible.RateLimiterPostgres;
const RateLimiterRes = require('rate-limiter-flexible/lib/RateLimiterRes') as typeof Flexible.RateLimiterRes;
/* eslint-enable @typescript-eslint/no-require-imports */

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
