import { Injectable } from '@nestjs/common';
import { OrganizationEntity } from '@tandem/database';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { audit } from '../../common/audit';
import type { RequestContext } from '../../common/request-context';
import type { UpdateOrganizationInput } from './organization.inputs';

/** The viewer's own organisation, through the organization entity in the request's tenant transaction. */
@Injectable()
export class OrganizationsService {
  async current(ctx: RequestContext): Promise<OrganizationEntity> {
    const org = await ctx.db.run((em) => em.getRepository(OrganizationEntity).findOneBy({ id: ctx.viewer!.organizationId }));
    return org!;
  }

  async update(ctx: RequestContext, input: UpdateOrganizationInput): Promise<OrganizationEntity> {
    const before = await this.current(ctx);
    const settings = { ...before.settings };
    if (input.managersReadNotes !== undefined) settings.managersReadNotes = input.managersReadNotes;
    if (input.noteSigningOrder) settings.noteSigningOrder = input.noteSigningOrder;
    const changes = { name: input.name?.trim() ?? before.name, settings };
    // `settings` is free-form jsonb: TypeORM's deep-partial type cannot follow `Record<string, unknown>`, hence the cast.
    await ctx.db.run((em) => em.getRepository(OrganizationEntity).update({ id: before.id }, changes as QueryDeepPartialEntity<OrganizationEntity>));
    const after: OrganizationEntity = { ...before, ...changes };
    await audit(ctx, {
      entity: 'organization', entityId: before.id, action: 'organization.updated',
      before: { name: before.name, settings: before.settings }, after: { name: after.name, settings: after.settings },
    });
    return after;
  }
}
