import { Injectable } from '@nestjs/common';
import { complianceFor, type ComplianceSession, DAY_MS, METRIC_CATALOGUE, DEFAULT_SUPERVISION_POLICY, POLICY_PRESET_LABELS, policyFromPreset, type SupervisionModality, type SupervisionPolicy, type SupervisionPolicyPreset, validatePolicy } from '@tandem/shared';
import { audit } from '../../common/audit';
import { InvalidInputError, NotFoundError } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import { personScope } from '../../common/scope';
import { assertWindow, MAX_HISTORY_DAYS } from '../../common/window';
import type {
  ComplianceAggregateModel, ReconciliationModel, SuperviseeComplianceModel, SupervisionComplianceFilterInput, SupervisionComplianceModel,
  SupervisionPolicyModel, UpdateSupervisionPolicyInput,
} from './compliance.model';
import { ComplianceStatusEnum, SupervisionPolicyPresetEnum } from './compliance.model';
import { countedOccurrences, type CountedOccurrence } from './counted-occurrences';
import type { SupervisionModalityEnum } from './session.model';

const DEFAULT_WINDOW_DAYS = 90;
const MAX_WINDOW_DAYS = 400;
/** Sessions before the window are read this far back, for "days since the last session". */
const LOOKBACK_DAYS = 366;

interface PolicyRow {
  program_id: string;
  preset: SupervisionPolicyPreset;
  stages: SupervisionPolicy['stages'];
  counting_modalities: SupervisionModality[];
  minimum_minutes: number;
  require_documentation: boolean;
  updated_at: Date;
}

const emptyReconciliation = (): ReconciliationModel => ({
  scheduled: 0, completed: 0, documented: 0, heldNotDocumented: 0, documentedNotScheduled: 0, pastStillScheduled: 0, missed: 0, cancelled: 0,
});

/** Supervision policy per program, and compliance (required vs recorded, overdue, reconciliation) per supervisee, team and program. */
@Injectable()
export class ComplianceService {
  async policy(ctx: RequestContext, programId: string): Promise<SupervisionPolicyModel> {
    const program = await ctx.db.query('SELECT 1 FROM program WHERE id = $1', [programId]);
    if (program.length === 0) throw new NotFoundError('Program');
    const [row] = await ctx.db.query<PolicyRow>('SELECT * FROM supervision_policy WHERE program_id = $1', [programId]);
    return toPolicyModel(programId, row ? fromRow(row) : DEFAULT_SUPERVISION_POLICY, row?.updated_at ?? null);
  }

  async updatePolicy(ctx: RequestContext, input: UpdateSupervisionPolicyInput): Promise<SupervisionPolicyModel> {
    const before = await this.policy(ctx, input.programId);
    const base = input.preset === 'CUSTOM' ? null : policyFromPreset(input.preset);
    if (input.preset === 'CUSTOM' && !input.stages?.length) throw new InvalidInputError('A CUSTOM policy needs its stages', { field: 'stages' });
    const policy: SupervisionPolicy = {
      preset: input.preset,
      stages: base ? base.stages : input.stages!.map((s) => ({ untilMonths: s.untilMonths ?? null, everyDays: s.everyDays })),
      countingModalities: (input.countingModalities as SupervisionModality[] | undefined) ?? [...DEFAULT_SUPERVISION_POLICY.countingModalities],
      minimumMinutes: input.minimumMinutes ?? DEFAULT_SUPERVISION_POLICY.minimumMinutes,
      requireDocumentation: input.requireDocumentation ?? true,
    };
    const problems = validatePolicy(policy);
    if (problems.length) throw new InvalidInputError(problems.join(' '), { field: 'stages', problems });
    const [row] = await ctx.db.query<PolicyRow>(
      `INSERT INTO supervision_policy (organization_id, program_id, preset, stages, counting_modalities, minimum_minutes, require_documentation, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (organization_id, program_id) DO UPDATE SET preset = $3, stages = $4, counting_modalities = $5, minimum_minutes = $6,
         require_documentation = $7, updated_by = $8, updated_at = app_now()
       RETURNING *`,
      [ctx.db.organizationId, input.programId, policy.preset, JSON.stringify(policy.stages), policy.countingModalities, policy.minimumMinutes,
        policy.requireDocumentation, ctx.viewer!.personId],
    );
    await audit(ctx, {
      entity: 'program', entityId: input.programId, action: 'supervision_policy.updated',
      before: { preset: before.preset, stages: before.stages, countingModalities: before.countingModalities, minimumMinutes: before.minimumMinutes },
      after: { preset: policy.preset, stages: policy.stages, countingModalities: policy.countingModalities, minimumMinutes: policy.minimumMinutes },
    });
    return toPolicyModel(input.programId, policy, row!.updated_at);
  }

