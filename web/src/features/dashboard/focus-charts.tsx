import { compareSelfOthers, selfOthersSentence } from '@tandem/shared';
import type { ReactNode } from 'react';
import { ChartCard } from '../../components/charts/chart-card';
import type { ChartTable } from '../../components/charts/chart-data';
import { longPeriod, niceTicks } from '../../components/charts/chart-parts';
import { gapRuns, gapText } from '../../components/charts/chart-gaps';
import { gapSummary, languageSummary } from '../../components/charts/chart-summary';
import { lineLegend, MultiLineChart, type LineSeriesSpec } from '../../components/charts/line-chart';
import { PATTERN_COLORS, PATTERN_DASHES } from '../../components/charts/palette';
import type { DriftLanguageDensityQuery } from '../../gql/graphql';
import type { GapPoint } from './overview-types';

interface LoadState {
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}

const GAP_SERIES: LineSeriesSpec[] = [
  { key: 'self', label: 'Self-assessment', color: PATTERN_COLORS.self, dash: PATTERN_DASHES.self },
  { key: 'others', label: 'Others (supervisor, reviewer, person served)', color: PATTERN_COLORS.others, dash: PATTERN_DASHES.others },
];

/** Self-ratings against everyone else's, per period (MFI 0–100). The gap is itself worth reflecting on. */
export function GapCard({ points, subject, subjectKind = 'team', state, controls, headingLevel = 2 }: {
  points: GapPoint[];
  subject?: string;
  /** A team's self-assessments are "at" it; a person's are theirs. */
  subjectKind?: 'team' | 'person';
  state: LoadState;
  controls?: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const any = points.some((p) => p.self !== null || p.others !== null);
  // Said only when the periods shown bear it out (the shared threshold), never as a general rule.
  const leanText = selfOthersSentence(compareSelfOthers(points));
  const gaps = [
    gapText(gapRuns(points, 'self'), 'self-assessment figure'),
    gapText(gapRuns(points, 'others'), 'figure from others’ ratings'),
  ].filter(Boolean).join(' ');
  const table: ChartTable = {
    columns: [
      { key: 'period', label: 'Period' }, { key: 'self', label: 'Self-assessment (MFI)', numeric: true },
      { key: 'others', label: 'Others (MFI)', numeric: true }, { key: 'gap', label: 'Gap (self − others)', numeric: true },
    ],
    rows: points.map((p) => ({ period: longPeriod(p.period), self: p.self, others: p.others, gap: p.gap })),
  };
  return (
    <ChartCard
      title={subject ? `Self vs others — ${subject}` : 'Self vs others'}
      summary={[gapSummary(points, subject, subjectKind), leanText, gaps].filter(Boolean).join(' ')}
      table={table}
      legend={lineLegend(GAP_SERIES)}
      loading={state.loading}
      error={state.error}
      onRetry={state.onRetry}
      empty={!any}
      emptyTitle="No ratings to compare yet"
      emptyMessage="Self-assessments and others’ ratings appear here once there are enough of each in a period."
      controls={controls}
      headingLevel={headingLevel}
      footer="Mutuality Fidelity Index, 0–100. A widening gap is a conversation starter, not a verdict."
    >
      <MultiLineChart rows={points.map((p) => ({ period: p.period, self: p.self, others: p.others }))} series={GAP_SERIES} domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} height={240} />
    </ChartCard>
  );
}

type LanguageSeries = DriftLanguageDensityQuery['languageDensitySeries'][number];
type LanguagePoint = LanguageSeries['points'][number];

/** The months from the first one with a supervision note: the chart starts where the notes start, not with empty months. */
export function fromFirstNote<T extends Pick<LanguagePoint, 'notes'>>(points: readonly T[]): T[] {
  const first = points.findIndex((p) => p.notes > 0);
  return first < 0 ? [] : points.slice(first);
}

const LANGUAGE_SERIES: LineSeriesSpec[] = [
  { key: 'medicalModel', label: 'Medical-model wording', color: PATTERN_COLORS.medicalModel, dash: PATTERN_DASHES.medicalModel },
  { key: 'hierarchical', label: 'Hierarchical wording', color: PATTERN_COLORS.hierarchical, dash: PATTERN_DASHES.hierarchical },
  { key: 'errand', label: 'Errand wording', color: PATTERN_COLORS.errand, dash: PATTERN_DASHES.errand },
  { key: 'mutuality', label: 'Mutual wording', color: PATTERN_COLORS.mutuality, dash: PATTERN_DASHES.mutuality },
];

/** How supervision notes are worded, per month (weighted phrases per 1,000 words; small months withheld by the API). */
export function LanguageCard({ series, subject, state, headingLevel = 2 }: {
  series: LanguageSeries | undefined;
  subject?: string;
  state: LoadState;
  headingLevel?: 2 | 3;
}) {
  const points = fromFirstNote(series?.points ?? []);
  const rows = points.map((p) => ({
    period: p.month,
    medicalModel: p.suppressed ? null : (p.densities?.medicalModel ?? null),
    hierarchical: p.suppressed ? null : (p.densities?.hierarchical ?? null),
    errand: p.suppressed ? null : (p.densities?.errand ?? null),
    mutuality: p.suppressed ? null : (p.densities?.mutuality ?? null),
  }));
  const shown = rows.filter((r) => r.medicalModel !== null);
  const ticks = niceTicks(Math.max(10, ...shown.flatMap((r) => [r.medicalModel ?? 0, r.hierarchical ?? 0, r.errand ?? 0, r.mutuality ?? 0])));
  const table: ChartTable = {
    columns: [
      { key: 'period', label: 'Month' }, { key: 'notes', label: 'Notes', numeric: true },
      ...LANGUAGE_SERIES.map((s) => ({ key: s.key, label: `${s.label} (per 1,000 words)`, numeric: true })),
    ],
    rows: rows.map((r, i) => ({ ...r, period: longPeriod(r.period), notes: points[i]!.suppressed ? 'too few notes' : points[i]!.notes })),
  };
  return (
    <ChartCard
      title={subject ? `Language in supervision notes — ${subject}` : 'Language in supervision notes'}
      summary={[
        languageSummary(points.map((p) => ({ period: p.month, suppressed: p.suppressed, densities: p.densities ?? null })), subject),
        points.length ? `The chart starts at the first month with a note, ${longPeriod(points[0]!.month)}.` : '',
        gapText(gapRuns(rows, 'medicalModel')),
      ].filter(Boolean).join(' ')}
      table={table}
      legend={lineLegend(LANGUAGE_SERIES)}
      loading={state.loading}
      error={state.error}
      onRetry={state.onRetry}
      empty={shown.length === 0}
      emptyTitle="No supervision notes to read yet"
      emptyMessage="Once supervision notes are recorded, their wording shows here month by month (months with fewer than 3 notes are withheld)."
      headingLevel={headingLevel}
      footer="Weighted phrases per 1,000 words of supervision notes, from the organisation’s lexicon; months with fewer than 3 notes are withheld. A prompt for reflection, never a score of a person."
    >
      <MultiLineChart rows={rows} series={LANGUAGE_SERIES} domain={[0, ticks[ticks.length - 1]!]} ticks={ticks} height={240} />
    </ChartCard>
  );
}
