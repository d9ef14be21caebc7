import { Inject, Injectable } from '@nestjs/common';
import { hashPassword } from '@tandem/database';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { audit } from '../../common/audit';
import { InvalidInputError, NotFoundError, UnauthenticatedError } from '../../common/errors';
import { asPublic } from '../../common/public-context';
import type { RequestContext } from '../../common/request-context';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { OutboxService } from '../outbox/outbox.service';
import { passwordChangedMessage, passwordResetMessage } from '../outbox/outbox.templates';
import { assertNewPassword } from './password-rules';
import { consumeOrThrow, consumeQuietly, throttleKey, ThrottleStore } from './throttle-store';
import { hashToken, newToken } from './tokens';

/** A reset link works once, for an hour. */
export const RESET_LINK_MINUTES = 60;
/** "Forgot password?" answers no sooner than this, so a known address and an unknown one take the same time. */
const REQUEST_FLOOR_MS = 300;
const RESET_GONE = 'Password reset link (it may have been used or expired)';

interface ResetPerson {
  id: string;
  name: string;
  email: string;
  active: boolean;
  password_hash: string | null;
  organization_name: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Password resets. Admins manage accounts, they never impersonate them: an admin can *send* a reset link, a person
 * can ask for one on the sign-in page, and either way the single-use, expiring link (only its SHA-256 is stored) goes
 * to that person's message in the outbox — never into anyone's mutation result. Using it sets the password, ends every
 * session of the person, closes their other open links, is audited, and tells the person their password changed.
 */
@Injectable()
export class PasswordResetService {
  private readonly requestsPerIp: RateLimiterAbstract;
  private readonly requestsPerAccount: RateLimiterAbstract;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly outbox: OutboxService,
    store: ThrottleStore,
  ) {
    this.requestsPerIp = store.limiter({ keyPrefix: 'reset-ip', points: config.passwordResetMaxPerIp, duration: 3600 });
    this.requestsPerAccount = store.limiter({ keyPrefix: 'reset-account', points: 3, duration: 3600 });
  }

  /** An admin sends a reset link to an active person of their organisation who has a password. */
  async sendForPerson(ctx: RequestContext, personId: string): Promise<boolean> {
    const person = await this.loadPerson(ctx, personId);
    if (!person) throw new NotFoundError('Person');
    if (!person.active) throw new InvalidInputError(`Reactivate ${person.name} before sending a password reset link`);
    if (!person.password_hash) {
      throw new InvalidInputError(`${person.name} hasn’t set a password yet: send a new invitation instead`);
    }
    await this.issue(ctx, person, ctx.viewer!.personId);
    await audit(ctx, { entity: 'person', entityId: person.id, action: 'person.password_reset_sent' });
    return true;
  }

  /**
   * "Forgot password?": the same answer, in about the same time, whether or not the address has an account. Throttled
   * per client IP (TOO_MANY_REQUESTS) and, silently, to three links per account an hour (no mail-bombing a person).
   */
  async request(ctx: RequestContext, rawEmail: string): Promise<boolean> {
    const floor = sleep(REQUEST_FLOOR_MS);
    await consumeOrThrow(this.requestsPerIp, throttleKey(ctx.ip));
    const email = rawEmail.trim().toLowerCase();
    const [account] = await ctx.db.preTenantQuery<{ person_id: string; organization_id: string; active: boolean }>(
      'SELECT person_id, organization_id, active FROM auth_find_login($1)', [email],
    );
    if (account?.active && (await consumeQuietly(this.requestsPerAccount, throttleKey(email)))) {
      await asPublic(ctx, account.organization_id, async (pub) => {
        const person = await this.loadPerson(pub, account.person_id);
        if (!person?.active) return;
        await this.issue(pub, person, null);
        await audit(pub, { entity: 'person', entityId: person.id, action: 'auth.password_reset_requested' });
      });
    }
    await floor;
    return true;
  }

