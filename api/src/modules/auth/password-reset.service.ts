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
import {
  accountHolder, closeInvitations, closeResetLinks, findLoginAccount, findOpenResetLink, insertResetLink, lockOpenResetLink, revokeSessions,
  setPasswordHash, type AccountHolder, type ResetLinkFound,
} from './auth.repository';
import { assertNewPassword } from './password-rules';
import { consumeOrThrow, consumeQuietly, throttleKey, ThrottleStore } from './throttle-store';
import { hashToken, newToken } from './tokens';

/** A reset link works once, for an hour. */
export const RESET_LINK_MINUTES = 60;
/** "Forgot password?" answers no sooner than this, so a known address and an unknown one take the same time. */
const REQUEST_FLOOR_MS = 300;
const RESET_GONE = 'Password reset link (it may have been used or expired)';

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
    if (!person.passwordHash) {
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
    const account = await findLoginAccount(ctx.db, email);
    if (account?.active && (await consumeQuietly(this.requestsPerAccount, throttleKey(email)))) {
      await asPublic(ctx, account.organizationId, async (pub) => {
        const person = await this.loadPerson(pub, account.personId);
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
    return asPublic(ctx, reset.organizationId, async (pub) => {
      const person = await this.loadPerson(pub, reset.personId);
      if (!person?.active) throw new NotFoundError(RESET_GONE);
      return { personName: person.name, email: person.email, organizationName: person.organizationName };
    });
  }

  /**
   * Sets a new password from a reset link, in the link's organisation and a transaction of its own (no viewer): the
   * link is used up, every open reset and invitation link of the person is closed, all their sessions end, the change
   * is audited and the person is told. A refused password leaves the link usable.
   */
  async reset(ctx: RequestContext, token: string, password: string): Promise<boolean> {
    const reset = await this.find(ctx, token);
    await asPublic(ctx, reset.organizationId, async (pub) => {
      const open = await pub.db.run((em) => lockOpenResetLink(em, reset.resetId));
      if (!open) throw new NotFoundError(RESET_GONE);
      const person = await this.loadPerson(pub, reset.personId);
      if (!person?.active) throw new UnauthenticatedError('This account has been deactivated');
      assertNewPassword(password, [person.name, person.email, person.organizationName]);
      const passwordHash = await hashPassword(password);
      const sessionsRevoked = await pub.db.run(async (em) => {
        await setPasswordHash(em, person.id, passwordHash);
        await closeResetLinks(em, person.id);
        await closeInvitations(em, person.id);
        return revokeSessions(em, person.id);
      });
      await audit(pub, {
        entity: 'person', entityId: person.id, action: 'auth.password_reset',
        extra: { sessionsRevoked, linkSentBy: open.requestedBy ?? 'self' },
      });
      await this.outbox.queue(pub, person, passwordChangedMessage({
        personName: person.name, organizationName: person.organizationName, resetUrl: this.outbox.url('/forgot-password'),
      }));
    });
    return true;
  }

  /** One open link per person: a new one closes the earlier ones. */
  private async issue(ctx: RequestContext, person: AccountHolder, requestedBy: string | null): Promise<void> {
    const token = newToken();
    await ctx.db.run(async (em) => {
      await closeResetLinks(em, person.id);
      await insertResetLink(em, { organizationId: ctx.db.organizationId!, personId: person.id, tokenHash: hashToken(token), requestedBy }, RESET_LINK_MINUTES);
    });
    await this.outbox.queue(ctx, person, passwordResetMessage({
      personName: person.name, organizationName: person.organizationName, url: this.outbox.url(`/reset-password/${token}`),
      validMinutes: RESET_LINK_MINUTES, sentByAdmin: requestedBy !== null,
    }));
  }

  private async find(ctx: RequestContext, token: string): Promise<ResetLinkFound> {
    const reset = await findOpenResetLink(ctx.db, hashToken(token));
    if (!reset) throw new NotFoundError(RESET_GONE);
    return reset;
  }

  private loadPerson(ctx: RequestContext, personId: string): Promise<AccountHolder | undefined> {
    return ctx.db.run((em) => accountHolder(em, personId));
  }
}
