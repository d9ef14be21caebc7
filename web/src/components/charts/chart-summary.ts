import { formatDriftPeriod, ofSubject, pointsText, selfAssessmentsOf, type SubjectKind } from '@tandem/shared';

/**
 * One-sentence summaries computed from what a chart shows. They pick and compare points the API already computed
 * (no new aggregates), and they describe, never judge: data for reflection, not blame.
 */

export interface SummaryPoint {
  period: string;
  value: number | null;
}

export interface SummarySignal {
  period: string;
  severity: string;
  /** Still in force at the end of the range. */
  inForce: boolean;
  /** 'worse' (drift) or 'better' (an improvement); worse when omitted. */
  direction?: string;
}

export interface TrendSummaryInput {
  /** "Medical-model drift". */
  label: string;
  /** "Inpatient Bridge"; omit for "your" trends (then `label` should read naturally alone). */
  subject?: string;
  /** A team's figure is "at" it; a person's is theirs ("Grace Kim’s Mutuality Fidelity Index"). Team when omitted. */
  subjectKind?: SubjectKind;
  points: SummaryPoint[];
  /** Which way is drift: drift indices go up, fidelity and dimension scores go down. */
  badDirection: 'up' | 'down' | string;
  /** The usual level (centre line), when the API computed control limits. */
  centre?: number | null;
  signals?: SummarySignal[];
  /** '0-100' (indices) or '1-5' (dimension scores). */
  scale?: '0-100' | '1-5';
}

export function formatScore(value: number, scale: '0-100' | '1-5' = '0-100'): string {
  return scale === '1-5' ? value.toFixed(1) : String(Math.round(value));
}

const byPeriod = (a: { period: string }, b: { period: string }) => a.period.localeCompare(b.period);

/**
 * "Medical-model drift at Inpatient Bridge rose from 9 to 64 since Mar 2026; an alert fired in Jun 2026."
 * The comparison starts at the last point on the usual side of the centre line (where the current movement began);
 * without limits it starts at the first point in the range.
 */
export function trendSummary({ label, subject, subjectKind = 'team', points, badDirection, centre, signals = [], scale = '0-100' }: TrendSummaryInput): string {
  const usable = points.filter((p): p is { period: string; value: number } => p.value !== null && Number.isFinite(p.value));
  const whose = ofSubject(label, subject ? { name: subject, kind: subjectKind } : undefined);
  // A sentence starts with a capital even when a person's name comes first or the label is lower case.
  const who = whose.charAt(0).toUpperCase() + whose.slice(1);
  if (usable.length === 0) return `${who}: no ratings in this range yet.`;
  const latest = usable[usable.length - 1]!;
  const fmt = (v: number) => formatScore(v, scale);
  const onUsualSide = (v: number) => centre == null || (badDirection === 'up' ? v <= centre : v >= centre);

  const steady = scale === '1-5' ? 0.15 : 3;
  // Noise around the usual level is not a movement worth a sentence, unless a signal is active.
  const settled = centre != null
    && (onUsualSide(latest.value) || (Math.abs(latest.value - centre) < steady * 2 && !signals.some((s) => s.inForce)));
  let anchor = usable[0]!;
  if (centre != null) {
    if (settled) anchor = latest;
    else {
      for (let i = usable.length - 2; i >= 0; i--) {
        if (onUsualSide(usable[i]!.value)) {
          anchor = usable[i]!;
          break;
        }
      }
    }
  }

  // A movement that set off a signal still in force is told from before that signal, so the sentence never says a rise
  // began after the alert it explains ("rose … since Aug; an alert fired in Jul").
  const firing = signals.filter((x) => x.inForce && x.severity === 'alert').sort(byPeriod)[0];
  if (firing && anchor !== latest && anchor.period >= firing.period) {
    anchor = [...usable].reverse().find((p) => p.period < firing.period) ?? usable[0]!;
  }

  let sentence: string;
  if (usable.length === 1) {
    sentence = `${who} was ${fmt(latest.value)} in ${formatDriftPeriod(latest.period)}`;
  } else if (anchor === latest) {
    if (centre == null) sentence = `${who} is at ${fmt(latest.value)}`;
    else if (Math.abs(latest.value - centre) < steady * 2) sentence = `${who} is at ${fmt(latest.value)}, close to its usual level of ${fmt(centre)}`;
    else {
      // On the good side of the baseline, and well away from it: an improvement since the baseline.
      const side = latest.value > centre ? 'above' : 'below';
      sentence = `${who} is at ${fmt(latest.value)}, well ${side} its baseline level of ${fmt(centre)}`;
    }
  } else if (Math.abs(latest.value - anchor.value) < steady) {
    sentence = `${who} held steady at about ${fmt(latest.value)} since ${formatDriftPeriod(anchor.period)}`;
  } else {
    const verb = latest.value > anchor.value ? 'rose' : 'fell';
    sentence = `${who} ${verb} from ${fmt(anchor.value)} to ${fmt(latest.value)} since ${formatDriftPeriod(anchor.period)}`;
  }

  const active = signals.filter((s) => s.inForce).sort(byPeriod);
  const worse = active.filter((s) => s.direction !== 'better');
  const alert = worse.find((s) => s.severity === 'alert');
  const watch = worse.find((s) => s.severity !== 'alert');
  const better = active.find((s) => s.direction === 'better' && s.severity === 'alert');
  if (alert) return `${sentence}; an alert fired in ${formatDriftPeriod(alert.period)}.`;
  if (better) return `${sentence}; an improvement signal fired in ${formatDriftPeriod(better.period)}.`;
  if (watch) return `${sentence}; a watch signal fired in ${formatDriftPeriod(watch.period)}.`;
  if (signals.length > 0) return `${sentence}; no signal is active now.`;
  return `${sentence}; no signals fired.`;
}

