import { Inject, Injectable } from '@nestjs/common';
import { checklistCompleteness, scoreChecklist, ScoringInputError } from '@tandem/shared';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { applyRollupDeltas, deltasOfSubmitted, type PersonServedLinkEntity } from '@tandem/database';
import { audit } from '../../common/audit';
import { InvalidInputError, NotFoundError } from '../../common/errors';
import { asPublic, type PublicContext } from '../../common/public-context';
import type { RequestContext } from '../../common/request-context';
import { hashToken, newToken } from '../auth/tokens';
import { definitionOf } from '../instruments/instrument.model';
import { InstrumentsService } from '../instruments/instruments.service';
import { assertMayRate } from './checklist-access';
import {
  attachLinkResponse, currentTeamOf, insertLink, insertPersonServedResponse, isActivePerson, linkView, useLink, type LinkView,
} from './checklists.repository';
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
    if (!(await ctx.db.run((em) => isActivePerson(em, subjectId)))) throw new NotFoundError('Person');
    await assertMayRate(ctx, subjectId, 'PERSON_SERVED');
    const instrument = await this.instruments.byKey(ctx, 'mutuality-fidelity');
    const version = await this.instruments.currentVersion(ctx, instrument.id);
    const token = newToken();
    const link = await ctx.db.run((em) => insertLink(em, {
      organizationId: ctx.db.organizationId!, subjectId, instrumentVersionId: version.id, tokenHash: hashToken(token), createdBy: ctx.viewer!.personId,
    }, LINK_DAYS));
    await audit(ctx, { entity: 'person_served_link', entityId: link.id, action: 'person_served_link.created', after: { subjectId } });
    return { url: `${this.config.publicUrl}/feedback/${token}`, expiresAt: link.expiresAt };
  }

  /** The live link behind a token (a cross-tenant SECURITY DEFINER lookup by the token's hash), or NOT_FOUND. */
  private async find(ctx: RequestContext, token: string): Promise<{ linkId: PersonServedLinkEntity['id']; organizationId: PersonServedLinkEntity['organizationId'] }> {
    const [found] = await ctx.db.preTenantQuery<{ linkId: PersonServedLinkEntity['id']; organizationId: PersonServedLinkEntity['organizationId'] }>(
      'SELECT link_id AS "linkId", organization_id AS "organizationId" FROM auth_find_person_served_link($1)', [hashToken(token)],
    );
    if (!found) throw new NotFoundError('Feedback link (it may have been used or expired)');
    return found;
  }

  /** The link with what the form shows, read in the link's own organisation (the anonymous context of `asPublic`). */
  private async link(pub: PublicContext, linkId: string): Promise<LinkView> {
    const row = await pub.db.run((em) => linkView(em, linkId));
    if (!row) throw new NotFoundError('Feedback link (it may have been used or expired)');
    return row;
  }

  /** The form behind a link. The token is the credential: whoever holds it — signed in anywhere or not — sees the form. */
  async form(ctx: RequestContext, token: string) {
    const found = await this.find(ctx, token);
    return asPublic(ctx, found.organizationId, async (pub) => {
      const l = await this.link(pub, found.linkId);
      return { peerFirstName: l.firstName, organizationName: l.organizationName, definitionJson: JSON.stringify(l.definition) };
    });
  }

  /** Stores the answers in the link's organisation, in a transaction of its own with no viewer, and uses the link up. */
  async submit(ctx: RequestContext, input: PersonServedAnswersInput): Promise<boolean> {
    const found = await this.find(ctx, input.token);
    return asPublic(ctx, found.organizationId, (pub) => this.store(pub, found.linkId, input));
  }

  private async store(pub: PublicContext, linkId: string, input: PersonServedAnswersInput): Promise<boolean> {
    const l = await this.link(pub, linkId);
    const definition = definitionOf(l);
    const answers = input.answers.map((a) => ({ itemCode: a.itemCode, value: a.value ?? null }));
    let scores;
    try {
      scores = scoreChecklist(definition, answers, { raterType: 'PERSON_SERVED' });
    } catch (e) {
      if (e instanceof ScoringInputError) throw new InvalidInputError(e.message, { itemCode: e.itemCode });
      throw e;
    }
    const completeness = checklistCompleteness(definition, 'PERSON_SERVED', answers);
    if (!completeness.canSubmit) throw new InvalidInputError(`Please answer a few more questions: ${completeness.problems.join(' ')}`);
    const organizationId = pub.db.organizationId!;
    const checklistId = await pub.db.run(async (em) => {
      if (!(await useLink(em, l.id))) return null;
      const teamId = await currentTeamOf(em, l.subjectId);
      const { id, submittedAt } = await insertPersonServedResponse(
        em, { organizationId, instrumentVersionId: l.instrumentVersionId, subjectId: l.subjectId, teamId }, scores, answers,
      );
      await attachLinkResponse(em, l.id, id);
      // Its contribution from what was just written, without reading it back.
      await applyRollupDeltas(em, organizationId, await deltasOfSubmitted(em, [{
        team_id: teamId, submitted_at: submittedAt!, rater_type: 'PERSON_SERVED', scores, instrument_version_id: l.instrumentVersionId,
        answers: answers.map((a) => ({ item_code: a.itemCode, value: a.value })),
      }], 1));
      return id;
    });
    if (!checklistId) throw new NotFoundError('Feedback link (it may have been used or expired)');
    await audit(pub, { entity: 'checklist', entityId: checklistId, action: 'checklist.person_served_submitted', after: { subjectId: l.subjectId } });
    return true;
  }
}
