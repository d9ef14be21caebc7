import { Injectable } from '@nestjs/common';
import { AnnotationEntity } from '@tandem/database';
import { audit } from '../../common/audit';
import { NotFoundError } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import type { CreateAnnotationInput, UpdateAnnotationInput } from './analytics.inputs';
import type { AnnotationModel } from './analytics.model';
import { AnalyticsService } from './analytics.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function toAnnotationModel(a: AnnotationEntity): AnnotationModel {
  return { id: a.id, teamId: a.teamId, personId: a.personId, onDate: a.onDate, label: a.label, details: a.details, kind: a.kind, automatic: false };
}

/**
 * Notes people put on the drift charts (a training, a staffing change …), read and written through the annotation
 * entity in the request's tenant transaction. A team must be visible to the viewer; every change is audited.
 */
@Injectable()
export class AnnotationsService {
  constructor(private readonly analytics: AnalyticsService) {}

  async create(ctx: RequestContext, input: CreateAnnotationInput): Promise<AnnotationEntity> {
    const team = await this.analytics.visibleTeam(ctx, input.teamId);
    if (input.personId) await this.analytics.assertPersonInTeamScope(ctx, input.personId, team.id);
    const now = ctx.clock.now();
    const saved = await ctx.db.run((em) => em.getRepository(AnnotationEntity).save(em.getRepository(AnnotationEntity).create({
      organizationId: ctx.db.organizationId!, teamId: team.id, personId: input.personId ?? null, onDate: input.onDate,
      label: input.label.trim(), details: input.details?.trim() ?? '', kind: input.kind ?? 'NOTE', createdBy: ctx.viewer!.personId,
      createdAt: now, updatedAt: now,
    })));
    await audit(ctx, { entity: 'annotation', entityId: saved.id, action: 'annotation.created', after: { teamId: team.id, onDate: saved.onDate, kind: saved.kind } });
    return saved;
  }

  async update(ctx: RequestContext, input: UpdateAnnotationInput): Promise<AnnotationEntity> {
    const before = await this.visible(ctx, input.annotationId);
    const after = await ctx.db.run((em) => em.getRepository(AnnotationEntity).save({
      ...before,
      onDate: input.onDate ?? before.onDate,
      label: input.label?.trim() ?? before.label,
      details: input.details?.trim() ?? before.details,
      kind: input.kind ?? before.kind,
      updatedAt: ctx.clock.now(),
    }));
    await audit(ctx, { entity: 'annotation', entityId: before.id, action: 'annotation.updated', before: { onDate: before.onDate, label: before.label }, after: { onDate: after.onDate, label: after.label } });
    return after;
  }

  async remove(ctx: RequestContext, id: string): Promise<boolean> {
    const before = await this.visible(ctx, id);
    await ctx.db.run((em) => em.getRepository(AnnotationEntity).delete({ id: before.id }));
    await audit(ctx, { entity: 'annotation', entityId: before.id, action: 'annotation.deleted', before: { onDate: before.onDate, label: before.label } });
    return true;
  }

  /** A stored annotation on a team the viewer can see (automatic ones have no uuid and cannot be changed). */
  private async visible(ctx: RequestContext, id: string): Promise<AnnotationEntity> {
    if (!UUID.test(id)) throw new NotFoundError('Annotation (automatic annotations cannot be changed)');
    const row = await ctx.db.run((em) => em.getRepository(AnnotationEntity).findOneBy({ id }));
    if (!row || !row.teamId) throw new NotFoundError('Annotation');
    await this.analytics.visibleTeam(ctx, row.teamId);
    return row;
  }
}

