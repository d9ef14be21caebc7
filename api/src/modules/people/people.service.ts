import { todayOn } from '@tandem/shared';
import { Injectable } from '@nestjs/common';
import type { Role } from '@tandem/shared';
import {
  applyRollupDeltas, checklistDeltas, InvitationEntity, PersonEntity, ProgramEntity, RoleGrantEntity, SupervisionAssignmentEntity, TeamEntity,
  TeamMembershipEntity,
} from '@tandem/database';
import { IsNull } from 'typeorm';
import { audit, diff } from '../../common/audit';
import { ConflictError, InvalidInputError, NotFoundError } from '../../common/errors';
import { peopleQuery } from '../../common/loaders';
import type { RequestContext } from '../../common/request-context';
import { personWhere } from '../../common/scope';
import { hashToken, newToken } from '../auth/tokens';
import { SessionsService } from '../auth/sessions.service';
import { OutboxService } from '../outbox/outbox.service';
import { invitationMessage } from '../outbox/outbox.templates';
import type {
  AssignSupervisorInput, AssignTeamInput, InvitePersonInput, PeopleFilterInput, SetPersonRolesInput, UpdatePersonInput,
} from './person.inputs';
import {
  activeAdminCount, addresseeOf, attributeChecklists, currentSupervisees, endOpenAssignment, endOpenMembership, isActiveSupervisor, isEmailTaken,
  searchPeople, submittedElsewhereSince,
} from './people.repository';
import { appNow } from '../../common/sql-time';

const INVITATION_DAYS = 14;

@Injectable()
export class PeopleService {
  constructor(
    private readonly sessions: SessionsService,
    private readonly outbox: OutboxService,
  ) {}

  async list(ctx: RequestContext, filter: PeopleFilterInput, skip: number, take: number): Promise<{ items: PersonEntity[]; totalCount: number }> {
    const [items, totalCount] = await ctx.db.run((em) => searchPeople(em, ctx.viewer!, filter, skip, take));
    return { items, totalCount };
  }

  /** A person the viewer may see; anyone else (including other organisations) is NOT_FOUND. */
  async get(ctx: RequestContext, id: string): Promise<PersonEntity> {
    const scope = personWhere(ctx.viewer!, 'p.id');
    const person = await ctx.db.run((em) => peopleQuery(em).where('p.id = :id', { id }).andWhere(scope.sql, scope.params).getOne());
    if (!person) throw new NotFoundError('Person');
    return person;
  }

  /** Adds a person; their one-time invitation link goes to their message in the outbox, not to the admin. */
  async invite(ctx: RequestContext, input: InvitePersonInput): Promise<PersonEntity> {
    const email = input.email.trim().toLowerCase();
    await this.assertEmailFree(ctx, email);
    const person = await ctx.db.run((em) => {
      const repo = em.getRepository(PersonEntity);
      return repo.save(repo.create({
        organizationId: ctx.db.organizationId!, name: input.name.trim(), email, jobTitle: input.jobTitle?.trim() ?? '',
        livedExperience: input.livedExperience ?? false, startedOn: input.startedOn ?? todayOn(ctx.clock), passwordHash: null,
      }));
    });
    await this.writeRoles(ctx, person.id, input.roles, input.managedProgramIds ?? []);
    if (input.teamId) await this.moveToTeam(ctx, person.id, input.teamId, input.startedOn ?? todayOn(ctx.clock));
    if (input.supervisorId) await this.setSupervisor(ctx, person.id, input.supervisorId, input.startedOn ?? todayOn(ctx.clock));
    await this.issueInvitation(ctx, person.id);
    await audit(ctx, {
      entity: 'person', entityId: person.id, action: 'person.invited',
      after: { roles: input.roles, teamId: input.teamId ?? null, supervisorId: input.supervisorId ?? null },
    });
    return person;
  }

