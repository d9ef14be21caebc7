import type { DimensionCode, DriftPattern, RaterType } from '../instrument/instrument-types';

/** One answer. A missing entry means "not answered"; value null means "not applicable / no opportunity". */
export interface ChecklistAnswer {
  readonly itemCode: string;
  readonly value: number | null;
}

export interface ScoreOptions {
  /** Decides which items are expected (see itemsForRater). Without it every item in the definition is expected. */
  readonly raterType?: RaterType;
}

export const FIDELITY_BANDS = ['HIGH', 'MODERATE', 'LOW'] as const;
export type FidelityBand = (typeof FIDELITY_BANDS)[number];

export interface DimensionScore {
  readonly dimensionCode: DimensionCode;
  /** Mean of the item scores (drift items reversed), 1–5 rounded to 2 dp; null when insufficient. */
  readonly score: number | null;
  /** Expected items with an entry, including "not applicable". */
  readonly answered: number;
  /** Answered items marked "not applicable"; they do not count toward the score. */
  readonly notApplicable: number;
  /** Items this rater type is asked in this dimension. */
  readonly expected: number;
  /** Fewer rated (non-NA) items than the minimum, see minimumRatedItems. */
  readonly insufficient: boolean;
}

export interface ItemAlert {
  readonly itemCode: string;
  readonly dimensionCode: DimensionCode;
  /** The raw rating, 4 or 5. */
  readonly value: number;
  readonly driftPattern: DriftPattern;
}

export interface ScoreCompleteness {
  /** Expected items with an entry, including "not applicable". */
  readonly answered: number;
  readonly expected: number;
  /** Expected items without any entry (skipped, not "not applicable"), in display order. */
  readonly missingItemCodes: string[];
  readonly notApplicableItemCodes: string[];
  readonly insufficientDimensions: DimensionCode[];
  /** Why the mutuality index is missing, in plain words; null when it was computed. */
  readonly mutualityIndexUnavailableReason: string | null;
}

export interface ChecklistScore {
  /** One entry per dimension this rater type is asked about (SELF and PERSON_SERVED have no D7 entry). */
  readonly dimensions: DimensionScore[];
  /** Mutuality Fidelity Index: mean of the index dimensions (D1–D6), 1–5 rounded to 2 dp. */
  readonly mutualityIndex: number | null;
  /** The index as a share of the scale range, (MFI − 1) / 4 × 100, rounded to 1 dp. */
  readonly mutualityIndex100: number | null;
  readonly band: FidelityBand | null;
  /** Index dimensions scoring below 3.0. */
  readonly developmentAreas: DimensionCode[];
  /** 0–100, higher = more drift (raw ratings of the pattern's drift items in the index dimensions). */
  readonly hierarchicalDriftIndex: number | null;
  readonly medicalModelDriftIndex: number | null;
  readonly errandDriftIndex: number | null;
  /** 0–100 from the organisational dimension(s) outside the index: (5 − score) / 4 × 100. */
  readonly organisationalDriftIndex: number | null;
  /** Drift items rated 4 or 5: each suggests a supervision topic. */
  readonly itemAlerts: ItemAlert[];
  readonly completeness: ScoreCompleteness;
}

export interface ChecklistCompleteness {
  /** True when every dimension the rater is asked about has enough answers (NA counts as an answer). */
  readonly canSubmit: boolean;
  /** Why the checklist cannot be submitted yet, one plain sentence per dimension. */
  readonly problems: string[];
  /** Submittable, but a dimension will show as insufficient because too many answers are "not applicable". */
  readonly warnings: string[];
}
