// Supervision policy: how often a peer worker must have supervision, by stage, and which sessions count.
import { DAY_MS } from '../time-units';

export const SUPERVISION_MODALITIES = ['INDIVIDUAL', 'GROUP', 'PEER_COREFLECTION', 'OBSERVATION'] as const;
export type SupervisionModality = (typeof SUPERVISION_MODALITIES)[number];

export const SUPERVISION_SESSION_STATUSES = ['SCHEDULED', 'COMPLETED', 'CANCELLED', 'MISSED'] as const;
export type SupervisionSessionStatus = (typeof SUPERVISION_SESSION_STATUSES)[number];

export const SUPERVISION_POLICY_PRESETS = ['WEEKLY_6M_THEN_BIWEEKLY', 'WEEKLY_UNTIL_CERT_THEN_MONTHLY', 'CUSTOM'] as const;
export type SupervisionPolicyPreset = (typeof SUPERVISION_POLICY_PRESETS)[number];

/**
 * One stage of a policy. A stage runs from the end of the previous stage (or the staff start date) until
 * `untilMonths` calendar months after the staff start date; `null` means open-ended. `everyDays` is the minimum
 * frequency: one counting session per that many days (7 weekly, 14 every two weeks, 30 monthly).
 */
export interface SupervisionStage {
  untilMonths: number | null;
  everyDays: number;
}

export interface SupervisionPolicy {
  preset: SupervisionPolicyPreset;
  /** In order; the last stage should be open-ended (it is treated as open-ended either way). */
  stages: SupervisionStage[];
  /** Modalities that count towards the requirement. */
  countingModalities: SupervisionModality[];
  /** A session shorter than this does not count. */
  minimumMinutes: number;
  /** Whether a session must be documented to count as recorded. Default true (e.g. required by the Texas rule). */
  requireDocumentation?: boolean;
}

export interface SupervisionSessionLike {
  modality: SupervisionModality;
  durationMinutes: number;
  status: SupervisionSessionStatus;
}

const DEFAULT_COUNTING: SupervisionModality[] = ['INDIVIDUAL', 'GROUP', 'PEER_COREFLECTION'];

/**
 * Built-in presets.
 * - WEEKLY_6M_THEN_BIWEEKLY (product default): weekly for the first 6 months, then every 14 days.
 * - WEEKLY_UNTIL_CERT_THEN_MONTHLY: weekly until 24 months (two-year certification, counted from the staff start
 *   date; pass the certification start as `staffStart` if it differs), then every 30 days.
 * Both count individual, group and peer co-reflection sessions of at least 30 minutes. Use `policyFromPreset` for a copy.
 */
export const POLICY_PRESETS: Record<Exclude<SupervisionPolicyPreset, 'CUSTOM'>, SupervisionPolicy> = {
  WEEKLY_6M_THEN_BIWEEKLY: {
    preset: 'WEEKLY_6M_THEN_BIWEEKLY',
    stages: [
      { untilMonths: 6, everyDays: 7 },
      { untilMonths: null, everyDays: 14 },
    ],
    countingModalities: DEFAULT_COUNTING,
    minimumMinutes: 30,
    requireDocumentation: true,
  },
  WEEKLY_UNTIL_CERT_THEN_MONTHLY: {
    preset: 'WEEKLY_UNTIL_CERT_THEN_MONTHLY',
    stages: [
      { untilMonths: 24, everyDays: 7 },
      { untilMonths: null, everyDays: 30 },
    ],
    countingModalities: DEFAULT_COUNTING,
    minimumMinutes: 30,
    requireDocumentation: true,
  },
};

export const POLICY_PRESET_LABELS: Record<SupervisionPolicyPreset, string> = {
  WEEKLY_6M_THEN_BIWEEKLY: 'Weekly for the first 6 months, then every two weeks',
  WEEKLY_UNTIL_CERT_THEN_MONTHLY: 'Weekly until two-year certification, then monthly',
  CUSTOM: 'Custom',
};

/** A deep copy of a preset, safe to edit (e.g. as the starting point of a CUSTOM policy). */
export function policyFromPreset(preset: Exclude<SupervisionPolicyPreset, 'CUSTOM'>): SupervisionPolicy {
  const p = POLICY_PRESETS[preset];
  return { ...p, stages: p.stages.map((s) => ({ ...s })), countingModalities: [...p.countingModalities] };
}