  /**
   * A fresh invitation for someone who has never accepted one (no password yet); earlier links stop working. An admin
   * manages accounts but never takes one over: once the person has a password, only a reset link *to them* can change it.
   */
  async resendInvitation(ctx: RequestContext, personId: string): Promise<boolean> {
    const person = await this.get(ctx, personId);
    if (!person.active) throw new InvalidInputError('Reactivate this person before sending a new invitation');
    if (person.passwordHash !== null) {
      throw new InvalidInputError(`${person.name} has already accepted their invitation. To help them sign in, send a password reset link.`);
    }
    await ctx.db.run((em) => em.getRepository(InvitationEntity).update({ personId, usedAt: IsNull() }, { usedAt: appNow }));
    await this.issueInvitation(ctx, personId);
    await audit(ctx, { entity: 'person', entityId: personId, action: 'person.invitation_reissued' });
    return true;
  }

  async update(ctx: RequestContext, input: UpdatePersonInput): Promise<PersonEntity> {
    const before = await this.get(ctx, input.personId);
    const email = input.email?.trim().toLowerCase();
    if (email && email !== before.email) await this.assertEmailFree(ctx, email);
    const set = {
      name: input.name?.trim() ?? before.name, email: email ?? before.email, jobTitle: input.jobTitle?.trim() ?? before.jobTitle,
      livedExperience: input.livedExperience ?? before.livedExperience, startedOn: input.startedOn ?? before.startedOn, updatedAt: ctx.clock.now(),
    };
    await ctx.db.run((em) => em.getRepository(PersonEntity).update({ id: before.id }, set));
    const after: PersonEntity = { ...before, ...set };
    const pick = (p: PersonEntity) => ({ name: p.name, email: p.email, jobTitle: p.jobTitle, livedExperience: p.livedExperience, startedOn: p.startedOn });
    // E-mail addresses are personal data: the audit records that it changed, not the values.
    const changes = diff(pick(before), pick(after));
    if (changes.email) changes.email = ['(changed)', '(changed)'];
    if (changes.name) changes.name = ['(changed)', '(changed)'];
    await audit(ctx, { entity: 'person', entityId: before.id, action: 'person.updated', extra: { changes } });
    return after;
  }

  async setRoles(ctx: RequestContext, input: SetPersonRolesInput): Promise<PersonEntity> {
    const person = await this.get(ctx, input.personId);
    const grants = await ctx.db.run((em) => em.getRepository(RoleGrantEntity).find({ select: { id: true, role: true, programId: true }, where: { personId: person.id } }));
    // The audit record keeps its established shape ({ role, program_id }) so earlier and later entries read alike.
    const before = grants.map((g) => ({ role: g.role, program_id: g.programId }));
    if (before.some((g) => g.role === 'ADMIN') && !input.roles.includes('ADMIN' as never)) await this.assertAnotherAdmin(ctx, person.id);
    await ctx.db.run((em) => em.getRepository(RoleGrantEntity).delete({ personId: person.id }));
    await this.writeRoles(ctx, person.id, input.roles, input.managedProgramIds ?? []);
    await audit(ctx, {
      entity: 'person', entityId: person.id, action: 'person.roles_changed',
      before: { grants: before }, after: { roles: input.roles, managedProgramIds: input.managedProgramIds ?? [] },
    });
    ctx.loaders.grantsByPerson.clear(person.id);
    return person;
  }

  async assignTeam(ctx: RequestContext, input: AssignTeamInput): Promise<PersonEntity> {
    const person = await this.get(ctx, input.personId);
    const startsOn = input.startsOn ?? todayOn(ctx.clock);
    const current = await this.currentTeamId(ctx, person.id);
    if (current === input.teamId) return person;
    await this.moveToTeam(ctx, person.id, input.teamId ?? null, startsOn);
    await audit(ctx, {
      entity: 'person', entityId: person.id, action: 'person.team_changed',
      before: { teamId: current ?? null }, after: { teamId: input.teamId ?? null, startsOn },
    });
    ctx.loaders.membershipsByPerson.clear(person.id);
    return person;
  }