export interface TeamSignalsRow {
  name: string;
  signals: { severity: string; metricLabel: string }[];
}

function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** "2 of 6 teams have an alert: Inpatient Bridge (medical-model drift) and Riverside Outreach (hierarchical drift)." */
export function teamsSignalSummary(rows: TeamSignalsRow[]): string {
  if (rows.length === 0) return 'No teams match these filters.';
  const describe = (r: TeamSignalsRow, severity: 'alert' | 'watch') => {
    const labels = [...new Set(r.signals.filter((s) => (severity === 'alert' ? s.severity === 'alert' : s.severity !== 'alert')).map((s) => s.metricLabel.toLowerCase()))];
    return `${r.name} (${labels.join(', ')})`;
  };
  const alerting = rows.filter((r) => r.signals.some((s) => s.severity === 'alert'));
  const watching = rows.filter((r) => r.signals.length > 0 && !r.signals.some((s) => s.severity === 'alert'));
  const total = `${rows.length} ${rows.length === 1 ? 'team' : 'teams'}`;
  const parts: string[] = [];
  if (alerting.length) {
    parts.push(`${alerting.length} of ${total} ${alerting.length === 1 ? 'has an alert' : 'have alerts'}: ${listNames(alerting.map((r) => describe(r, 'alert')))}`);
  }
  if (watching.length) {
    parts.push(`${watching.length} ${watching.length === 1 ? 'is' : 'are'} on watch: ${listNames(watching.map((r) => describe(r, 'watch')))}`);
  }
  if (parts.length === 0) return rows.length === 1 ? 'The team shows no drift signal in the last three periods.' : `None of the ${total} shows a drift signal in the last three periods.`;
  return `${parts.join('; ')}.`;
}

export interface HeatRow {
  name: string;
  cells: { title: string; score: number | null; suppressed: boolean }[];
}

/** "Lowest score: Lived experience … at Inpatient Bridge (57.5 of 100); 1 cell is below 50, a development area. 4 cells have too few ratings to show." */
export function heatMapSummary(rows: HeatRow[], developmentBelow = 50): string {
  const cells = rows.flatMap((r) => r.cells.map((c) => ({ ...c, team: r.name })));
  const scored = cells.filter((c): c is typeof c & { score: number } => c.score !== null);
  const suppressed = cells.filter((c) => c.suppressed).length;
  const hidden = suppressed ? ` ${suppressed} ${suppressed === 1 ? 'cell has' : 'cells have'} too few ratings to show.` : '';
  if (scored.length === 0) return `No dimension has enough ratings to show yet.${hidden}`;
  const lowest = scored.reduce((a, b) => (b.score < a.score ? b : a));
  const below = scored.filter((c) => c.score < developmentBelow).length;
  const belowText = below
    ? `; ${below} ${below === 1 ? 'cell is' : 'cells are'} below ${developmentBelow}, a development area`
    : `; every shown score is at least ${developmentBelow}`;
  return `Lowest score: ${lowest.title} at ${lowest.team} (${lowest.score.toFixed(1)} of 100)${belowText}.${hidden}`;
}

