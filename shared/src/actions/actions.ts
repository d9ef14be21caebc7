/**
 * Actions (issue 13): one place for the rules people read on screen — when an action is overdue, and how long an
 * overdue action stays on a supervision agenda before it is left to the Actions page.
 */

/** An open action past its due date is overdue from the day after. Dates are ISO days (YYYY-MM-DD). */
export function isActionOverdue(status: string, dueOn: string | null, today: string): boolean {
  return status === 'OPEN' && dueOn !== null && dueOn < today;
}

/** An open action stays on the supervisee's agenda until it is this many days past its due date. */
export const ACTION_AGENDA_OVERDUE_DAYS = 60;

/** The agenda's own words for that limit. */
export const ACTION_AGENDA_RULE = `Open actions show here until ${ACTION_AGENDA_OVERDUE_DAYS} days past their due date; older ones stay on the Actions page, marked overdue.`;

export type ActionScope = 'PERSON' | 'TEAM' | 'CASELOAD';

/** The parts of a dashboard signal id (`team:raterTypes:metric:period:rule`, the metric may hold a colon), or null. */
export function parseSignalId(id: string): { teamId: string; raterTypes: string[]; metric: string; period: string; rule: string } | null {
  const parts = id.split(':');
  if (parts.length < 5) return null;
  const rule = parts.pop()!;
  const period = parts.pop()!;
  const [teamId, raters, ...metric] = parts;
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(teamId!)) return null;
  if (!/^[A-Z_]+(\+[A-Z_]+)*$/.test(raters!) || !/^\d{4}-(\d{2}|W\d{2})$/.test(period) || !/^[A-Z0-9_]{2,40}$/.test(rule)) return null;
  const key = metric.join(':');
  if (!/^(MFI|HDI|MDI|EDI|ODI|DIM:D[1-7])$/.test(key)) return null;
  return { teamId: teamId!.toLowerCase(), raterTypes: raters!.split('+'), metric: key, period, rule };
}