  async assignSupervisor(ctx: RequestContext, input: AssignSupervisorInput): Promise<PersonEntity> {
    const person = await this.get(ctx, input.superviseeId);
    const startsOn = input.startsOn ?? todayOn(ctx.clock);
    const current = await this.currentSupervisorId(ctx, person.id);
    if (current === input.supervisorId) return person;
    await this.setSupervisor(ctx, person.id, input.supervisorId ?? null, startsOn);
    await audit(ctx, {
      entity: 'person', entityId: person.id, action: 'person.supervisor_changed',
      before: { supervisorId: current ?? null }, after: { supervisorId: input.supervisorId ?? null, startsOn },
    });
    ctx.loaders.supervisorsBySupervisee.clear(person.id);
    return person;
  }

  /** Deactivation signs the person out everywhere at once (sessions are server-side) and keeps all their history. */
  async setActive(ctx: RequestContext, personId: string, active: boolean): Promise<PersonEntity> {
    const person = await this.get(ctx, personId);
    if (!active && person.id === ctx.viewer!.personId) throw new InvalidInputError('You cannot deactivate your own account');
    if (!active) await this.assertAnotherAdmin(ctx, person.id);
    const set = { active, updatedAt: ctx.clock.now() };
    await ctx.db.run((em) => em.getRepository(PersonEntity).update({ id: person.id }, set));
    const revoked = active ? 0 : await this.sessions.revokeAllFor(ctx, person.id);
    await audit(ctx, {
      entity: 'person', entityId: person.id, action: active ? 'person.reactivated' : 'person.deactivated',
      before: { active: person.active }, after: { active }, extra: { sessionsRevoked: revoked },
    });
    ctx.loaders.person.clear(person.id);
    return { ...person, ...set };
  }

  // ── building blocks shared with the roster import ──────────────────────────────────────────────

  /** Current, active supervisees of a supervisor that the viewer may see, by name. */
  async currentSupervisees(ctx: RequestContext, supervisorId: string): Promise<PersonEntity[]> {
    return ctx.db.run((em) => currentSupervisees(em, ctx.viewer!, supervisorId));
  }

  /** The team of `personId`'s open membership, if any. */
  async currentTeamId(ctx: RequestContext, personId: string): Promise<string | undefined> {
    const open = await ctx.db.run((em) => em.getRepository(TeamMembershipEntity).findOne({ select: { id: true, teamId: true }, where: { personId, endsOn: IsNull() } }));
    return open?.teamId;
  }

  /** The supervisor of `superviseeId`'s open assignment, if any. */
  async currentSupervisorId(ctx: RequestContext, superviseeId: string): Promise<string | undefined> {
    const open = await ctx.db.run((em) => em.getRepository(SupervisionAssignmentEntity).findOne({ select: { id: true, supervisorId: true }, where: { superviseeId, endsOn: IsNull() } }));
    return open?.supervisorId;
  }

  async assertEmailFree(ctx: RequestContext, email: string): Promise<void> {
    if (await ctx.db.run((em) => isEmailTaken(em, email))) throw new ConflictError('Someone with this e-mail address already has an account', { field: 'email' });
  }

  async writeRoles(ctx: RequestContext, personId: string, roles: Role[], managedProgramIds: string[]): Promise<void> {
    if (managedProgramIds.length && !roles.includes('PROGRAM_MANAGER')) {
      throw new InvalidInputError('Program limits only apply to the PROGRAM_MANAGER role', { field: 'managedProgramIds' });
    }
    if (managedProgramIds.length) {
      const found = await ctx.db.run((em) => em.getRepository(ProgramEntity).createQueryBuilder('p').where('p.id = ANY(:ids::uuid[])', { ids: managedProgramIds }).getCount());
      if (found !== new Set(managedProgramIds).size) throw new InvalidInputError('One of the programs does not exist', { field: 'managedProgramIds' });
    }
    const grants = [...new Set(roles)].flatMap((role) => {
      const scopes = role === 'PROGRAM_MANAGER' && managedProgramIds.length ? [...new Set(managedProgramIds)] : [null];
      return scopes.map((programId) => ({ organizationId: ctx.db.organizationId!, personId, role, programId }));
    });
    if (grants.length) await ctx.db.run((em) => em.getRepository(RoleGrantEntity).insert(grants));
  }

