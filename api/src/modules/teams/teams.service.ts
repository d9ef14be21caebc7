import { Injectable } from '@nestjs/common';
import { PersonEntity, ProgramEntity, TeamEntity, TeamMembershipEntity } from '@tandem/database';
import { IsNull } from 'typeorm';
import { audit, diff } from '../../common/audit';
import { InvalidInputError, NotFoundError } from '../../common/errors';
import { peopleQuery } from '../../common/loaders';
import type { RequestContext } from '../../common/request-context';
import { personWhere, teamWhere } from '../../common/scope';
import type { CreateTeamInput, UpdateTeamInput } from './team.inputs';

/** Teams through the team entity in the request's tenant transaction; scoping by role comes from `common/scope`. */
@Injectable()
export class TeamsService {
  async list(ctx: RequestContext, filter: { programId?: string; includeArchived?: boolean }): Promise<TeamEntity[]> {
    const scope = teamWhere(ctx.viewer!, 't.id');
    return ctx.db.run((em) => {
      const qb = em.getRepository(TeamEntity).createQueryBuilder('t').where(scope.sql, scope.params);
      if (filter.programId) qb.andWhere('t.programId = :programId', { programId: filter.programId });
      if (!filter.includeArchived) qb.andWhere('t.archivedAt IS NULL');
      return qb.orderBy('t.name').getMany();
    });
  }

  async get(ctx: RequestContext, id: string): Promise<TeamEntity> {
    const scope = teamWhere(ctx.viewer!, 't.id');
    const team = await ctx.db.run((em) => em.getRepository(TeamEntity).createQueryBuilder('t')
      .where('t.id = :id', { id }).andWhere(scope.sql, scope.params).getOne());
    if (!team) throw new NotFoundError('Team');
    return team;
  }

  /** Current, active members the viewer may see. */
  async members(ctx: RequestContext, teamId: string): Promise<PersonEntity[]> {
    const scope = personWhere(ctx.viewer!, 'p.id');
    return ctx.db.run((em) => peopleQuery(em)
      .innerJoin(TeamMembershipEntity, 'tm', 'tm.personId = p.id AND tm.endsOn IS NULL')
      .where('tm.teamId = :teamId', { teamId }).andWhere('p.active').andWhere(scope.sql, scope.params)
      .orderBy('p.name').getMany());
  }

  private async assertProgram(ctx: RequestContext, programId: string): Promise<void> {
    const exists = await ctx.db.run((em) => em.getRepository(ProgramEntity).existsBy({ id: programId, archivedAt: IsNull() }));
    if (!exists) throw new InvalidInputError('That program does not exist or is archived', { field: 'programId' });
  }

  async create(ctx: RequestContext, input: CreateTeamInput): Promise<TeamEntity> {
    await this.assertProgram(ctx, input.programId);
    const team = await ctx.db.run((em) => {
      const repo = em.getRepository(TeamEntity);
      return repo.save(repo.create({
        organizationId: ctx.db.organizationId!, programId: input.programId, name: input.name.trim(), description: input.description?.trim() ?? '',
      }));
    });
    await audit(ctx, { entity: 'team', entityId: team.id, action: 'team.created', after: { name: team.name, programId: team.programId } });
    return team;
  }

  async update(ctx: RequestContext, input: UpdateTeamInput): Promise<TeamEntity> {
    const before = await this.get(ctx, input.teamId);
    if (input.programId && input.programId !== before.programId) await this.assertProgram(ctx, input.programId);
    const changes = {
      name: input.name?.trim() ?? before.name,
      description: input.description?.trim() ?? before.description,
      programId: input.programId ?? before.programId,
      archivedAt: input.archived === undefined ? before.archivedAt : input.archived ? (before.archivedAt ?? ctx.clock.now()) : null,
    };
    await ctx.db.run((em) => em.getRepository(TeamEntity).update({ id: before.id }, changes));
    const after: TeamEntity = { ...before, ...changes };
    const pick = (t: TeamEntity) => ({ name: t.name, description: t.description, programId: t.programId, archived: !!t.archivedAt });
    await audit(ctx, { entity: 'team', entityId: before.id, action: 'team.updated', extra: { changes: diff(pick(before), pick(after)) } });
    return after;
  }
}