export interface PatternRow {
  name: string;
  hierarchical: number | null;
  medicalModel: number | null;
}

/** Which teams lean toward which drift pattern, on the latest values (0–100, higher = more drift). */
export function patternSummary(rows: PatternRow[], notable = 25): string {
  const known = rows.filter((r) => r.hierarchical !== null || r.medicalModel !== null);
  if (known.length === 0) return 'No team has enough ratings for drift indices yet.';
  const medical = known.filter((r) => (r.medicalModel ?? 0) >= notable && (r.medicalModel ?? 0) >= (r.hierarchical ?? 0))
    .sort((a, b) => (b.medicalModel ?? 0) - (a.medicalModel ?? 0));
  const hierarchical = known.filter((r) => (r.hierarchical ?? 0) >= notable && (r.hierarchical ?? 0) > (r.medicalModel ?? 0))
    .sort((a, b) => (b.hierarchical ?? 0) - (a.hierarchical ?? 0));
  const parts: string[] = [];
  if (medical.length) parts.push(`${listNames(medical.map((r) => `${r.name} (MDI ${Math.round(r.medicalModel!)})`))} ${medical.length === 1 ? 'leans' : 'lean'} toward medical-model practice`);
  if (hierarchical.length) parts.push(`${listNames(hierarchical.map((r) => `${r.name} (HDI ${Math.round(r.hierarchical!)})`))} toward hierarchical practice`);
  const rest = known.length - medical.length - hierarchical.length;
  if (parts.length === 0) return `${known.length === 1 ? 'The team stays' : `All ${known.length} teams stay`} below ${notable} on both drift indices.`;
  const restText = rest > 0 ? `; the other ${rest === 1 ? 'team stays' : `${rest} teams stay`} below ${notable} on both` : '';
  return `${parts.join('; ')}${restText}.`;
}

export interface GapPointInput {
  period: string;
  self: number | null;
  others: number | null;
  gap: number | null;
}

/**
 * "In Jun 2026 self-assessments at Inpatient Bridge were 4 points above others’ ratings; the widest gap was 12 points
 * (Feb 2026)." A person is named in the possessive: "Grace Kim’s self-assessments".
 */
export function gapSummary(points: GapPointInput[], subject?: string, kind: 'team' | 'person' = 'team'): string {
  const paired = points.filter((p): p is GapPointInput & { gap: number } => p.gap !== null).sort(byPeriod);
  const who = selfAssessmentsOf(subject ? { name: subject, kind } : undefined);
  if (paired.length === 0) return `No period has both ${who} and others’ ratings yet.`;
  const latest = paired[paired.length - 1]!;
  const words = (g: number) => (Math.abs(g) < 1 ? 'level with' : `${pointsText(g)} ${g > 0 ? 'above' : 'below'}`);
  const first = `In ${formatDriftPeriod(latest.period)} ${who} were ${words(latest.gap)} others’ ratings`;
  const widest = paired.reduce((a, b) => (Math.abs(b.gap) > Math.abs(a.gap) ? b : a));
  if (widest === latest || paired.length === 1) return `${first}.`;
  return `${first}; the widest gap was ${pointsText(widest.gap)} (${formatDriftPeriod(widest.period)}).`;
}

export interface LanguagePointInput {
  period: string;
  suppressed: boolean;
  densities: { medicalModel: number; hierarchical: number; errand: number; mutuality: number } | null;
}

/** "In Oct 2026 supervision notes at Inpatient Bridge used medical-model wording 4.2 times per 1,000 words …". */
export function languageSummary(points: LanguagePointInput[], subject?: string, kind: SubjectKind = 'team'): string {
  const shown = points.filter((p) => !p.suppressed && p.densities).sort(byPeriod);
  const notes = ofSubject('supervision notes', subject ? { name: subject, kind } : undefined);
  if (shown.length === 0) return `No month has enough ${kind === 'person' && subject ? 'of ' : ''}${notes} to show yet.`;
  const last = shown[shown.length - 1]!;
  const d = last.densities!;
  return `In ${formatDriftPeriod(last.period)} ${notes} used medical-model wording ${d.medicalModel.toFixed(1)} times per 1,000 words (hierarchical ${d.hierarchical.toFixed(1)}, errand ${d.errand.toFixed(1)}) and mutual wording ${d.mutuality.toFixed(1)} times.`;
}
