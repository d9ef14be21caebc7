/** The fidelity review packet's content: what the PDF renders, gathered by FidelityReviewService. */

export interface ReviewSignal {
  id: string;
  metric: string;
  metricLabel: string;
  period: string;
  since: string;
  rule: string;
  severity: string;
  direction: 'worse' | 'better';
  inForce: boolean;
  /** The detector's own words: which rule fired on which points. */
  message: string;
}

export interface ReviewAction {
  createdOn: string;
  dueDate: string | null;
  description: string;
  dimensionCode: string | null;
  status: string;
  ownerName: string | null;
  /** Dimension (or MFI) score on 0–100 in the three periods before the action, and since. */
  before: number | null;
  after: number | null;
  outcome: string | null;
  openedInPeriod: boolean;
}

export interface ReviewChartPoint {
  period: string;
  value: number | null;
  n: number;
  suppressed: boolean;
}

export interface ReviewChart {
  metric: string;
  label: string;
  badDirection: string;
  points: ReviewChartPoint[];
  /** Per period: the usual level and the limits (empty before the detector has enough history). */
  limits: { period: string; centre: number; lower: number; upper: number }[];
  signals: { period: string; direction: 'worse' | 'better'; severity: string }[];
}

export interface ReviewDimension {
  code: string;
  title: string;
  /** 0–100; null when suppressed or without data. */
  score: number | null;
  n: number;
  suppressed: boolean;
}

export interface ReviewSupervision {
  required: number;
  recorded: number;
  ratio: number | null;
  /** Supervisees past their required interval today; null when the period ended before today (not meaningful then). */
  overdue: number | null;
  supervisees: number;
}

export interface ReviewTeamBase {
  id: string;
  name: string;
  latest: { period: string | null; mutualityIndex: number | null; band: string | null; n: number };
  dimensions: ReviewDimension[];
  supervision: ReviewSupervision | null;
  supervisionByMonth: { period: string; held: number; missed: number; cancelled: number; unrecorded: number }[];
  charts: ReviewChart[];
  signals: ReviewSignal[];
  actions: ReviewAction[];
  annotations: { onDate: string; label: string; kind: string }[];
  itemsMoved: { prompt: string; dimensionCode: string; before: number; after: number; worse: boolean }[];
}

export interface ReviewTeam extends ReviewTeamBase {
  /** A few plain sentences built from the signals, supervision and actions. */
  narrative: string[];
}

export interface FidelityReview {
  organisationName: string;
  programme: { id: string; name: string };
  from: string;
  to: string;
  /** "Q3 2026" when the period is one calendar quarter. */
  quarter: string | null;
  generatedAt: Date;
  generatedBy: string;
  /** Month labels of the period ('2026-07' …) and of the charts' longer window. */
  periods: string[];
  chartPeriods: string[];
  minCellSize: number;
  raterTypes: string[];
  kpis: {
    teams: number;
    teamsWithAlerts: number;
    teamsOnWatch: number;
    teamsImproving: number;
    mutualityIndex: number | null;
    band: string | null;
    checklists: number;
    supervisionRatio: number | null;
    actionsOpened: number;
    actionsDone: number;
    actionsOpen: number;
  };
  dimensionTitles: Record<string, string>;
  teams: ReviewTeam[];
}
