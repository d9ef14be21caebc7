import { DAY_MS } from '../time-units';
import { FIGURE_MAX, FIGURE_MIN, reportFigure, toHundred } from './scale';

/**
 * The metric catalogue: every figure the product shows, named once. The API labels its series and chooses each
 * signal's direction from here; the dashboard, team page, compliance page, home cards and the Actions page take their
 * labels, scales, windows and formatting from here. Read a definition through `metricDefinition(key)`.
 */

/** Which way a figure moves when practice gets worse. */
export type WorseDirection = 'up' | 'down';

export interface MetricScale {
  readonly min: number;
  readonly max: number;
  /** How the unit is written after the figure: "74.8/100", "94%". */
  readonly unit: '/100' | '%';
  readonly decimals: number;
}

/** What stretch of time a figure summarises. */
export type WindowRule =
  /** One value per period of the chosen granularity (a chart point). */
  | { readonly kind: 'period' }
  /** Pooled over the last `periods` periods of the selected range (the dashboard's "recent" figures). */
  | { readonly kind: 'recent-periods'; readonly periods: number }
  /** The `days` days ending at the end of the selected range (or today, if the range ends later). */
  | { readonly kind: 'days-to-range-end'; readonly days: number };

export interface MetricDefinition {
  /** The key the API and the rollups use: MFI, HDI, …, DIM:D3, SUPERVISION. */
  readonly key: string;
  readonly label: string;
  /** A short name for tight places (axis ticks, chips). */
  readonly short: string;
  /** One plain sentence on what the figure is. */
  readonly description: string;
  readonly scale: MetricScale;
  readonly window: WindowRule;
  readonly worse: WorseDirection;
  /**
   * The formula from its inputs; null when there is nothing to compute from. Inputs per metric:
   * MFI — the D1–D6 dimension scores (1–5); HDI/MDI/EDI — the raw ratings (1–5) of that pattern's drift items;
   * ODI — the organisational dimension score(s) (1–5); DIM — the scored items (1–5, drift items reversed);
   * SUPERVISION — per supervisee, sessions recorded then sessions required: [recorded₁, required₁, recorded₂, …].
   */
  readonly formula: (inputs: readonly number[]) => number | null;
}

export const INDEX_SCALE: MetricScale = { min: FIGURE_MIN, max: FIGURE_MAX, unit: '/100', decimals: 1 };
export const SHARE_SCALE: MetricScale = { min: 0, max: 1, unit: '%', decimals: 0 };

/** The look-back of the supervision figure, wherever it is shown. */
export const SUPERVISION_WINDOW_DAYS = 90;
/** Dashboard dimension scores and the organisation's index pool the last three periods of the range. */
export const RECENT_PERIODS = 3;

const meanOf = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const onHundred = (xs: readonly number[]) => {
  const m = meanOf(xs);
  return m === null ? null : reportFigure(toHundred(m));
};
const driftFormula = (xs: readonly number[]) => onHundred(xs);

/**
 * Supervision held: Σ min(recorded, required) ÷ Σ required over supervisees given as flat pairs
 * [recorded₁, required₁, recorded₂, required₂, …]; null when nothing was required.
 */
export function supervisionShare(pairs: readonly number[]): number | null {
  let held = 0;
  let required = 0;
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    held += Math.min(pairs[i]!, pairs[i + 1]!);
    required += pairs[i + 1]!;
  }
  return required === 0 ? null : held / required;
}

const index = (key: string, label: string, worse: WorseDirection, description: string, formula: MetricDefinition['formula']): MetricDefinition => ({
  key, label, short: key, description, scale: INDEX_SCALE, window: { kind: 'period' }, worse, formula,
});

export const METRIC_CATALOGUE = {
  MFI: index('MFI', 'Mutuality Fidelity Index', 'down', 'The mean of the six practice dimensions (D1–D6), on 0–100.', onHundred),
  HDI: index('HDI', 'Hierarchical drift', 'up', 'How often hierarchical practice was rated, on 0–100 (higher is more drift).', driftFormula),
  MDI: index('MDI', 'Medical-model drift', 'up', 'How often medical-model practice was rated, on 0–100 (higher is more drift).', driftFormula),
  EDI: index('EDI', 'Errand drift', 'up', 'How often errand-running in place of mutual work was rated, on 0–100 (higher is more drift).', driftFormula),
  ODI: index('ODI', 'Organisational drift', 'up', 'How far organisational conditions (D7) pull away from peer support, on 0–100.', (xs) => {
    const m = meanOf(xs);
    return m === null ? null : reportFigure(FIGURE_MAX - toHundred(m));
  }),
  SUPERVISION: {
    key: 'SUPERVISION',
    label: 'Supervision held',
    short: 'Supervision',
    description: 'Sessions held as a share of the sessions the programme’s policy requires; each person’s extra sessions do not make up for someone else’s missed ones.',
    scale: SHARE_SCALE,
    window: { kind: 'days-to-range-end', days: SUPERVISION_WINDOW_DAYS },
    worse: 'down',
    formula: supervisionShare,
  },
} as const satisfies Record<string, MetricDefinition>;

