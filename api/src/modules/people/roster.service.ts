import { Injectable } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import { parseRoleList, type Role, todayOn } from '@tandem/shared';
import { PersonEntity } from '@tandem/database';
import { audit } from '../../common/audit';
import { InvalidInputError } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import { PeopleService } from './people.service';
import { activeAdminIds, activeTeams, emailsTaken, keepOnlyRoles, peopleByEmail } from './roster.repository';

export const MAX_ROSTER_ROWS = 5000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Accepted header spellings for each column. */
const COLUMNS: Record<'name' | 'email' | 'team' | 'roles' | 'supervisorEmail', string[]> = {
  name: ['name', 'full name', 'person'],
  email: ['email', 'e-mail', 'email address'],
  team: ['team', 'team name'],
  roles: ['roles', 'role'],
  supervisorEmail: ['supervisor email', 'supervisor_email', 'supervisoremail', 'supervisor e-mail', 'supervisor'],
};

export interface RosterRow {
  line: number;
  name: string;
  email: string;
  team: string;
  roles: Role[];
  supervisorEmail: string;
  action: 'CREATE' | 'UPDATE' | 'ERROR';
  /** False when the roles cell was empty: new people become STAFF, existing people keep their roles. */
  rolesGiven: boolean;
  errors: string[];
  invited: boolean;
  teamId: string | null;
  existingId: string | null;
}

export interface RosterResult {
  dryRun: boolean;
  applied: boolean;
  totalRows: number;
  createCount: number;
  updateCount: number;
  errorCount: number;
  fileErrors: string[];
  rows: RosterRow[];
}

@Injectable()
export class RosterService {
  constructor(private readonly people: PeopleService) {}

  /** Validates every row (dry run) and, when asked and the file is clean, applies all rows in the request's transaction. */
  async import(ctx: RequestContext, csv: string, dryRun: boolean): Promise<RosterResult> {
    const { rows, fileErrors } = this.parse(csv);
    if (fileErrors.length === 0) await this.validate(ctx, rows);
    const errorCount = rows.filter((r) => r.action === 'ERROR').length;
    const result: RosterResult = {
      dryRun, applied: false, totalRows: rows.length, errorCount, fileErrors,
      createCount: rows.filter((r) => r.action === 'CREATE').length,
      updateCount: rows.filter((r) => r.action === 'UPDATE').length,
      rows,
    };
    if (dryRun) return result;
    if (fileErrors.length || errorCount) {
      throw new InvalidInputError(`Nothing was imported: fix the ${fileErrors.length ? 'file' : `${errorCount} row(s) with errors`} first`, {
        errorCount, fileErrors,
      });
    }
    await this.apply(ctx, rows);
    await this.people.assertAdminRemains(ctx);
    await audit(ctx, {
      entity: 'organization', entityId: ctx.db.organizationId, action: 'roster.imported',
      extra: { created: result.createCount, updated: result.updateCount },
    });
    return { ...result, applied: true };
  }

  private parse(csv: string): { rows: RosterRow[]; fileErrors: string[] } {
    let parsed: { record: string[]; info: { lines: number } }[];
    try {
      parsed = parse(csv.replace(/^\uFEFF/, ''), {
        skip_empty_lines: true, trim: true, relax_column_count: true, delimiter: [',', '\t'], info: true,
      }) as unknown as { record: string[]; info: { lines: number } }[];
    } catch (e) {
      return { rows: [], fileErrors: [`The file is not valid CSV: ${(e as Error).message}`] };
    }
    const [headerRecord, ...bodyRecords] = parsed;
    if (!headerRecord) return { rows: [], fileErrors: ['The file is empty'] };
    const header = headerRecord.record;
    const body = bodyRecords.map((r) => r.record);
    const norm = header.map((h) => h.trim().toLowerCase());
    const index = Object.fromEntries(
      Object.entries(COLUMNS).map(([key, names]) => [key, norm.findIndex((h) => names.includes(h))]),
    ) as Record<keyof typeof COLUMNS, number>;
    const missing = (['name', 'email'] as const).filter((k) => index[k] < 0);
    if (missing.length) return { rows: [], fileErrors: [`Missing column(s): ${missing.join(', ')}. Expected: name, email, team, roles, supervisor email`] };
    if (body.length > MAX_ROSTER_ROWS) return { rows: [], fileErrors: [`The file has ${body.length} rows; the limit is ${MAX_ROSTER_ROWS}`] };
    const cell = (r: string[], k: keyof typeof COLUMNS) => (index[k] >= 0 ? (r[index[k]] ?? '').trim() : '');
    const rows = body.map((r, i): RosterRow => {
      const errors: string[] = [];
      const rolesCell = cell(r, 'roles');
      const { roles, unknown } = parseRoleList(rolesCell);
      if (unknown.length) errors.push(`Unknown role(s): ${unknown.join(', ')}`);
      return {
        line: bodyRecords[i]!.info.lines, rolesGiven: rolesCell !== '', name: cell(r, 'name'), email: cell(r, 'email').toLowerCase(), team: cell(r, 'team'),
        roles: roles.length ? roles : ['STAFF'], supervisorEmail: cell(r, 'supervisorEmail').toLowerCase(),
        action: 'CREATE', errors, invited: false, teamId: null, existingId: null,
      };
    });
    return { rows, fileErrors: [] };
  }

