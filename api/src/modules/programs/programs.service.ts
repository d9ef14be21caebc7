import { Injectable } from '@nestjs/common';
import { audit, diff } from '../../common/audit';
import { NotFoundError } from '../../common/errors';
import type { ProgramRow } from '../../common/loaders';
import type { RequestContext } from '../../common/request-context';
import { programScope } from '../../common/scope';
import type { CreateProgramInput, UpdateProgramInput } from './program.inputs';

@Injectable()
export class ProgramsService {
  async list(ctx: RequestContext, includeArchived: boolean): Promise<ProgramRow[]> {
    const scope = programScope(ctx.viewer!, 'p.id');
    return ctx.db.query<ProgramRow>(
      `SELECT p.* FROM program p WHERE ${scope.sql} ${includeArchived ? '' : 'AND p.archived_at IS NULL'} ORDER BY p.name`,
      scope.params,
    );
  }

  async get(ctx: RequestContext, id: string): Promise<ProgramRow> {
    const scope = programScope(ctx.viewer!, 'p.id', 2);
    const [row] = await ctx.db.query<ProgramRow>(`SELECT p.* FROM program p WHERE p.id = $1 AND ${scope.sql}`, [id, ...scope.params]);
    if (!row) throw new NotFoundError('Program');
    return row;
  }

  async create(ctx: RequestContext, input: CreateProgramInput): Promise<ProgramRow> {
    const [row] = await ctx.db.query<ProgramRow>(
      'INSERT INTO program (organization_id, name, description) VALUES ($1, $2, $3) RETURNING *',
      [ctx.db.organizationId, input.name.trim(), input.description?.trim() ?? ''],
    );
    await audit(ctx, { entity: 'program', entityId: row!.id, action: 'program.created', after: { name: row!.name } });
    return row!;
  }

  async update(ctx: RequestContext, input: UpdateProgramInput): Promise<ProgramRow> {
    const before = await this.get(ctx, input.programId);
    const archivedAt = input.archived === undefined ? before.archived_at : input.archived ? (before.archived_at ?? ctx.clock.now()) : null;
    const [row] = await ctx.db.query<ProgramRow>(
      'UPDATE program SET name = $2, description = $3, archived_at = $4 WHERE id = $1 RETURNING *',
      [before.id, input.name?.trim() ?? before.name, input.description?.trim() ?? before.description, archivedAt],
    );
    // Archiving a program archives its teams; restoring it leaves the teams for the admin to restore one by one.
    if (input.archived === true && !before.archived_at) {
      await ctx.db.query('UPDATE team SET archived_at = app_now() WHERE program_id = $1 AND archived_at IS NULL', [before.id]);
    }
    const pick = (r: ProgramRow) => ({ name: r.name, description: r.description, archived: !!r.archived_at });
    await audit(ctx, { entity: 'program', entityId: before.id, action: 'program.updated', extra: { changes: diff(pick(before), pick(row!)) } });
    return row!;
  }
}