export type CatalogueKey = keyof typeof METRIC_CATALOGUE;

/** Every dimension score: the dimension's own title, on 0–100, worse when it falls. */
export function dimensionDefinition(code: string, title?: string): MetricDefinition {
  return {
    key: `DIM:${code}`,
    label: title ?? code,
    short: code,
    description: `The mean of the ${code} items (drift items reversed), on 0–100.`,
    scale: INDEX_SCALE,
    window: { kind: 'period' },
    worse: 'down',
    formula: onHundred,
  };
}

export function isDimensionKey(key: string): boolean {
  return key.startsWith('DIM:');
}

/**
 * The definition of any figure by its key (`MFI`, `DIM:D3`, `SUPERVISION`, …). Dimension titles come from the
 * instrument; without one the code stands in. Unknown keys get a plain 0–100 definition labelled by the key, so a
 * new rollup metric is never silently dropped.
 */
export function metricDefinition(key: string, dimensionTitles: Readonly<Record<string, string>> = {}): MetricDefinition {
  if (key in METRIC_CATALOGUE) return METRIC_CATALOGUE[key as CatalogueKey];
  if (isDimensionKey(key)) return dimensionDefinition(key.slice(4), dimensionTitles[key.slice(4)]);
  return { ...index(key, key, 'down', key, onHundred) };
}

export function metricLabel(key: string, dimensionTitles: Readonly<Record<string, string>> = {}): string {
  return metricDefinition(key, dimensionTitles).label;
}

export function worseDirection(key: string): WorseDirection {
  return metricDefinition(key).worse;
}

/** A figure as written: "74.8" on 0–100, "94%" for a share; "—" when there is none. */
export function formatFigure(key: string, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const { scale } = metricDefinition(key);
  if (scale.unit === '%') return `${Math.round(value * 100)}%`;
  return value.toFixed(scale.decimals);
}

/** A figure with its unit where it stands alone: "74.8/100", "94%". */
export function formatFigureWithUnit(key: string, value: number | null | undefined): string {
  const text = formatFigure(key, value);
  return text === '—' || metricDefinition(key).scale.unit === '%' ? text : `${text}/100`;
}

/** A score a person gave on 1–5 (an item answer, or a checklist's score read back) as its 0–100 figure. */
export function ratingAsFigure(score: number | null | undefined): number | null {
  return score === null || score === undefined ? null : reportFigure(toHundred(score));
}

/** A `days-to-range-end` window: whole UTC days, so the same window reads the same on every page that asks for it. */
export interface DayWindow {
  /** First day (YYYY-MM-DD). */
  readonly from: string;
  /** Last day, inclusive (YYYY-MM-DD). */
  readonly to: string;
  /** The window as instants: from `from` at 00:00 UTC to the start of the day after `to` (exclusive). */
  readonly startsAt: string;
  readonly endsAt: string;
}

/**
 * The `days` days ending at the end of the selected range, or at the end of today when the range ends later
 * ("last 90 days" on the dashboard, the team page and the compliance page). Dates are YYYY-MM-DD.
 */
export function windowEndingAt(rangeTo: string, todayIso: string, days: number): DayWindow {
  const to = rangeTo < todayIso ? rangeTo : todayIso;
  const endMs = Date.parse(`${to}T00:00:00Z`) + DAY_MS;
  const startMs = endMs - days * DAY_MS;
  const iso = (ms: number) => new Date(ms).toISOString();
  return { from: iso(startMs).slice(0, 10), to, startsAt: iso(startMs), endsAt: iso(endMs) };
}

/** The supervision figure's window for a selected range (see `METRIC_CATALOGUE.SUPERVISION.window`). */
export function supervisionWindow(rangeTo: string, todayIso: string): DayWindow {
  return windowEndingAt(rangeTo, todayIso, SUPERVISION_WINDOW_DAYS);
}

/** Words for a window rule: "last 90 days", "last 3 months". */
export function windowText(rule: WindowRule, granularity: 'WEEK' | 'MONTH' = 'MONTH'): string {
  if (rule.kind === 'days-to-range-end') return `last ${rule.days} days`;
  if (rule.kind === 'recent-periods') return `last ${rule.periods} ${granularity === 'WEEK' ? 'weeks' : 'months'}`;
  return granularity === 'WEEK' ? 'per week' : 'per month';
}