  /**
   * Compliance over a window for the supervisees (active STAFF) the viewer may see, with team, program and total
   * aggregates. Uses @tandem/shared complianceFor per supervisee with their program's policy.
   */
  async compliance(ctx: RequestContext, filter: SupervisionComplianceFilterInput, nowDate = ctx.clock.now()): Promise<SupervisionComplianceModel> {
    const to = filter.to ? new Date(filter.to) : nowDate;
    const from = filter.from ? new Date(filter.from) : new Date(to.getTime() - DEFAULT_WINDOW_DAYS * DAY_MS);
    // Both ends and the length are capped: the sessions read and expanded below span at most LOOKBACK + window.
    assertWindow(nowDate.getTime(), from.getTime(), to.getTime(), { maxDays: MAX_WINDOW_DAYS, maxPastDays: MAX_HISTORY_DAYS, maxFutureDays: MAX_WINDOW_DAYS });
    const scope = personScope(ctx.viewer!, 'p.id', 4);
    const people = await ctx.db.query<{ id: string; started_on: string | null; created_at: Date; team_id: string | null; program_id: string | null }>(
      `SELECT p.id, to_char(p.started_on, 'YYYY-MM-DD') AS started_on, p.created_at, tm.team_id, t.program_id
       FROM person p
       LEFT JOIN team_membership tm ON tm.person_id = p.id AND tm.ends_on IS NULL
       LEFT JOIN team t ON t.id = tm.team_id
       WHERE p.active AND EXISTS (SELECT 1 FROM role_grant g WHERE g.person_id = p.id AND g.role = 'STAFF')
         AND ($1::uuid IS NULL OR t.program_id = $1) AND ($2::uuid IS NULL OR tm.team_id = $2) AND ($3::uuid IS NULL OR p.id = $3)
         AND ${scope.sql}
       ORDER BY p.name, p.id`,
      [filter.programId ?? null, filter.teamId ?? null, filter.superviseeId ?? null, ...scope.params],
    );
    const policies = new Map<string, SupervisionPolicy>();
    const programIds = [...new Set(people.map((p) => p.program_id).filter((id): id is string => !!id))];
    if (programIds.length) {
      for (const r of await ctx.db.query<PolicyRow>('SELECT * FROM supervision_policy WHERE program_id = ANY($1::uuid[])', [programIds])) {
        policies.set(r.program_id, fromRow(r));
      }
    }
    const readFrom = new Date(Math.min(from.getTime(), nowDate.getTime() - LOOKBACK_DAYS * DAY_MS));
    const readTo = new Date(Math.max(to.getTime(), readFrom.getTime() + DAY_MS));
    const ids = new Set(people.map((p) => p.id));
    // The organisation's occurrences come expanded from the cache (keyed by its supervision revision); only those of
    // the supervisees in scope are counted.
    const occurrences = people.length ? await countedOccurrences(ctx, readFrom, readTo) : [];
    const isDocumented = (o: CountedOccurrence) => o.documented;
    const bySupervisee = new Map<string, CountedOccurrence[]>();
    for (const o of occurrences) {
      for (const id of o.superviseeIds) {
        if (!ids.has(id)) continue;
        const list = bySupervisee.get(id);
        if (list) list.push(o);
        else bySupervisee.set(id, [o]);
      }
    }

    const supervisees = people.map((p): SuperviseeComplianceModel => {
      const policy = (p.program_id && policies.get(p.program_id)) || DEFAULT_SUPERVISION_POLICY;
      const staffStart = p.started_on ?? p.created_at.toISOString().slice(0, 10);
      const mine = bySupervisee.get(p.id) ?? [];
      const sessionsFor: ComplianceSession[] = mine.map((o) => ({
        startsAt: o.startsAt, modality: o.modality, durationMinutes: o.durationMinutes, status: o.status, documented: isDocumented(o),
      }));
      const r = complianceFor(policy, { staffStart: new Date(`${staffStart}T00:00:00Z`), from, to, now: nowDate, sessions: sessionsFor });
      return {
        superviseeId: p.id, teamId: p.team_id, programId: p.program_id, staffStart, policyPreset: policy.preset as SupervisionPolicyPresetEnum,
        required: r.required, requiredByEnd: r.requiredByEnd, recorded: r.recorded, ratio: r.ratio, daysSinceLast: r.daysSinceLast,
        lastSessionAt: r.lastSessionAt, currentIntervalDays: r.currentIntervalDays, overdue: r.overdue, status: r.status as ComplianceStatusEnum,
        reconciliation: reconcile(mine.filter((o) => o.startsAt >= from && o.startsAt < to && o.startsAt <= nowDate), isDocumented),
      };
    });
    const group = (key: (s: SuperviseeComplianceModel) => string | null) => {
      const m = new Map<string, SuperviseeComplianceModel[]>();
      for (const s of supervisees) {
        const k = key(s);
        if (!k) continue;
        const list = m.get(k);
        if (list) list.push(s);
        else m.set(k, [s]);
      }
      return [...m.entries()].map(([id, list]) => aggregate(id, list));
    };
    return { from, to, supervisees, teams: group((s) => s.teamId), programs: group((s) => s.programId), total: aggregate(null, supervisees) };
  }
}