  private async validate(ctx: RequestContext, rows: RosterRow[]): Promise<void> {
    const teams = await ctx.db.run((em) => activeTeams(em));
    const teamByName = new Map(teams.map((t) => [t.name.toLowerCase(), t.id]));
    const emails = [...new Set(rows.flatMap((r) => [r.email, r.supervisorEmail]).filter(Boolean))];
    const existing = await ctx.db.run((em) => peopleByEmail(em, emails));
    const inOrg = new Map(existing.map((p) => [p.email, p]));
    const elsewhere = await ctx.db.run((em) => emailsTaken(em, rows.map((r) => r.email).filter((e) => !inOrg.has(e))));
    const adminIds = await ctx.db.run((em) => activeAdminIds(em));
    const seen = new Map<string, number>();
    const fileSupervisors = new Set(rows.filter((r) => r.roles.includes('SUPERVISOR')).map((r) => r.email));
    for (const row of rows) {
      if (!row.name) row.errors.push('Name is missing');
      if (row.name.length > 120) row.errors.push('Name is longer than 120 characters');
      if (!EMAIL.test(row.email)) row.errors.push(row.email ? `"${row.email}" is not a valid e-mail address` : 'E-mail is missing');
      const dup = seen.get(row.email);
      if (row.email && dup) row.errors.push(`Same e-mail as line ${dup}`);
      seen.set(row.email, row.line);
      if (elsewhere.has(row.email)) row.errors.push('This e-mail address already has an account in another organisation');
      const found = inOrg.get(row.email);
      if (found) row.existingId = found.id;
      if (found && row.rolesGiven && adminIds.has(found.id) && !row.roles.includes('ADMIN')) {
        const remaining = [...adminIds].filter((id) => id !== found.id && !rows.some((r) => r.existingId === id && r.rolesGiven && !r.roles.includes('ADMIN')));
        if (remaining.length === 0) row.errors.push('This would remove the last administrator: keep ADMIN in their roles');
      }
      if (row.team) {
        row.teamId = teamByName.get(row.team.toLowerCase()) ?? null;
        if (!row.teamId) row.errors.push(`Team "${row.team}" does not exist`);
      }
      if (row.supervisorEmail) {
        const sup = inOrg.get(row.supervisorEmail);
        if (row.supervisorEmail === row.email) row.errors.push('A person cannot supervise themselves');
        else if (!(sup?.supervisor && sup.active) && !fileSupervisors.has(row.supervisorEmail)) {
          row.errors.push(`Supervisor ${row.supervisorEmail} is not an active supervisor here or in this file`);
        }
      }
      row.action = row.errors.length ? 'ERROR' : row.existingId ? 'UPDATE' : 'CREATE';
    }
  }

  private async apply(ctx: RequestContext, rows: RosterRow[]): Promise<void> {
    const today = todayOn(ctx.clock);
    const idByEmail = new Map<string, string>();
    // Pass 1: people and roles (so supervisors created by this file exist before pass 2).
    for (const row of rows) {
      if (row.existingId) {
        const existingId = row.existingId;
        await ctx.db.run((em) => em.getRepository(PersonEntity).update({ id: existingId }, { name: row.name, updatedAt: ctx.clock.now() }));
        if (row.rolesGiven) {
          const have = await ctx.db.run((em) => keepOnlyRoles(em, existingId, row.roles));
          await this.people.writeRoles(ctx, existingId, row.roles.filter((r) => !have.includes(r)), []);
        }
        idByEmail.set(row.email, existingId);
      } else {
        const { id } = await ctx.db.run((em) => em.getRepository(PersonEntity).save(em.getRepository(PersonEntity).create({
          organizationId: ctx.db.organizationId!, name: row.name, email: row.email, startedOn: today, jobTitle: row.roles.includes('STAFF') ? 'Peer specialist' : '',
        })));
        await this.people.writeRoles(ctx, id, row.roles, []);
        await this.people.issueInvitation(ctx, id);
        row.invited = true;
        idByEmail.set(row.email, id);
      }
    }
    // Pass 2: team memberships and supervision.
    const supervisorEmails = rows.map((r) => r.supervisorEmail).filter(Boolean);
    const existingSupervisors = new Map((await ctx.db.run((em) => peopleByEmail(em, supervisorEmails))).map((p) => [p.email, p.id]));
    for (const row of rows) {
      const id = idByEmail.get(row.email)!;
      if (row.teamId) {
        if ((await this.people.currentTeamId(ctx, id)) !== row.teamId) await this.people.moveToTeam(ctx, id, row.teamId, today);
      }
      if (row.supervisorEmail) {
        const supervisorId = idByEmail.get(row.supervisorEmail) ?? existingSupervisors.get(row.supervisorEmail)!;
        if ((await this.people.currentSupervisorId(ctx, id)) !== supervisorId) await this.people.setSupervisor(ctx, id, supervisorId, today);
      }
    }
  }
}
