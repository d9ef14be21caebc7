import { Args, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '../../common/auth.decorators';
import type { RequestContext } from '../../common/request-context';
import { AuditEventsInput } from './audit.inputs';
import { AuditActionOptionModel, AuditEntityOptionModel, AuditEventPageModel } from './audit.model';
import { AuditService } from './audit.service';

@Resolver()
export class AuditResolver {
  constructor(private readonly auditService: AuditService) {}

  @Roles('ADMIN')
  @Query(() => AuditEventPageModel, { description: 'The organisation’s audit trail, newest first, in keyset pages (`first`, `after`).' })
  async auditEvents(
    @Ctx() ctx: RequestContext,
    @Args('input', { type: () => AuditEventsInput, nullable: true }) input?: AuditEventsInput,
  ): Promise<AuditEventPageModel> {
    return this.auditService.page(ctx, input ?? {});
  }

  @Roles('ADMIN')
  @Query(() => [AuditActionOptionModel], { description: 'The actions the audit log records, with their words and view (for the filter).' })
  auditActions(): AuditActionOptionModel[] {
    return this.auditService.actions();
  }

  @Roles('ADMIN')
  @Query(() => [AuditEntityOptionModel], { description: 'The kinds of record the audit log names (for the filter).' })
  auditEntities(): AuditEntityOptionModel[] {
    return this.auditService.entities();
  }
}
