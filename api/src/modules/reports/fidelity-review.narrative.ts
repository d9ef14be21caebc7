import { DEVELOPMENT_AREA_BELOW, formatFigureWithUnit, toHundred, worseDirection } from '@tandem/shared';
import type { ReviewSignal, ReviewTeamBase } from './fidelity-review.types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** '2026-07' → 'Jul 2026'; ISO weeks and anything else are left as they are. */
export function monthName(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  return m ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : period;
}

/** '2026-07-14' → '14 Jul 2026'. */
export function dayName(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : iso;
}

export const BAND_WORDS: Record<string, string> = { HIGH: 'high', MODERATE: 'moderate', LOW: 'low' };

/** Drift indices are bad when they rise; the fidelity index and dimensions when they fall (the metric catalogue). */
const risesWhenWorse = (metric: string) => worseDirection(metric) === 'up';

const lower = (label: string) => (/^[A-Z][a-z]/.test(label) && !/^Mutuality Fidelity/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label);

/** One signal as a short clause: "hierarchical drift rose above its usual level from Jul 2026 and is still there". */
export function signalClause(s: ReviewSignal): string {
  const label = lower(s.metricLabel);
  const from = monthName(s.since || s.period);
  const single = s.rule !== 'CUSUM';
  let what: string;
  if (s.direction === 'better') what = single ? `${label} was unusually good in ${monthName(s.period)}` : `${label} improved from ${from}`;
  else if (risesWhenWorse(s.metric)) what = single ? `${label} was unusually high in ${monthName(s.period)}` : `${label} rose above its usual level from ${from}`;
  else what = single ? `${label} was unusually low in ${monthName(s.period)}` : `${label} fell below its usual level from ${from}`;
  if (single) return what;
  return s.inForce ? `${what}, and still is` : `${what}, and has since settled`;
}

function joinClauses(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join('; ')}; and ${parts[parts.length - 1]}`;
}

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

/** Strongest first: alerts before watches, sustained changes before single periods, the headline index first. */
function rank(s: ReviewSignal): number {
  return (s.severity === 'alert' ? 0 : 10) + (s.rule === 'CUSUM' ? 0 : 5) + (s.metric === 'MFI' ? 0 : s.metric.startsWith('DIM:') ? 2 : 1);
}

/**
 * A short plain-language account of one team's period, built from its signals, level, supervision and actions. Says
 * nothing about any one person and nothing a suppressed cell would reveal.
 */
export function teamNarrative(team: ReviewTeamBase): string[] {
  const out: string[] = [];
  const { mutualityIndex, band, period } = team.latest;
  if (mutualityIndex !== null && period) {
    out.push(`Mutuality was ${BAND_WORDS[band ?? ''] ?? 'measured'} in ${monthName(period)}: ${formatFigureWithUnit('MFI', mutualityIndex)}.`);
  } else {
    out.push('Too few checklists to report a level for this period (small groups are not shown, to protect individuals).');
  }
  const worse = team.signals.filter((s) => s.direction === 'worse').sort((a, b) => rank(a) - rank(b));
  const better = team.signals.filter((s) => s.direction === 'better').sort((a, b) => rank(a) - rank(b));
  if (worse.length) {
    const shown = worse.slice(0, 3).map(signalClause);
    const more = worse.length > 3 ? ` (${worse.length - 3} more listed below)` : '';
    out.push(sentence(`${worse.some((s) => s.severity === 'alert') ? 'Worth a conversation' : 'Worth watching'}: ${joinClauses(shown)}${more}`));
  }
  if (better.length) out.push(sentence(`Improving: ${joinClauses(better.slice(0, 2).map(signalClause))}`));
  if (!worse.length && !better.length) out.push('No signals: the team stayed within its usual range throughout the period.');
  const weak = team.dimensions.filter((d) => d.score !== null && d.score < toHundred(DEVELOPMENT_AREA_BELOW) && d.code !== 'D7');
  if (weak.length) out.push(sentence(`Development area${weak.length > 1 ? 's' : ''}: ${weak.map((d) => `${d.title} (${d.score!.toFixed(1)})`).join(', ')}`));
  const s = team.supervision;
  if (s && s.required > 0) {
    const held = Math.min(s.recorded, s.required);
    const pct = Math.round((held / s.required) * 100);
    const overdue = s.overdue ? `; ${s.overdue} of ${s.supervisees} supervisees are overdue today` : '';
    out.push(pct >= 90
      ? `Supervision kept pace: ${s.recorded} sessions held against ${s.required} required (${pct}%)${overdue}.`
      : `Supervision fell behind: ${s.recorded} sessions held against ${s.required} required (${pct}%)${overdue}.`);
  } else if (s) {
    out.push('No supervision was required of this team in the period.');
  }
  const opened = team.actions.filter((a) => a.openedInPeriod).length;
  const done = team.actions.filter((a) => a.status === 'DONE').length;
  const improved = team.actions.filter((a) => a.outcome === 'better').length;
  if (team.actions.length) {
    const parts = [`${opened} action${opened === 1 ? '' : 's'} agreed in the period`, `${done} done`];
    if (improved) parts.push(`${improved} followed by a measured improvement`);
    out.push(sentence(parts.join(', ')));
  } else if (worse.length) {
    out.push('No action has been agreed on these signals yet.');
  }
  return out;
}