function reconcile(list: CountedOccurrence[], isDocumented: (o: CountedOccurrence) => boolean): ReconciliationModel {
  const r = emptyReconciliation();
  for (const o of list) {
    const doc = isDocumented(o);
    if (o.status === 'CANCELLED') r.cancelled += 1;
    else if (!o.adHoc) r.scheduled += 1;
    if (o.status === 'COMPLETED') r.completed += 1;
    if (o.status === 'MISSED') r.missed += 1;
    if (o.status === 'SCHEDULED') r.pastStillScheduled += 1;
    if (doc) r.documented += 1;
    if (o.status === 'COMPLETED' && !doc) r.heldNotDocumented += 1;
    if (o.adHoc && doc) r.documentedNotScheduled += 1;
  }
  return r;
}

function aggregate(id: string | null, list: SuperviseeComplianceModel[]): ComplianceAggregateModel {
  const reconciliation = emptyReconciliation();
  for (const s of list) for (const k of Object.keys(reconciliation) as (keyof ReconciliationModel)[]) reconciliation[k] += s.reconciliation[k];
  const required = list.reduce((n, s) => n + s.required, 0);
  return {
    id, supervisees: list.length, required, recorded: list.reduce((n, s) => n + s.recorded, 0),
    ratio: METRIC_CATALOGUE.SUPERVISION.formula(list.flatMap((s) => [s.recorded, s.required])),
    onTrack: list.filter((s) => s.status === 'ON_TRACK').length, behind: list.filter((s) => s.status === 'BEHIND').length,
    overdue: list.filter((s) => s.status === 'OVERDUE').length, reconciliation,
  };
}

function fromRow(r: PolicyRow): SupervisionPolicy {
  return { preset: r.preset, stages: r.stages, countingModalities: r.counting_modalities, minimumMinutes: r.minimum_minutes, requireDocumentation: r.require_documentation };
}

function toPolicyModel(programId: string, p: SupervisionPolicy, updatedAt: Date | null): SupervisionPolicyModel {
  return {
    programId, preset: p.preset as SupervisionPolicyPresetEnum, presetLabel: POLICY_PRESET_LABELS[p.preset], stages: p.stages.map((s) => ({ ...s })),
    countingModalities: p.countingModalities as SupervisionModalityEnum[], minimumMinutes: p.minimumMinutes,
    requireDocumentation: p.requireDocumentation ?? true, isDefault: updatedAt === null, updatedAt,
  };
}
