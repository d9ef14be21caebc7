import { formatDriftPeriod } from '@tandem/shared';
import type { ActionFieldsFragment } from '../../gql/graphql';

export const SCOPE_LABELS: Record<string, string> = { TEAM: 'Team', CASELOAD: 'Caseload', PERSON: 'One person' };

/** Whom the action belongs to, in words: the team, the supervisor's caseload, or the person (and their team). */
export function actionFor(a: Pick<ActionFieldsFragment, 'scope' | 'team' | 'person' | 'supervisor'>): string {
  if (a.scope === 'TEAM') return a.team ? `${a.team.name} (whole team)` : 'A team';
  if (a.scope === 'CASELOAD') return a.supervisor ? `${a.supervisor.name}’s caseload` : 'A caseload';
  return [a.person?.name, a.team?.name].filter(Boolean).join(', ') || 'One person';
}

/** The kind of "for": an action agreed in a group session's note belongs to everyone in that session, not one person. */
export function scopeLabel(a: Pick<ActionFieldsFragment, 'scope' | 'groupSession'>): string {
  if (a.groupSession) return 'Group supervision';
  return SCOPE_LABELS[a.scope] ?? a.scope;
}

/** The status as people say it, overdue included. */
export function statusText(a: Pick<ActionFieldsFragment, 'status' | 'overdue'>): { text: string; tone: 'danger' | 'info' | 'success' | 'neutral' } {
  if (a.status === 'OPEN') return a.overdue ? { text: 'Overdue', tone: 'danger' } : { text: 'Open', tone: 'info' };
  if (a.status === 'DONE') return { text: 'Done', tone: 'success' };
  return { text: 'Dropped', tone: 'neutral' };
}

/**
 * The figure before and after, read with the figure's own direction ("higher is better" for fidelity, "lower is
 * better" for the drift indices): "62.0 (Mar 2026) → 70.5 (May 2026), better". Null when there is nothing worth
 * saying: an action agreed in a supervision note is about one person's practice, not a team figure, so it shows
 * no team before/after unless the API found one.
 */
export function beforeAfterText(a: Pick<ActionFieldsFragment, 'before' | 'after' | 'change' | 'metric'> & Partial<Pick<ActionFieldsFragment, 'source'>>): string | null {
  if (a.source === 'NOTE' && !a.before) return null;
  if (!a.metric) return 'No figure linked';
  if (!a.before) return 'No team figure for that period (too few ratings, or none yet)';
  const before = `${a.before.value.toFixed(1)} (${formatDriftPeriod(a.before.period)})`;
  if (!a.after) return `${before} → not yet: no later period with enough ratings`;
  const change = a.change === 'better' ? 'better' : a.change === 'worse' ? 'worse' : 'about the same';
  return `${before} → ${a.after.value.toFixed(1)} (${formatDriftPeriod(a.after.period)}), ${change}`;
}

export const CHANGE_TONES: Record<string, 'success' | 'warning' | 'neutral'> = { better: 'success', worse: 'warning', same: 'neutral' };
