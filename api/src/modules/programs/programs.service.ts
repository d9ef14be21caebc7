import { Injectable } from '@nestjs/common';
import { ProgramEntity, TeamEntity } from '@tandem/database';
import { IsNull } from 'typeorm';
import { audit, diff } from '../../common/audit';
import { NotFoundError } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import { programWhere } from '../../common/scope';
import type { CreateProgramInput, UpdateProgramInput } from './program.inputs';
import { appNow } from '../../common/sql-time';

/** Programs through the program entity in the request's tenant transaction; scoping by role comes from `common/scope`. */
@Injectable()
export class ProgramsService {
  async list(ctx: RequestContext, includeArchived: boolean): Promise<ProgramEntity[]> {
    const scope = programWhere(ctx.viewer!, 'p.id');
    return ctx.db.run((em) => {
      const qb = em.getRepository(ProgramEntity).createQueryBuilder('p').where(scope.sql, scope.params);
      if (!includeArchived) qb.andWhere('p.archivedAt IS NULL');
      return qb.orderBy('p.name').getMany();
    });
  }

  async get(ctx: RequestContext, id: string): Promise<ProgramEntity> {
    const scope = programWhere(ctx.viewer!, 'p.id');
    const program = await ctx.db.run((em) => em.getRepository(ProgramEntity).createQueryBuilder('p')
      .where('p.id = :id', { id }).andWhere(scope.sql, scope.params).getOne());
    if (!program) throw new NotFoundError('Program');
    return program;
  }

  async create(ctx: RequestContext, input: CreateProgramInput): Promise<ProgramEntity> {
    const program = await ctx.db.run((em) => {
      const repo = em.getRepository(ProgramEntity);
      return repo.save(repo.create({ organizationId: ctx.db.organizationId!, name: input.name.trim(), description: input.description?.trim() ?? '' }));
    });
    await audit(ctx, { entity: 'program', entityId: program.id, action: 'program.created', after: { name: program.name } });
    return program;
  }

  async update(ctx: RequestContext, input: UpdateProgramInput): Promise<ProgramEntity> {
    const before = await this.get(ctx, input.programId);
    const changes = {
      name: input.name?.trim() ?? before.name,
      description: input.description?.trim() ?? before.description,
      archivedAt: input.archived === undefined ? before.archivedAt : input.archived ? (before.archivedAt ?? ctx.clock.now()) : null,
    };
    await ctx.db.run((em) => em.getRepository(ProgramEntity).update({ id: before.id }, changes));
    // Archiving a program archives its teams; restoring it leaves the teams for the admin to restore one by one.
    if (input.archived === true && !before.archivedAt) {
      await ctx.db.run((em) => em.getRepository(TeamEntity).update({ programId: before.id, archivedAt: IsNull() }, { archivedAt: appNow }));
    }
    const after: ProgramEntity = { ...before, ...changes };
    const pick = (p: ProgramEntity) => ({ name: p.name, description: p.description, archived: !!p.archivedAt });
    await audit(ctx, { entity: 'program', entityId: before.id, action: 'program.updated', extra: { changes: diff(pick(before), pick(after)) } });
    return after;
  }
}