export const DEFAULT_SUPERVISION_POLICY: SupervisionPolicy = policyFromPreset('WEEKLY_6M_THEN_BIWEEKLY');

/** Problems with a policy as plain sentences; empty when it is usable. */
export function validatePolicy(policy: SupervisionPolicy): string[] {
  const problems: string[] = [];
  if (policy.stages.length === 0) problems.push('A policy needs at least one stage.');
  let previous = 0;
  policy.stages.forEach((stage, i) => {
    const last = i === policy.stages.length - 1;
    if (!(stage.everyDays > 0) || !Number.isFinite(stage.everyDays)) problems.push(`Stage ${i + 1}: the interval must be a positive number of days.`);
    if (stage.untilMonths === null) {
      if (!last) problems.push(`Stage ${i + 1}: only the last stage can be open-ended.`);
    } else {
      if (!Number.isInteger(stage.untilMonths) || stage.untilMonths <= previous) problems.push(`Stage ${i + 1}: the end must be a whole number of months after the previous stage.`);
      if (last) problems.push('The last stage must be open-ended.');
      previous = stage.untilMonths;
    }
  });
  if (policy.countingModalities.length === 0) problems.push('At least one modality must count.');
  if (!(policy.minimumMinutes >= 0)) problems.push('The minimum duration cannot be negative.');
  return problems;
}

/** Adds calendar months in UTC, clamping to the last day of shorter months (31 Aug + 6 months = 28/29 Feb). */
export function addMonthsUtc(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const result = new Date(date.getTime());
  result.setUTCFullYear(y, m, Math.min(date.getUTCDate(), lastDay));
  return result;
}

export interface StageWindow {
  index: number;
  stage: SupervisionStage;
  start: Date;
  /** Null for the last (open-ended) stage. */
  end: Date | null;
}

/** The stages laid out on the calendar for one staff start date. The last stage is always open-ended. */
export function stageWindows(policy: SupervisionPolicy, staffStart: Date): StageWindow[] {
  let start = staffStart;
  return policy.stages.map((stage, index) => {
    const last = index === policy.stages.length - 1;
    const end = last || stage.untilMonths === null ? null : addMonthsUtc(staffStart, stage.untilMonths);
    const window: StageWindow = { index, stage, start, end };
    if (end) start = end;
    return window;
  });
}

/** The stage in force at `at` (the first stage before the start date). */
export function stageAt(policy: SupervisionPolicy, staffStart: Date, at: Date): StageWindow {
  const windows = stageWindows(policy, staffStart);
  const found = windows.find((w) => w.end === null || at.getTime() < w.end.getTime());
  if (!found) throw new Error('A supervision policy needs at least one stage.');
  return found;
}

/**
 * How many counting sessions the policy requires in [from, to).
 * The window is clipped to start no earlier than `staffStart`. Each stage contributes
 * (days of the window inside that stage) / everyDays, fractions included; the sum is then rounded half up.
 * So a 31-day month of weekly supervision needs round(4.43) = 4, a 29-day February of monthly needs round(0.97) = 1,
 * and a 3-day window of weekly needs round(0.43) = 0.
 */
export function requiredSessions(policy: SupervisionPolicy, window: { staffStart: Date; from: Date; to: Date }): number {
  const from = Math.max(window.from.getTime(), window.staffStart.getTime());
  const to = window.to.getTime();
  if (to <= from) return 0;
  let sum = 0;
  for (const w of stageWindows(policy, window.staffStart)) {
    const start = Math.max(from, w.start.getTime());
    const end = Math.min(to, w.end ? w.end.getTime() : Number.POSITIVE_INFINITY);
    if (end > start) sum += (end - start) / DAY_MS / w.stage.everyDays;
  }
  return Math.floor(sum + 0.5 + 1e-9);
}

/** Whether a session counts towards the requirement: completed, a counting modality, and long enough. */
export function sessionCounts(policy: SupervisionPolicy, session: SupervisionSessionLike): boolean {
  return (
    session.status === 'COMPLETED' &&
    policy.countingModalities.includes(session.modality) &&
    session.durationMinutes >= policy.minimumMinutes
  );
}
