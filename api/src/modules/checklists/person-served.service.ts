import { Inject, Injectable } from '@nestjs/common';
import { checklistCompleteness, scoreChecklist, ScoringInputError, type InstrumentDefinition } from '@tandem/shared';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { applyRollupDeltas, checklistDeltas } from '@tandem/database';
import { audit } from '../../common/audit';
import { InvalidInputError, NotFoundError } from '../../common/errors';
import { asPublic, type PublicContext } from '../../common/public-context';
import type { RequestContext } from '../../common/request-context';
import { hashToken, newToken } from '../auth/tokens';
import { InstrumentsService } from '../instruments/instruments.service';
import { assertMayRate } from './checklist-access';
import type { PersonServedAnswersInput } from './checklist.inputs';

const LINK_DAYS = 14;

/**
 * The person-served short form through a one-time link. Nothing about the person served is stored: no name, no
 * e-mail, no IP — only their answers, attached to the peer specialist they rated.
 */
@Injectable()
export class PersonServedService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly instruments: InstrumentsService,
  ) {}

  async createLink(ctx: RequestContext, subjectId: string): Promise<{ url: string; expiresAt: Date }> {
    const subject = await ctx.db.query('SELECT 1 FROM person WHERE id = $1 AND active', [subjectId]);
    if (subject.length === 0) throw new NotFoundError('Person');
    await assertMayRate(ctx, subjectId, 'PERSON_SERVED');
    const instrument = await this.instruments.byKey(ctx, 'mutuality-fidelity');
    const version = await this.instruments.currentVersion(ctx, instrument.id);
    const token = newToken();
    const [row] = await ctx.db.query<{ id: string; expires_at: Date }>(
      `INSERT INTO person_served_link (organization_id, subject_id, instrument_version_id, token_hash, created_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, app_now() + make_interval(days => $6)) RETURNING id, expires_at`,
      [ctx.db.organizationId, subjectId, version.id, hashToken(token), ctx.viewer!.personId, LINK_DAYS],
    );
    await audit(ctx, { entity: 'person_served_link', entityId: row!.id, action: 'person_served_link.created', after: { subjectId } });
    return { url: `${this.config.publicUrl}/feedback/${token}`, expiresAt: row!.expires_at };
  }

  /** The live link behind a token (a cross-tenant SECURITY DEFINER lookup by the token's hash), or NOT_FOUND. */
  private async find(ctx: RequestContext, token: string): Promise<{ link_id: string; organization_id: string }> {
    const [found] = await ctx.db.preTenantQuery<{ link_id: string; organization_id: string }>(
      'SELECT * FROM auth_find_person_served_link($1)', [hashToken(token)],
    );
    if (!found) throw new NotFoundError('Feedback link (it may have been used or expired)');
    return found;
  }

  /** The link with what the form shows, read in the link's own organisation (the anonymous context of `asPublic`). */
  private async link(pub: PublicContext, linkId: string) {
    const [row] = await pub.db.query<{ id: string; subject_id: string; instrument_version_id: string; created_by: string; first_name: string; org: string; definition: InstrumentDefinition }>(
      `SELECT l.id, l.subject_id, l.instrument_version_id, l.created_by, split_part(p.name, ' ', 1) AS first_name, o.name AS org, v.definition
       FROM person_served_link l JOIN person p ON p.id = l.subject_id JOIN organization o ON o.id = l.organization_id
       JOIN instrument_version v ON v.id = l.instrument_version_id WHERE l.id = $1`,
      [linkId],
    );
    if (!row) throw new NotFoundError('Feedback link (it may have been used or expired)');
    return row;
  }

  /** The form behind a link. The token is the credential: whoever holds it — signed in anywhere or not — sees the form. */
  async form(ctx: RequestContext, token: string) {
    const found = await this.find(ctx, token);
    return asPublic(ctx, found.organization_id, async (pub) => {
      const l = await this.link(pub, found.link_id);
      return { peerFirstName: l.first_name, organizationName: l.org, definitionJson: JSON.stringify(l.definition) };
    });
  }

  /** Stores the answers in the link's organisation, in a transaction of its own with no viewer, and uses the link up. */
  async submit(ctx: RequestContext, input: PersonServedAnswersInput): Promise<boolean> {
    const found = await this.find(ctx, input.token);
    return asPublic(ctx, found.organization_id, (pub) => this.store(pub, found.link_id, input));
  }

  private async store(pub: PublicContext, linkId: string, input: PersonServedAnswersInput): Promise<boolean> {
    const l = await this.link(pub, linkId);
    const answers = input.answers.map((a) => ({ itemCode: a.itemCode, value: a.value ?? null }));
    let scores;
    try {
      scores = scoreChecklist(l.definition, answers, { raterType: 'PERSON_SERVED' });
    } catch (e) {
      if (e instanceof ScoringInputError) throw new InvalidInputError(e.message, { itemCode: e.itemCode });
      throw e;
    }
    const completeness = checklistCompleteness(l.definition, 'PERSON_SERVED', answers);
    if (!completeness.canSubmit) throw new InvalidInputError(`Please answer a few more questions: ${completeness.problems.join(' ')}`);
    const used = await pub.db.query('UPDATE person_served_link SET used_at = app_now() WHERE id = $1 AND used_at IS NULL RETURNING id', [l.id]);
    if (used.length === 0) throw new NotFoundError('Feedback link (it may have been used or expired)');
    const [team] = await pub.db.query<{ team_id: string }>('SELECT team_id FROM team_membership WHERE person_id = $1 AND ends_on IS NULL', [l.subject_id]);
    const [c] = await pub.db.query<{ id: string }>(
      `INSERT INTO checklist (organization_id, instrument_version_id, subject_id, rater_type, rater_id, opened_by, status, version, revision,
         observation_start, observation_end, team_id, submitted_at, scores, mutuality_index, mutuality_index_100, hierarchical_drift_index,
         medical_model_drift_index, errand_drift_index, organisational_drift_index, band)
       VALUES ($1, $2, $3, 'PERSON_SERVED', NULL, NULL, 'SUBMITTED', 1, 1, app_now()::date - 30, app_now()::date, $4, app_now(), $5, $6, $7, $8, $9, $10, $11, $12)
       RETURNING id`,
      [pub.db.organizationId, l.instrument_version_id, l.subject_id, team?.team_id ?? null, JSON.stringify(scores), scores.mutualityIndex,
        scores.mutualityIndex100, scores.hierarchicalDriftIndex, scores.medicalModelDriftIndex, scores.errandDriftIndex, scores.organisationalDriftIndex, scores.band],
    );
    await pub.db.query(
      `INSERT INTO checklist_answer (organization_id, checklist_id, item_code, value)
       SELECT $1, $2, a.item_code, a.value FROM jsonb_to_recordset($3::jsonb) AS a(item_code text, value smallint)`,
      [pub.db.organizationId, c!.id, JSON.stringify(answers.map((a) => ({ item_code: a.itemCode, value: a.value })))],
    );
    await pub.db.query('UPDATE person_served_link SET checklist_id = $2 WHERE id = $1', [l.id, c!.id]);
    const em = await pub.db.manager();
    await applyRollupDeltas(em, pub.db.organizationId!, await checklistDeltas(em, [c!.id], 1));
    await audit(pub, { entity: 'checklist', entityId: c!.id, action: 'checklist.person_served_submitted', after: { subjectId: l.subject_id } });
    return true;
  }
}
