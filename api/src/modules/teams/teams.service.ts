import { Injectable } from '@nestjs/common';
import { audit, diff } from '../../common/audit';
import { InvalidInputError, NotFoundError } from '../../common/errors';
import type { PersonRow, TeamRow } from '../../common/loaders';
import type { RequestContext } from '../../common/request-context';
import { personScope, teamScope } from '../../common/scope';
import type { CreateTeamInput, UpdateTeamInput } from './team.inputs';

@Injectable()
export class TeamsService {
  async list(ctx: RequestContext, filter: { programId?: string; includeArchived?: boolean }): Promise<TeamRow[]> {
    const scope = teamScope(ctx.viewer!, 't.id', 2);
    return ctx.db.query<TeamRow>(
      `SELECT t.* FROM team t WHERE ($1::uuid IS NULL OR t.program_id = $1) AND ${scope.sql}
       ${filter.includeArchived ? '' : 'AND t.archived_at IS NULL'} ORDER BY t.name`,
      [filter.programId ?? null, ...scope.params],
    );
  }

  async get(ctx: RequestContext, id: string): Promise<TeamRow> {
    const scope = teamScope(ctx.viewer!, 't.id', 2);
    const [row] = await ctx.db.query<TeamRow>(`SELECT t.* FROM team t WHERE t.id = $1 AND ${scope.sql}`, [id, ...scope.params]);
    if (!row) throw new NotFoundError('Team');
    return row;
  }

  /** Current, active members the viewer may see. */
  async members(ctx: RequestContext, teamId: string): Promise<PersonRow[]> {
    const scope = personScope(ctx.viewer!, 'p.id', 2);
    return ctx.db.query<PersonRow>(
      `SELECT p.* FROM person p JOIN team_membership tm ON tm.person_id = p.id AND tm.ends_on IS NULL
       WHERE tm.team_id = $1 AND p.active AND ${scope.sql} ORDER BY p.name`,
      [teamId, ...scope.params],
    );
  }

  private async assertProgram(ctx: RequestContext, programId: string): Promise<void> {
    const rows = await ctx.db.query('SELECT 1 FROM program WHERE id = $1 AND archived_at IS NULL', [programId]);
    if (rows.length === 0) throw new InvalidInputError('That program does not exist or is archived', { field: 'programId' });
  }

  async create(ctx: RequestContext, input: CreateTeamInput): Promise<TeamRow> {
    await this.assertProgram(ctx, input.programId);
    const [row] = await ctx.db.query<TeamRow>(
      'INSERT INTO team (organization_id, program_id, name, description) VALUES ($1, $2, $3, $4) RETURNING *',
      [ctx.db.organizationId, input.programId, input.name.trim(), input.description?.trim() ?? ''],
    );
    await audit(ctx, { entity: 'team', entityId: row!.id, action: 'team.created', after: { name: row!.name, programId: row!.program_id } });
    return row!;
  }

  async update(ctx: RequestContext, input: UpdateTeamInput): Promise<TeamRow> {
    const before = await this.get(ctx, input.teamId);
    if (input.programId && input.programId !== before.program_id) await this.assertProgram(ctx, input.programId);
    const archivedAt = input.archived === undefined ? before.archived_at : input.archived ? (before.archived_at ?? ctx.clock.now()) : null;
    const [row] = await ctx.db.query<TeamRow>(
      'UPDATE team SET name = $2, description = $3, program_id = $4, archived_at = $5 WHERE id = $1 RETURNING *',
      [before.id, input.name?.trim() ?? before.name, input.description?.trim() ?? before.description, input.programId ?? before.program_id, archivedAt],
    );
    const pick = (r: TeamRow) => ({ name: r.name, description: r.description, programId: r.program_id, archived: !!r.archived_at });
    await audit(ctx, { entity: 'team', entityId: before.id, action: 'team.updated', extra: { changes: diff(pick(before), pick(row!)) } });
    return row!;
  }
}
