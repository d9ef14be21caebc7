import { Inject, Injectable } from '@nestjs/common';
import { hashPassword, PersonEntity, verifyPassword } from '@tandem/database';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { audit } from '../../common/audit';
import { asPublic } from '../../common/public-context';
import { InvalidInputError, NotFoundError, UnauthenticatedError } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import { PASSWORD_MESSAGES } from '@tandem/shared';
import { SignInNotices } from '../notifications/sign-in-notices';
import { LoginThrottle } from './login-throttle';
import {
  accountHolder, findLoginAccount, findOpenInvitation, invitationSummary, recordFailedLogin, revokeSessions, setPasswordHash, useInvitation,
  type InvitationFound,
} from './auth.repository';
import { assertNewPassword } from './password-rules';
import { SessionsService } from './sessions.service';
import { ThrottleStore } from './throttle-store';
import { hashToken } from './tokens';
import type { AcceptInvitationInput, ChangePasswordInput, LoginInput, UpdateProfileInput } from './auth.inputs';

const BAD_LOGIN = 'E-mail or password is incorrect';

@Injectable()
export class AuthService {
  private readonly throttle: LoginThrottle;
  /** A real hash to verify against when the account does not exist, so timing does not reveal which e-mails exist. */
  private readonly decoyHash: Promise<string>;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly sessions: SessionsService,
    store: ThrottleStore,
    private readonly signInNotices: SignInNotices,
  ) {
    this.throttle = new LoginThrottle(store, {
      maxFailuresPerAccountAndIp: config.loginMaxFailuresPerAccount, maxAttemptsPerIp: config.loginMaxAttemptsPerIp,
    });
    this.decoyHash = hashPassword('decoy-password-for-timing');
  }

  async login(ctx: RequestContext, input: LoginInput): Promise<{ token: string; person: PersonEntity }> {
    const email = input.email.trim().toLowerCase();
    // Charged before the password is looked at (atomically, in the shared store), so parallel guesses cannot outrun it.
    const attempt = await this.throttle.charge(email, ctx.ip);
    const account = await findLoginAccount(ctx.db, email);
    const ok = await verifyPassword(account?.passwordHash ?? (await this.decoyHash), input.password);
    if (!account || !account.passwordHash || !ok || !account.active) {
      if (account) {
        await ctx.db.isolated(account.organizationId, (em) => recordFailedLogin(em, {
          organizationId: account.organizationId, personId: account.personId, reason: !account.active ? 'inactive' : 'password', requestId: ctx.requestId,
        }));
      }
      throw new UnauthenticatedError(BAD_LOGIN);
    }
    await this.throttle.succeeded(attempt);
    const signedIn = await this.signIn(ctx, account.organizationId, account.personId);
    await audit(ctx, { entity: 'person', entityId: account.personId, action: 'auth.login' });
    return signedIn;
  }

  /**
   * Starts a session for `personId` and makes them the request's viewer. This binds the request to their organisation
   * (the first binding; a request already signed in to another organisation is refused by RequestDb).
   */
  private async signIn(ctx: RequestContext, organizationId: string, personId: string): Promise<{ token: string; person: PersonEntity }> {
    ctx.db.bindTenant(organizationId);
    const { token, sessionId } = await this.sessions.start(ctx, personId);
    const viewer = await this.sessions.loadViewer(ctx.db, personId, sessionId);
    if (!viewer) throw new UnauthenticatedError('This account has been deactivated');
    ctx.viewer = viewer;
    const person = await ctx.loaders.person.load(personId);
    await this.signInNotices.signedIn(ctx, { id: personId, name: viewer.name, email: viewer.email });
    return { token, person: person! };
  }

  async logout(ctx: RequestContext): Promise<boolean> {
    const viewer = ctx.viewer!;
    await this.sessions.revoke(ctx, viewer.sessionId);
    await audit(ctx, { entity: 'person', entityId: viewer.personId, action: 'auth.logout' });
    return true;
  }

  /** Who an invitation is for. The token is the credential: read in the invitation's organisation, with no viewer. */
  async invitationPreview(ctx: RequestContext, token: string) {
    const invitation = await this.findInvitation(ctx, token);
    return asPublic(ctx, invitation.organizationId, async (pub) => {
      const row = await pub.db.run((em) => invitationSummary(em, invitation.invitationId));
      return { personName: row!.name, email: row!.email, organizationName: row!.org, passwordChosen: row!.chosen };
    });
  }

  /**
   * Sets the invited person's password and marks the one-time link used — in the invitation's organisation, in a
   * transaction of its own with no viewer — then signs them in. A request already signed in to another organisation
   * is refused before anything is used up.
   */
  async acceptInvitation(ctx: RequestContext, input: AcceptInvitationInput) {
    const invitation = await this.findInvitation(ctx, input.token);
    ctx.db.assertMayBind(invitation.organizationId);
    const chosenNow = input.password ? await hashPassword(input.password) : null;
    await asPublic(ctx, invitation.organizationId, async (pub) => {
      const used = await pub.db.run((em) => useInvitation(em, invitation.invitationId));
      if (!used) throw new NotFoundError('Invitation');
      const person = await pub.db.run((em) => accountHolder(em, invitation.personId));
      if (!person?.active) throw new UnauthenticatedError('This account has been deactivated');
      // A self-serve founder chose their password at sign-up (checked then); opening the link confirms the address.
      if (input.password) assertNewPassword(input.password, [person.name, person.email, person.organizationName]);
      const passwordHash = chosenNow ?? used.passwordHash;
      if (!passwordHash) throw new InvalidInputError(PASSWORD_MESSAGES.tooShort, { fields: ['password'] });
      await pub.db.run((em) => setPasswordHash(em, invitation.personId, passwordHash));
      await audit(pub, { entity: 'person', entityId: invitation.personId, action: 'invitation.accepted' });
    });
    return this.signIn(ctx, invitation.organizationId, invitation.personId);
  }

  async changePassword(ctx: RequestContext, input: ChangePasswordInput): Promise<boolean> {
    const viewer = ctx.viewer!;
    const account = await ctx.db.run((em) => accountHolder(em, viewer.personId));
    const ok = account?.passwordHash ? await verifyPassword(account.passwordHash, input.currentPassword) : false;
    if (!ok) throw new InvalidInputError('Your current password is not correct');
    if (input.currentPassword === input.newPassword) throw new InvalidInputError('Choose a new password that differs from the current one');
    assertNewPassword(input.newPassword, [viewer.name, viewer.email, account?.organizationName], 'newPassword');
    const passwordHash = await hashPassword(input.newPassword);
    await ctx.db.run(async (em) => {
      await setPasswordHash(em, viewer.personId, passwordHash);
      // Every other session of this person ends; this one stays.
      await revokeSessions(em, viewer.personId, viewer.sessionId);
    });
    await audit(ctx, { entity: 'person', entityId: viewer.personId, action: 'auth.password_changed' });
    return true;
  }

  async updateProfile(ctx: RequestContext, input: UpdateProfileInput): Promise<PersonEntity> {
    const viewer = ctx.viewer!;
    const before = (await ctx.loaders.person.load(viewer.personId))!;
    const changes = { name: input.name.trim(), jobTitle: input.jobTitle?.trim() ?? before.jobTitle, updatedAt: ctx.clock.now() };
    await ctx.db.run((em) => em.getRepository(PersonEntity).update({ id: viewer.personId }, changes));
    const after: PersonEntity = { ...before, ...changes };
    await audit(ctx, {
      entity: 'person', entityId: viewer.personId, action: 'person.profile_updated',
      before: { name: before.name, jobTitle: before.jobTitle }, after: { name: after.name, jobTitle: after.jobTitle },
    });
    return after;
  }

  private async findInvitation(ctx: RequestContext, token: string): Promise<InvitationFound> {
    const invitation = await findOpenInvitation(ctx.db, hashToken(token));
    if (!invitation) throw new NotFoundError('Invitation (it may have been used or expired)');
    return invitation;
  }
}