  /** Ends the current membership the day before `startsOn` and opens the new one: history is kept. */
  async moveToTeam(ctx: RequestContext, personId: string, teamId: string | null, startsOn: string): Promise<void> {
    if (teamId) {
      const exists = await ctx.db.run((em) => em.getRepository(TeamEntity).existsBy({ id: teamId, archivedAt: IsNull() }));
      if (!exists) throw new InvalidInputError('That team does not exist or is archived', { field: 'teamId' });
    }
    await ctx.db.run((em) => endOpenMembership(em, personId, startsOn));
    if (teamId) {
      await ctx.db.run((em) => em.getRepository(TeamMembershipEntity).insert({ organizationId: ctx.db.organizationId!, personId, teamId, startsOn }));
      await this.reattributeChecklists(ctx, personId, teamId, startsOn);
    }
  }

  /**
   * A move dated in the past means checklists submitted since then belong to the new team: re-attribute them and
   * move their contribution between the teams' rollups (same transaction).
   */
  private async reattributeChecklists(ctx: RequestContext, personId: string, teamId: string, startsOn: string): Promise<void> {
    const ids = await ctx.db.run((em) => submittedElsewhereSince(em, personId, startsOn, teamId));
    if (ids.length === 0) return;
    await ctx.db.run(async (em) => {
      await applyRollupDeltas(em, ctx.db.organizationId!, await checklistDeltas(em, ids, -1));
      await attributeChecklists(em, ids, teamId);
      await applyRollupDeltas(em, ctx.db.organizationId!, await checklistDeltas(em, ids, 1));
    });
  }

  async setSupervisor(ctx: RequestContext, superviseeId: string, supervisorId: string | null, startsOn: string): Promise<void> {
    if (supervisorId) {
      if (supervisorId === superviseeId) throw new InvalidInputError('A person cannot supervise themselves', { field: 'supervisorId' });
      if (!(await ctx.db.run((em) => isActiveSupervisor(em, supervisorId)))) throw new InvalidInputError('The supervisor must be an active person with the SUPERVISOR role', { field: 'supervisorId' });
    }
    await ctx.db.run((em) => endOpenAssignment(em, superviseeId, startsOn));
    if (supervisorId) {
      await ctx.db.run((em) => em.getRepository(SupervisionAssignmentEntity).insert({ organizationId: ctx.db.organizationId!, supervisorId, superviseeId, startsOn }));
    }
  }

  /** Creates a one-time invitation link and puts it in the person's message (the outbox); returns the message id. */
  async issueInvitation(ctx: RequestContext, personId: string): Promise<string> {
    const token = newToken();
    await ctx.db.run((em) => em.getRepository(InvitationEntity).insert({
      organizationId: ctx.db.organizationId!, personId, tokenHash: hashToken(token), createdBy: ctx.viewer?.personId ?? null,
      expiresAt: () => `app_now() + make_interval(days => ${INVITATION_DAYS})`,
    }));
    const person = await ctx.db.run((em) => addresseeOf(em, personId));
    return this.outbox.queue(ctx, { id: personId, email: person!.email }, invitationMessage({
      personName: person!.name, organizationName: person!.org, invitedBy: ctx.viewer?.name ?? null,
      url: this.outbox.url(`/invite/${token}`), validDays: INVITATION_DAYS,
    }));
  }

  /** Guard for bulk changes: the organisation must still have an active administrator. */
  async assertAdminRemains(ctx: RequestContext): Promise<void> {
    if ((await ctx.db.run((em) => activeAdminCount(em))) === 0) throw new InvalidInputError('The organisation needs at least one active administrator');
  }

  private async assertAnotherAdmin(ctx: RequestContext, personId: string): Promise<void> {
    const others = await ctx.db.run((em) => activeAdminCount(em, personId));
    const isAdmin = await ctx.db.run((em) => em.getRepository(RoleGrantEntity).existsBy({ personId, role: 'ADMIN' }));
    if (isAdmin && others === 0) {
      throw new InvalidInputError('The organisation needs at least one active administrator');
    }
  }
}
