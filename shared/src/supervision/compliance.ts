import { DAY_MS } from '../time-units';
import {
  requiredSessions,
  sessionCounts,
  stageAt,
  type SupervisionModality,
  type SupervisionPolicy,
  type SupervisionSessionStatus,
} from './policy';

/** Days of slack after the stage interval before a supervisee is shown as overdue. */
export const OVERDUE_GRACE_DAYS = 2;

export interface ComplianceSession {
  startsAt: Date;
  modality: SupervisionModality;
  durationMinutes: number;
  status: SupervisionSessionStatus;
  documented: boolean;
}

export interface ComplianceInput {
  staffStart: Date;
  from: Date;
  to: Date;
  now: Date;
  sessions: readonly ComplianceSession[];
}

export type ComplianceStatus = 'ON_TRACK' | 'BEHIND' | 'OVERDUE';

export interface ComplianceResult {
  /** Sessions required from `from` up to `min(to, now)` — what should have happened so far. */
  required: number;
  /** Sessions required over the whole window [from, to). */
  requiredByEnd: number;
  /** Counting sessions in the window up to now (documented ones only, unless the policy does not require it). */
  recorded: number;
  /** recorded / required capped at 1; null when nothing is required yet. */
  ratio: number | null;
  /** Whole days since the last counting session held (any date before now, documented or not); null if none. */
  daysSinceLast: number | null;
  lastSessionAt: Date | null;
  /** The interval of the stage in force now. */
  currentIntervalDays: number;
  overdue: boolean;
  /** Completed sessions in the window without documentation. */
  heldNotDocumented: number;
  /** Sessions in the window that started before now but are still marked SCHEDULED (status never updated). */
  pastStillScheduled: number;
  cancelled: number;
  missed: number;
  status: ComplianceStatus;
}

/**
 * Supervision compliance for one supervisee and one reporting window [from, to).
 * - overdue: the last counting session was more than (current interval + 2 grace days) ago, or there has never been
 *   one and the staff start date is more than that long ago. Never overdue before the start date. Documentation does
 *   not matter here (it shows up in `recorded` and `heldNotDocumented`).
 * - status: OVERDUE if overdue, else BEHIND if recorded < required, else ON_TRACK.
 */
export function complianceFor(policy: SupervisionPolicy, input: ComplianceInput): ComplianceResult {
  const { staffStart, from, to, now, sessions } = input;
  const nowMs = now.getTime();
  const needsDocs = policy.requireDocumentation ?? true;

  const soFar = new Date(Math.min(to.getTime(), nowMs));
  const required = requiredSessions(policy, { staffStart, from, to: soFar });
  const requiredByEnd = requiredSessions(policy, { staffStart, from, to });

  const inWindow = sessions.filter((s) => {
    const t = s.startsAt.getTime();
    return t >= from.getTime() && t < to.getTime() && t <= nowMs;
  });
  const recorded = inWindow.filter((s) => sessionCounts(policy, s) && (!needsDocs || s.documented)).length;
  const heldNotDocumented = inWindow.filter((s) => s.status === 'COMPLETED' && !s.documented).length;
  const pastStillScheduled = inWindow.filter((s) => s.status === 'SCHEDULED' && s.startsAt.getTime() < nowMs).length;
  const cancelled = inWindow.filter((s) => s.status === 'CANCELLED').length;
  const missed = inWindow.filter((s) => s.status === 'MISSED').length;

  let lastMs: number | null = null;
  for (const s of sessions) {
    const t = s.startsAt.getTime();
    if (t <= nowMs && sessionCounts(policy, s) && (lastMs === null || t > lastMs)) lastMs = t;
  }
  const daysSinceLast = lastMs === null ? null : Math.floor((nowMs - lastMs) / DAY_MS);

  const currentIntervalDays = stageAt(policy, staffStart, now).stage.everyDays;
  const limit = currentIntervalDays + OVERDUE_GRACE_DAYS;
  const daysSinceStart = Math.floor((nowMs - staffStart.getTime()) / DAY_MS);
  const overdue = nowMs >= staffStart.getTime() && (daysSinceLast ?? daysSinceStart) > limit;

  const ratio = required === 0 ? null : Math.min(1, recorded / required);
  const status: ComplianceStatus = overdue ? 'OVERDUE' : recorded < required ? 'BEHIND' : 'ON_TRACK';

  return {
    required,
    requiredByEnd,
    recorded,
    ratio,
    daysSinceLast,
    lastSessionAt: lastMs === null ? null : new Date(lastMs),
    currentIntervalDays,
    overdue,
    heldNotDocumented,
    pastStillScheduled,
    cancelled,
    missed,
    status,
  };
}
