import { Injectable } from '@nestjs/common';
import { audit } from '../../common/audit';
import type { RequestContext } from '../../common/request-context';
import type { UpdateOrganizationInput } from './organization.inputs';

export interface OrganizationRow {
  id: string;
  name: string;
  settings: Record<string, unknown>;
  created_at: Date;
}

@Injectable()
export class OrganizationsService {
  async current(ctx: RequestContext): Promise<OrganizationRow> {
    const [row] = await ctx.db.query<OrganizationRow>('SELECT * FROM organization WHERE id = $1', [ctx.viewer!.organizationId]);
    return row!;
  }

  async update(ctx: RequestContext, input: UpdateOrganizationInput): Promise<OrganizationRow> {
    const before = await this.current(ctx);
    const settings = { ...before.settings };
    if (input.managersReadNotes !== undefined) settings.managersReadNotes = input.managersReadNotes;
    if (input.noteSigningOrder) settings.noteSigningOrder = input.noteSigningOrder;
    const [row] = await ctx.db.query<OrganizationRow>(
      'UPDATE organization SET name = coalesce($2, name), settings = $3 WHERE id = $1 RETURNING *',
      [before.id, input.name?.trim() ?? null, JSON.stringify(settings)],
    );
    await audit(ctx, {
      entity: 'organization', entityId: before.id, action: 'organization.updated',
      before: { name: before.name, settings: before.settings }, after: { name: row!.name, settings: row!.settings },
    });
    return row!;
  }
}
