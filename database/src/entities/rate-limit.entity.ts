import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The shared counter store of the sign-in, sign-up and password-reset throttles, in rate-limiter-flexible's
 * RateLimiterPostgres layout (the library reads and writes it; every API replica counts in the same rows).
 * Not tenant data: keys are a limiter prefix plus a hash of the e-mail address and/or client IP.
 */
@Entity({ name: 'rate_limit' })
@Index('rate_limit_expire_idx', ['expire'])
export class RateLimitEntity {
  @PrimaryColumn('varchar', { length: 255 }) key: string;
  @Column('int', { default: 0 }) points: number;
  /** Epoch milliseconds when the window ends. */
  @Column('bigint', { nullable: true }) expire: string | null;
}
