import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ensureDefaultInstruments, hashPassword } from '@tandem/database';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { audit } from '../../common/audit';
import { ConflictError, ForbiddenError } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import type { PersonRow } from '../../common/loaders';
import { SessionsService } from '../auth/sessions.service';
import type { CreateOrganizationInput, UpdateOrganizationInput } from './organization.inputs';

export interface OrganizationRow {
  id: string;
  name: string;
  settings: Record<string, unknown>;
  created_at: Date;
}

@Injectable()
export class OrganizationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionsService,
  ) {}

  /** Self-serve sign-up: a new, fully isolated tenant with its first admin, who is signed in straight away. */
  async create(ctx: RequestContext, input: CreateOrganizationInput): Promise<{ token: string; person: PersonRow }> {
    if (!this.config.signup) throw new ForbiddenError('Creating organisations is turned off on this server');
    const email = input.email.trim().toLowerCase();
    const [taken] = await ctx.db.preTenantQuery<{ taken: boolean }>('SELECT auth_email_taken($1) AS taken', [email]);
    if (taken?.taken) throw new ConflictError('An account with this e-mail address already exists. Sign in instead.');
    const orgId = randomUUID();
    // Signing up binds the request to the new organisation; a request already signed in elsewhere is refused.
    ctx.db.bindTenant(orgId);
    const passwordHash = await hashPassword(input.password);
    await ctx.db.query('INSERT INTO organization (id, name) VALUES ($1, $2)', [orgId, input.organizationName.trim()]);
    await ensureDefaultInstruments(await ctx.db.manager(), orgId);
    const [person] = await ctx.db.query<PersonRow>(
      `INSERT INTO person (organization_id, name, email, password_hash, job_title, started_on)
       VALUES ($1, $2, $3, $4, 'Administrator', app_now()::date) RETURNING *`,
      [orgId, input.adminName.trim(), email, passwordHash],
    );
    await ctx.db.query(`INSERT INTO role_grant (organization_id, person_id, role) VALUES ($1, $2, 'ADMIN')`, [orgId, person!.id]);
    const { token, sessionId } = await this.sessions.start(ctx, person!.id);
    ctx.viewer = await this.sessions.loadViewer(ctx.db, person!.id, sessionId);
    await audit(ctx, { entity: 'organization', entityId: orgId, action: 'organization.created', after: { name: input.organizationName.trim() } });
    return { token, person: person! };
  }

  async current(ctx: RequestContext): Promise<OrganizationRow> {
    const [row] = await ctx.db.query<OrganizationRow>('SELECT * FROM organization WHERE id = $1', [ctx.viewer!.organizationId]);
    return row!;
  }

  async update(ctx: RequestContext, input: UpdateOrganizationInput): Promise<OrganizationRow> {
    const before = await this.current(ctx);
    const settings = { ...before.settings };
    if (input.managersReadNotes !== undefined) settings.managersReadNotes = input.managersReadNotes;
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