  /** Whose account a reset link is for. The token is the credential: read in its organisation, with no viewer. */
  async preview(ctx: RequestContext, token: string): Promise<{ personName: string; email: string; organizationName: string }> {
    const reset = await this.find(ctx, token);
    return asPublic(ctx, reset.organization_id, async (pub) => {
      const person = await this.loadPerson(pub, reset.person_id);
      if (!person?.active) throw new NotFoundError(RESET_GONE);
      return { personName: person.name, email: person.email, organizationName: person.organization_name };
    });
  }

  /**
   * Sets a new password from a reset link, in the link's organisation and a transaction of its own (no viewer): the
   * link is used up, every open reset and invitation link of the person is closed, all their sessions end, the change
   * is audited and the person is told. A refused password leaves the link usable.
   */
  async reset(ctx: RequestContext, token: string, password: string): Promise<boolean> {
    const reset = await this.find(ctx, token);
    await asPublic(ctx, reset.organization_id, async (pub) => {
      const [open] = await pub.db.query<{ requested_by: string | null }>(
        'SELECT requested_by FROM password_reset WHERE id = $1 AND used_at IS NULL AND expires_at > app_now() FOR UPDATE', [reset.reset_id],
      );
      if (!open) throw new NotFoundError(RESET_GONE);
      const person = await this.loadPerson(pub, reset.person_id);
      if (!person?.active) throw new UnauthenticatedError('This account has been deactivated');
      assertNewPassword(password, [person.name, person.email, person.organization_name]);
      const passwordHash = await hashPassword(password);
      await pub.db.query('UPDATE person SET password_hash = $2, updated_at = app_now() WHERE id = $1', [person.id, passwordHash]);
      await pub.db.query('UPDATE password_reset SET used_at = app_now() WHERE person_id = $1 AND used_at IS NULL', [person.id]);
      await pub.db.query('UPDATE invitation SET used_at = app_now() WHERE person_id = $1 AND used_at IS NULL', [person.id]);
      const revoked = await pub.db.query(
        'UPDATE auth_session SET revoked_at = app_now() WHERE person_id = $1 AND revoked_at IS NULL RETURNING id', [person.id],
      );
      await audit(pub, {
        entity: 'person', entityId: person.id, action: 'auth.password_reset',
        extra: { sessionsRevoked: revoked.length, linkSentBy: open.requested_by ?? 'self' },
      });
      await this.outbox.queue(pub, person, passwordChangedMessage({
        personName: person.name, organizationName: person.organization_name, resetUrl: this.outbox.url('/forgot-password'),
      }));
    });
    return true;
  }

  /** One open link per person: a new one closes the earlier ones. */
  private async issue(ctx: RequestContext, person: ResetPerson, requestedBy: string | null): Promise<void> {
    await ctx.db.query('UPDATE password_reset SET used_at = app_now() WHERE person_id = $1 AND used_at IS NULL', [person.id]);
    const token = newToken();
    await ctx.db.query(
      `INSERT INTO password_reset (organization_id, person_id, token_hash, requested_by, expires_at)
       VALUES ($1, $2, $3, $4, app_now() + make_interval(mins => $5))`,
      [ctx.db.organizationId, person.id, hashToken(token), requestedBy, RESET_LINK_MINUTES],
    );
    await this.outbox.queue(ctx, person, passwordResetMessage({
      personName: person.name, organizationName: person.organization_name, url: this.outbox.url(`/reset-password/${token}`),
      validMinutes: RESET_LINK_MINUTES, sentByAdmin: requestedBy !== null,
    }));
  }

  private async find(ctx: RequestContext, token: string) {
    const [reset] = await ctx.db.preTenantQuery<{ reset_id: string; person_id: string; organization_id: string }>(
      'SELECT * FROM auth_find_password_reset($1)', [hashToken(token)],
    );
    if (!reset) throw new NotFoundError(RESET_GONE);
    return reset;
  }

  private async loadPerson(ctx: RequestContext, personId: string): Promise<ResetPerson | undefined> {
    const [person] = await ctx.db.query<ResetPerson>(
      `SELECT p.id, p.name, p.email, p.active, p.password_hash, o.name AS organization_name
         FROM person p JOIN organization o ON o.id = p.organization_id WHERE p.id = $1`, [personId],
    );
    return person;
  }
}
