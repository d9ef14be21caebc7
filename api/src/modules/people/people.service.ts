import { todayOn } from '@tandem/shared';
import { Injectable } from '@nestjs/common';
import type { Role } from '@tandem/shared';
import { applyRollupDeltas, checklistDeltas } from '@tandem/database';
import { audit, diff } from '../../common/audit';
import { ConflictError, InvalidInputError, NotFoundError } from '../../common/errors';
import type { PersonRow } from '../../common/loaders';
import type { RequestContext } from '../../common/request-context';
import { personScope } from '../../common/scope';
import { hashToken, newToken } from '../auth/tokens';
import { SessionsService } from '../auth/sessions.service';
import { OutboxService } from '../outbox/outbox.service';
import { invitationMessage } from '../outbox/outbox.templates';
import type {
  AssignSupervisorInput, AssignTeamInput, InvitePersonInput, PeopleFilterInput, SetPersonRolesInput, UpdatePersonInput,
} from './person.inputs';

const INVITATION_DAYS = 14;

@Injectable()
export class PeopleService {
  constructor(
    private readonly sessions: SessionsService,
    private readonly outbox: OutboxService,
  ) {}

  async list(ctx: RequestContext, filter: PeopleFilterInput, skip: number, take: number): Promise<{ items: PersonRow[]; totalCount: number }> {
    const scope = personScope(ctx.viewer!, 'p.id', 6);
    const where = `($1::text IS NULL OR p.name ILIKE '%' || $1 || '%' OR p.email ILIKE '%' || $1 || '%')
      AND ($2::uuid IS NULL OR EXISTS (SELECT 1 FROM team_membership tm WHERE tm.person_id = p.id AND tm.ends_on IS NULL AND tm.team_id = $2))
      AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM role_grant g WHERE g.person_id = p.id AND g.role = $3))
      AND ($4::boolean OR p.active) AND ${scope.sql}`;
    const search = filter.search?.trim().replace(/[%_\\]/g, (c) => `\\${c}`) || null;
    const params = [search, filter.teamId ?? null, filter.role ?? null, !!filter.includeInactive, null, ...scope.params];
    const [count] = await ctx.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM person p WHERE ${where} AND $5::int IS NULL`, params);
    const items = await ctx.db.query<PersonRow>(
      `SELECT p.* FROM person p WHERE ${where} AND $5::int IS NULL ORDER BY p.name, p.id OFFSET ${skip} LIMIT ${take}`, params,
    );
    return { items, totalCount: count?.n ?? 0 };
  }

  /** A person the viewer may see; anyone else (including other organisations) is NOT_FOUND. */
  async get(ctx: RequestContext, id: string): Promise<PersonRow> {
    const scope = personScope(ctx.viewer!, 'p.id', 2);
    const [row] = await ctx.db.query<PersonRow>(`SELECT p.* FROM person p WHERE p.id = $1 AND ${scope.sql}`, [id, ...scope.params]);
    if (!row) throw new NotFoundError('Person');
    return row;
  }

  /** Adds a person; their one-time invitation link goes to their message in the outbox, not to the admin. */
  async invite(ctx: RequestContext, input: InvitePersonInput): Promise<PersonRow> {
    const email = input.email.trim().toLowerCase();
    await this.assertEmailFree(ctx, email);
    const [person] = await ctx.db.query<PersonRow>(
      `INSERT INTO person (organization_id, name, email, job_title, lived_experience, started_on)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
      [ctx.db.organizationId, input.name.trim(), email, input.jobTitle?.trim() ?? '', input.livedExperience ?? false, input.startedOn ?? todayOn(ctx.clock)],
    );
    await this.writeRoles(ctx, person!.id, input.roles, input.managedProgramIds ?? []);
    if (input.teamId) await this.moveToTeam(ctx, person!.id, input.teamId, input.startedOn ?? todayOn(ctx.clock));
    if (input.supervisorId) await this.setSupervisor(ctx, person!.id, input.supervisorId, input.startedOn ?? todayOn(ctx.clock));
    await this.issueInvitation(ctx, person!.id);
    await audit(ctx, {
      entity: 'person', entityId: person!.id, action: 'person.invited',
      after: { roles: input.roles, teamId: input.teamId ?? null, supervisorId: input.supervisorId ?? null },
    });
    return person!;
  }

  /**
   * A fresh invitation for someone who has never accepted one (no password yet); earlier links stop working. An admin
   * manages accounts but never takes one over: once the person has a password, only a reset link *to them* can change it.
   */
  async resendInvitation(ctx: RequestContext, personId: string): Promise<boolean> {
    const person = await this.get(ctx, personId);
    if (!person.active) throw new InvalidInputError('Reactivate this person before sending a new invitation');
    if (person.password_hash !== null) {
      throw new InvalidInputError(`${person.name} has already accepted their invitation. To help them sign in, send a password reset link.`);
    }
    await ctx.db.query('UPDATE invitation SET used_at = app_now() WHERE person_id = $1 AND used_at IS NULL', [personId]);
    await this.issueInvitation(ctx, personId);
    await audit(ctx, { entity: 'person', entityId: personId, action: 'person.invitation_reissued' });
    return true;
  }

  async update(ctx: RequestContext, input: UpdatePersonInput): Promise<PersonRow> {
    const before = await this.get(ctx, input.personId);
    const email = input.email?.trim().toLowerCase();
    if (email && email !== before.email) await this.assertEmailFree(ctx, email);
    const [row] = await ctx.db.query<PersonRow>(
      `UPDATE person SET name = $2, email = $3, job_title = $4, lived_experience = $5, started_on = $6, updated_at = app_now()
       WHERE id = $1 RETURNING *`,
      [before.id, input.name?.trim() ?? before.name, email ?? before.email, input.jobTitle?.trim() ?? before.job_title,
        input.livedExperience ?? before.lived_experience, input.startedOn ?? before.started_on],
    );
    const pick = (r: PersonRow) => ({ name: r.name, email: r.email, jobTitle: r.job_title, livedExperience: r.lived_experience, startedOn: r.started_on });
    // E-mail addresses are personal data: the audit records that it changed, not the values.
    const changes = diff(pick(before), pick(row!));
    if (changes.email) changes.email = ['(changed)', '(changed)'];
    if (changes.name) changes.name = ['(changed)', '(changed)'];
    await audit(ctx, { entity: 'person', entityId: before.id, action: 'person.updated', extra: { changes } });
    return row!;
  }

  async setRoles(ctx: RequestContext, input: SetPersonRolesInput): Promise<PersonRow> {
    const person = await this.get(ctx, input.personId);
    const before = await ctx.db.query<{ role: Role; program_id: string | null }>('SELECT role, program_id FROM role_grant WHERE person_id = $1', [person.id]);
    if (before.some((g) => g.role === 'ADMIN') && !input.roles.includes('ADMIN' as never)) await this.assertAnotherAdmin(ctx, person.id);
    await ctx.db.query('DELETE FROM role_grant WHERE person_id = $1', [person.id]);
    await this.writeRoles(ctx, person.id, input.roles, input.managedProgramIds ?? []);
    await audit(ctx, {
      entity: 'person', entityId: person.id, action: 'person.roles_changed',
      before: { grants: before }, after: { roles: input.roles, managedProgramIds: input.managedProgramIds ?? [] },
    });
    ctx.loaders.grantsByPerson.clear(person.id);
    return person;
  }

  async assignTeam(ctx: RequestContext, input: AssignTeamInput): Promise<PersonRow> {
    const person = await this.get(ctx, input.personId);
    const startsOn = input.startsOn ?? todayOn(ctx.clock);
    const [current] = await ctx.db.query<{ team_id: string }>('SELECT team_id FROM team_membership WHERE person_id = $1 AND ends_on IS NULL', [person.id]);
    if (current?.team_id === input.teamId) return person;
    await this.moveToTeam(ctx, person.id, input.teamId ?? null, startsOn);
    await audit(ctx, {
      entity: 'person', entityId: person.id, action: 'person.team_changed',
      before: { teamId: current?.team_id ?? null }, after: { teamId: input.teamId ?? null, startsOn },
    });
    ctx.loaders.membershipsByPerson.clear(person.id);
    return person;
  }

  async assignSupervisor(ctx: RequestContext, input: AssignSupervisorInput): Promise<PersonRow> {
    const person = await this.get(ctx, input.superviseeId);
    const startsOn = input.startsOn ?? todayOn(ctx.clock);
    const [current] = await ctx.db.query<{ supervisor_id: string }>(
      'SELECT supervisor_id FROM supervision_assignment WHERE supervisee_id = $1 AND ends_on IS NULL', [person.id],
    );
    if (current?.supervisor_id === input.supervisorId) return person;
    await this.setSupervisor(ctx, person.id, input.supervisorId ?? null, startsOn);
    await audit(ctx, {
      entity: 'person', entityId: person.id, action: 'person.supervisor_changed',
      before: { supervisorId: current?.supervisor_id ?? null }, after: { supervisorId: input.supervisorId ?? null, startsOn },
    });
    ctx.loaders.supervisorsBySupervisee.clear(person.id);
    return person;
  }

  /** Deactivation signs the person out everywhere at once (sessions are server-side) and keeps all their history. */
  async setActive(ctx: RequestContext, personId: string, active: boolean): Promise<PersonRow> {
    const person = await this.get(ctx, personId);
    if (!active && person.id === ctx.viewer!.personId) throw new InvalidInputError('You cannot deactivate your own account');
    if (!active) await this.assertAnotherAdmin(ctx, person.id);
    const [row] = await ctx.db.query<PersonRow>('UPDATE person SET active = $2, updated_at = app_now() WHERE id = $1 RETURNING *', [person.id, active]);
    const revoked = active ? 0 : await this.sessions.revokeAllFor(ctx, person.id);
    await audit(ctx, {
      entity: 'person', entityId: person.id, action: active ? 'person.reactivated' : 'person.deactivated',
      before: { active: person.active }, after: { active }, extra: { sessionsRevoked: revoked },
    });
    ctx.loaders.person.clear(person.id);
    return row!;
  }

  // ── building blocks shared with the roster import ──────────────────────────────────────────────

  /** Current, active supervisees of a supervisor that the viewer may see, by name. */
  async currentSupervisees(ctx: RequestContext, supervisorId: string): Promise<PersonRow[]> {
    const scope = personScope(ctx.viewer!, 'p.id', 2);
    return ctx.db.query<PersonRow>(
      `SELECT p.* FROM supervision_assignment sa JOIN person p ON p.id = sa.supervisee_id
       WHERE sa.supervisor_id = $1 AND sa.ends_on IS NULL AND p.active AND ${scope.sql} ORDER BY p.name`,
      [supervisorId, ...scope.params],
    );
  }

  async assertEmailFree(ctx: RequestContext, email: string): Promise<void> {
    const [taken] = await ctx.db.query<{ taken: boolean }>('SELECT auth_email_taken($1) AS taken', [email]);
    if (taken?.taken) throw new ConflictError('Someone with this e-mail address already has an account', { field: 'email' });
  }

  async writeRoles(ctx: RequestContext, personId: string, roles: Role[], managedProgramIds: string[]): Promise<void> {
    if (managedProgramIds.length && !roles.includes('PROGRAM_MANAGER')) {
      throw new InvalidInputError('Program limits only apply to the PROGRAM_MANAGER role', { field: 'managedProgramIds' });
    }
    if (managedProgramIds.length) {
      const found = await ctx.db.query('SELECT id FROM program WHERE id = ANY($1::uuid[])', [managedProgramIds]);
      if (found.length !== new Set(managedProgramIds).size) throw new InvalidInputError('One of the programs does not exist', { field: 'managedProgramIds' });
    }
    for (const role of new Set(roles)) {
      const scopes = role === 'PROGRAM_MANAGER' && managedProgramIds.length ? [...new Set(managedProgramIds)] : [null];
      for (const programId of scopes) {
        await ctx.db.query('INSERT INTO role_grant (organization_id, person_id, role, program_id) VALUES ($1, $2, $3, $4)', [
          ctx.db.organizationId, personId, role, programId,
        ]);
      }
    }
  }

  /** Ends the current membership the day before `startsOn` and opens the new one: history is kept. */
  async moveToTeam(ctx: RequestContext, personId: string, teamId: string | null, startsOn: string): Promise<void> {
    if (teamId) {
      const team = await ctx.db.query('SELECT 1 FROM team WHERE id = $1 AND archived_at IS NULL', [teamId]);
      if (team.length === 0) throw new InvalidInputError('That team does not exist or is archived', { field: 'teamId' });
    }
    await ctx.db.query(
      `UPDATE team_membership SET ends_on = GREATEST(starts_on, $2::date - 1) WHERE person_id = $1 AND ends_on IS NULL`,
      [personId, startsOn],
    );
    if (teamId) {
      await ctx.db.query('INSERT INTO team_membership (organization_id, person_id, team_id, starts_on) VALUES ($1, $2, $3, $4)', [
        ctx.db.organizationId, personId, teamId, startsOn,
      ]);
      await this.reattributeChecklists(ctx, personId, teamId, startsOn);
    }
  }

  /**
   * A move dated in the past means checklists submitted since then belong to the new team: re-attribute them and
   * move their contribution between the teams' rollups (same transaction).
   */
  private async reattributeChecklists(ctx: RequestContext, personId: string, teamId: string, startsOn: string): Promise<void> {
    const moved = await ctx.db.query<{ id: string }>(
      `SELECT id FROM checklist WHERE subject_id = $1 AND status = 'SUBMITTED' AND submitted_at >= $2::date AND team_id IS DISTINCT FROM $3`,
      [personId, startsOn, teamId],
    );
    if (moved.length === 0) return;
    const ids = moved.map((m) => m.id);
    const em = await ctx.db.manager();
    await applyRollupDeltas(em, ctx.db.organizationId!, await checklistDeltas(em, ids, -1));
    await ctx.db.query('UPDATE checklist SET team_id = $2 WHERE id = ANY($1::uuid[])', [ids, teamId]);
    await applyRollupDeltas(em, ctx.db.organizationId!, await checklistDeltas(em, ids, 1));
  }

  async setSupervisor(ctx: RequestContext, superviseeId: string, supervisorId: string | null, startsOn: string): Promise<void> {
    if (supervisorId) {
      if (supervisorId === superviseeId) throw new InvalidInputError('A person cannot supervise themselves', { field: 'supervisorId' });
      const ok = await ctx.db.query(
        `SELECT 1 FROM person p JOIN role_grant g ON g.person_id = p.id AND g.role = 'SUPERVISOR' WHERE p.id = $1 AND p.active`, [supervisorId],
      );
      if (ok.length === 0) throw new InvalidInputError('The supervisor must be an active person with the SUPERVISOR role', { field: 'supervisorId' });
    }
    await ctx.db.query(
      `UPDATE supervision_assignment SET ends_on = GREATEST(starts_on, $2::date - 1) WHERE supervisee_id = $1 AND ends_on IS NULL`,
      [superviseeId, startsOn],
    );
    if (supervisorId) {
      await ctx.db.query(
        'INSERT INTO supervision_assignment (organization_id, supervisor_id, supervisee_id, starts_on) VALUES ($1, $2, $3, $4)',
        [ctx.db.organizationId, supervisorId, superviseeId, startsOn],
      );
    }
  }

  /** Creates a one-time invitation link and puts it in the person's message (the outbox); returns the message id. */
  async issueInvitation(ctx: RequestContext, personId: string): Promise<string> {
    const token = newToken();
    await ctx.db.query(
      `INSERT INTO invitation (organization_id, person_id, token_hash, created_by, expires_at)
       VALUES ($1, $2, $3, $4, app_now() + make_interval(days => $5))`,
      [ctx.db.organizationId, personId, hashToken(token), ctx.viewer?.personId ?? null, INVITATION_DAYS],
    );
    const [person] = await ctx.db.query<{ name: string; email: string; org: string }>(
      'SELECT p.name, p.email, o.name AS org FROM person p JOIN organization o ON o.id = p.organization_id WHERE p.id = $1', [personId],
    );
    return this.outbox.queue(ctx, { id: personId, email: person!.email }, invitationMessage({
      personName: person!.name, organizationName: person!.org, invitedBy: ctx.viewer?.name ?? null,
      url: this.outbox.url(`/invite/${token}`), validDays: INVITATION_DAYS,
    }));
  }

  /** Guard for bulk changes: the organisation must still have an active administrator. */
  async assertAdminRemains(ctx: RequestContext): Promise<void> {
    const [row] = await ctx.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM role_grant g JOIN person p ON p.id = g.person_id WHERE g.role = 'ADMIN' AND p.active`,
    );
    if ((row?.n ?? 0) === 0) throw new InvalidInputError('The organisation needs at least one active administrator');
  }

  private async assertAnotherAdmin(ctx: RequestContext, personId: string): Promise<void> {
    const [row] = await ctx.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM role_grant g JOIN person p ON p.id = g.person_id
       WHERE g.role = 'ADMIN' AND p.active AND p.id <> $1`, [personId],
    );
    const isAdmin = await ctx.db.query(`SELECT 1 FROM role_grant WHERE person_id = $1 AND role = 'ADMIN'`, [personId]);
    if (isAdmin.length > 0 && (row?.n ?? 0) === 0) {
      throw new InvalidInputError('The organisation needs at least one active administrator');
    }
  }
}
