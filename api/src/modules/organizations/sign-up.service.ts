import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { todayOn } from '@tandem/shared';
import {
  ensureDefaultInstruments, hashPassword, InvitationEntity, OrganizationEntity, PersonEntity, RoleGrantEntity,
} from '@tandem/database';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { audit } from '../../common/audit';
import { ForbiddenError, isUniqueViolation } from '../../common/errors';
import { asPublic } from '../../common/public-context';
import type { RequestContext } from '../../common/request-context';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { consumeOrThrow, throttleKey, ThrottleStore } from '../auth/throttle-store';
import { hashToken, newToken } from '../auth/tokens';
import { OutboxService } from '../outbox/outbox.service';
import { signUpAttemptMessage, signUpConfirmationMessage } from '../outbox/outbox.templates';
import type { CreateOrganizationInput } from './organization.inputs';

/** The founder's confirmation link is an invitation that carries the password they chose; valid as long as one. */
const CONFIRMATION_DAYS = 14;
/** Sign-up answers no sooner than this, so an address with an account and a new one take about the same time. */
const ANSWER_FLOOR_MS = 600;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Self-serve sign-up that does not tell anyone whether an e-mail address has an account. Every valid request gets the
 * same answer ("check your e-mail"), after about the same time, throttled per client IP:
 *  - a new address: the organisation and its first admin are created, the admin's chosen password waits on a
 *    single-use confirmation link that goes to their message (the outbox until mail is set up); opening it signs them
 *    in. Nobody can sign in to an address they do not control.
 *  - an address that already has an account: nothing is created; that person gets a message that someone tried,
 *    with links to sign in or choose a new password.
 * Both run in a transaction of their own, scoped to the organisation concerned, with no viewer.
 */
@Injectable()
export class SignUpService {
  private readonly perIp: RateLimiterAbstract;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxService,
    store: ThrottleStore,
  ) {
    this.perIp = store.limiter({ keyPrefix: 'signup-ip', points: config.signupMaxPerIp, duration: 3600 });
  }

  async signUp(ctx: RequestContext, input: CreateOrganizationInput): Promise<boolean> {
    if (!this.config.signup) throw new ForbiddenError('Creating organisations is turned off on this server');
    const floor = sleep(ANSWER_FLOOR_MS);
    await consumeOrThrow(this.perIp, throttleKey(ctx.ip));
    const email = input.email.trim().toLowerCase();
    // Hashed either way, so both paths cost the same.
    const passwordHash = await hashPassword(input.password);
    const [account] = await ctx.db.preTenantQuery<{ person_id: string; organization_id: string }>(
      'SELECT person_id, organization_id FROM auth_find_login($1)', [email],
    );
    if (account) {
      await this.tellExistingAccount(ctx, account.organization_id, account.person_id);
    } else {
      try {
        await this.createPending(ctx, input, email, passwordHash);
      } catch (e) {
        // Someone took the address a moment ago: answer as for any address with an account (its owner is told).
        if (!isUniqueViolation(e)) throw e;
      }
    }
    await floor;
    return true;
  }

  private async createPending(ctx: RequestContext, input: CreateOrganizationInput, email: string, passwordHash: string): Promise<void> {
    const orgId = randomUUID();
    const organizationName = input.organizationName.trim();
    const adminName = input.adminName.trim();
    await asPublic(ctx, orgId, async (pub) => {
      const token = newToken();
      const personId = await pub.db.run(async (em) => {
        await em.getRepository(OrganizationEntity).insert({ id: orgId, name: organizationName });
        await ensureDefaultInstruments(em, orgId);
        const { identifiers: [person] } = await em.getRepository(PersonEntity).insert({
          organizationId: orgId, name: adminName, email, jobTitle: 'Administrator', startedOn: todayOn(ctx.clock),
        });
        const id = (person as { id: string }).id;
        await em.getRepository(RoleGrantEntity).insert({ organizationId: orgId, personId: id, role: 'ADMIN' });
        await em.getRepository(InvitationEntity).insert({
          organizationId: orgId, personId: id, tokenHash: hashToken(token), passwordHash,
          expiresAt: () => `app_now() + make_interval(days => ${CONFIRMATION_DAYS})`,
        });
        return id;
      });
      await this.outbox.queue(pub, { id: personId, email }, signUpConfirmationMessage({
        personName: adminName, organizationName, url: this.outbox.url(`/invite/${token}`), validDays: CONFIRMATION_DAYS,
      }));
      await audit(pub, { entity: 'organization', entityId: orgId, action: 'organization.created', after: { name: organizationName } });
    });
  }

  private async tellExistingAccount(ctx: RequestContext, organizationId: string, personId: string): Promise<void> {
    await asPublic(ctx, organizationId, async (pub) => {
      const person = await pub.db.run((em) => em.getRepository(PersonEntity).createQueryBuilder('p')
        .innerJoin(OrganizationEntity, 'o', 'o.id = p.organizationId')
        .select('p.name', 'name').addSelect('p.email', 'email').addSelect('o.name', 'org')
        .where('p.id = :personId', { personId }).getRawOne<Pick<PersonEntity, 'name' | 'email'> & { org: string }>());
      if (!person) return;
      await this.outbox.queue(pub, { id: personId, email: person.email }, signUpAttemptMessage({
        personName: person.name, organizationName: person.org,
        signInUrl: this.outbox.url('/sign-in'), resetUrl: this.outbox.url('/forgot-password'),
      }));
      await audit(pub, { entity: 'person', entityId: personId, action: 'auth.sign_up_attempted' });
    });
  }
}
