import { Args, Field, ID, InputType, Query, Resolver } from '@nestjs/graphql';
import { TEXT_LIMITS } from '@tandem/shared';
import { IsOptional, IsUUID } from 'class-validator';
import { Ctx, Roles } from '../../common/auth.decorators';
import { PageInput } from '../../common/page';
import { TextField } from '../../common/text';
import type { RequestContext } from '../../common/request-context';
import { AuditEventPageModel } from './audit.model';

@InputType()
export class AuditFilterInput {
  @TextField({ max: TEXT_LIMITS.auditEntity, nullable: true }) entity?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') entityId?: string;
  @TextField({ max: TEXT_LIMITS.auditAction, nullable: true }) action?: string;
}

@Resolver()
export class AuditResolver {
  @Roles('ADMIN')
  @Query(() => AuditEventPageModel, { description: 'The organisation’s audit trail, newest first.' })
  async auditEvents(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => AuditFilterInput, nullable: true }) filter?: AuditFilterInput,
    @Args('page', { type: () => PageInput, nullable: true }) page?: PageInput,
  ): Promise<AuditEventPageModel> {
    const where = `($1::text IS NULL OR a.entity = $1) AND ($2::uuid IS NULL OR a.entity_id = $2) AND ($3::text IS NULL OR a.action = $3)`;
    const params = [filter?.entity ?? null, filter?.entityId ?? null, filter?.action ?? null];
    const [count] = await ctx.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_event a WHERE ${where}`, params);
    const rows = await ctx.db.query<{
      id: string; actor_id: string | null; actor_name: string | null; entity: string; entity_id: string | null; action: string;
      summary: unknown; request_id: string | null; created_at: Date;
    }>(
      `SELECT a.*, p.name AS actor_name FROM audit_event a LEFT JOIN person p ON p.id = a.actor_id
       WHERE ${where} ORDER BY a.created_at DESC, a.id OFFSET ${page?.skip ?? 0} LIMIT ${page?.take ?? 50}`, params,
    );
    return {
      totalCount: count?.n ?? 0,
      items: rows.map((r) => ({
        id: r.id, actorId: r.actor_id, actorName: r.actor_name, entity: r.entity, entityId: r.entity_id, action: r.action,
        summary: JSON.stringify(r.summary), requestId: r.request_id, createdAt: r.created_at,
      })),
    };
  }
}
