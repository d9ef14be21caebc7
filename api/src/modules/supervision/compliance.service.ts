import { Injectable } from '@nestjs/common';
import { complianceFor, type ComplianceSession, DAY_MS, METRIC_CATALOGUE, DEFAULT_SUPERVISION_POLICY, POLICY_PRESET_LABELS, policyFromPreset, type SupervisionModality, type SupervisionPolicy, type SupervisionPolicyPreset, validatePolicy } from '@tandem/shared';
import type { SupervisionPolicyEntity } from '@tandem/database';
import { audit } from '../../common/audit';
import { InvalidInputError, NotFoundError } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import { personWhere } from '../../common/scope';
import { assertWindow, MAX_HISTORY_DAYS } from '../../common/window';
import type {
  ComplianceAggregateModel, ReconciliationModel, SuperviseeComplianceModel, SupervisionComplianceFilterInput, SupervisionComplianceModel,
  SupervisionPolicyModel, UpdateSupervisionPolicyInput,
} from './compliance.model';
import { ComplianceStatusEnum, SupervisionPolicyPresetEnum } from './compliance.model';
import { countedSupervisees, policiesOf, policyOf, programExists, savePolicy } from './compliance.repository';
import { countedOccurrences, type CountedOccurrence } from './counted-occurrences';
import type { SupervisionModalityEnum } from './session.model';

const DEFAULT_WINDOW_DAYS = 90;
const MAX_WINDOW_DAYS = 400;
/** Sessions before the window are read this far back, for "days since the last session". */
const LOOKBACK_DAYS = 366;

const emptyReconciliation = (): ReconciliationModel => ({
  scheduled: 0, completed: 0, documented: 0, heldNotDocumented: 0, documentedNotScheduled: 0, pastStillScheduled: 0, missed: 0, cancelled: 0,
});

/** Supervision policy per program, and compliance (required vs recorded, overdue, reconciliation) per supervisee, team and program. */
@Injectable()
export class ComplianceService {
  async policy(ctx: RequestContext, programId: string): Promise<SupervisionPolicyModel> {
    const found = await ctx.db.run(async (em) => ((await programExists(em, programId)) ? { policy: await policyOf(em, programId) } : null));
    if (!found) throw new NotFoundError('Program');
    const stored = found.policy;
    return toPolicyModel(programId, stored ? fromEntity(stored) : DEFAULT_SUPERVISION_POLICY, stored?.updatedAt ?? null);
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
    const values = {
      organizationId: ctx.db.organizationId!, programId: input.programId, preset: policy.preset, stages: policy.stages,
      countingModalities: policy.countingModalities, minimumMinutes: policy.minimumMinutes, requireDocumentation: policy.requireDocumentation ?? true,
      updatedBy: ctx.viewer!.personId,
    };
    const updatedAt = await ctx.db.run((em) => savePolicy(em, values));
    await audit(ctx, {
      entity: 'program', entityId: input.programId, action: 'supervision_policy.updated',
      before: { preset: before.preset, stages: before.stages, countingModalities: before.countingModalities, minimumMinutes: before.minimumMinutes },
      after: { preset: policy.preset, stages: policy.stages, countingModalities: policy.countingModalities, minimumMinutes: policy.minimumMinutes },
    });
    return toPolicyModel(input.programId, policy, updatedAt);
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
    const scope = personWhere(ctx.viewer!, 'p.id');
    // Two statements for any number of people: the supervisees in scope, then their programs' policies.
    const { people, stored } = await ctx.db.run(async (em) => {
      const found = await countedSupervisees(em, filter, scope);
      const programIds = [...new Set(found.map((p) => p.programId).filter((id): id is string => !!id))];
      return { people: found, stored: await policiesOf(em, programIds) };
    });
    const policies = new Map<string, SupervisionPolicy>(stored.map((r) => [r.programId, fromEntity(r)]));
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
      const policy = (p.programId && policies.get(p.programId)) || DEFAULT_SUPERVISION_POLICY;
      const staffStart = p.startedOn ?? p.createdAt.toISOString().slice(0, 10);
      const mine = bySupervisee.get(p.id) ?? [];
      const sessionsFor: ComplianceSession[] = mine.map((o) => ({
        startsAt: o.startsAt, modality: o.modality, durationMinutes: o.durationMinutes, status: o.status, documented: isDocumented(o),
      }));
      const r = complianceFor(policy, { staffStart: new Date(`${staffStart}T00:00:00Z`), from, to, now: nowDate, sessions: sessionsFor });
      return {
        superviseeId: p.id, teamId: p.teamId, programId: p.programId, staffStart, policyPreset: policy.preset as SupervisionPolicyPresetEnum,
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

function fromEntity(r: SupervisionPolicyEntity): SupervisionPolicy {
  return {
    preset: r.preset as SupervisionPolicyPreset, stages: r.stages as SupervisionPolicy['stages'], countingModalities: r.countingModalities as SupervisionModality[],
    minimumMinutes: r.minimumMinutes, requireDocumentation: r.requireDocumentation,
  };
}

function toPolicyModel(programId: string, p: SupervisionPolicy, updatedAt: Date | null): SupervisionPolicyModel {
  return {
    programId, preset: p.preset as SupervisionPolicyPresetEnum, presetLabel: POLICY_PRESET_LABELS[p.preset], stages: p.stages.map((s) => ({ ...s })),
    countingModalities: p.countingModalities as SupervisionModalityEnum[], minimumMinutes: p.minimumMinutes,
    requireDocumentation: p.requireDocumentation ?? true, isDefault: updatedAt === null, updatedAt,
  };
}
