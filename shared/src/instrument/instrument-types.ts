/**
 * Types for a checklist instrument. A published InstrumentVersion stores one InstrumentDefinition as JSON and never
 * changes it afterwards; every checklist is stamped with the version it was filled in against.
 */

/** Who fills in a checklist. Scores from different rater types are never mixed into one mean. */
export const RATER_TYPES = ['SELF', 'SUPERVISOR', 'PERSON_SERVED', 'REVIEWER'] as const;
export type RaterType = (typeof RATER_TYPES)[number];

export const RATER_TYPE_LABELS: Record<RaterType, string> = {
  SELF: 'Self-assessment',
  SUPERVISOR: 'Supervisor',
  PERSON_SERVED: 'Person served',
  REVIEWER: 'External or peer reviewer',
};

export function isRaterType(value: string): value is RaterType {
  return (RATER_TYPES as readonly string[]).includes(value);
}

/** Whether an instrument rates one practitioner's practice or an organisation. */
export const INSTRUMENT_LEVELS = ['PRACTITIONER', 'ORGANISATION'] as const;
export type InstrumentLevel = (typeof INSTRUMENT_LEVELS)[number];

/** CORE items describe mutuality (higher is better); DRIFT items describe drift (higher is worse, reverse-scored). */
export const ITEM_POLARITIES = ['CORE', 'DRIFT'] as const;
export type ItemPolarity = (typeof ITEM_POLARITIES)[number];

/**
 * The drift pattern a drift item signals: H hierarchical, M medical-model, I errand (instrumental). Same values as the
 * language reflection's DRIFT_PATTERNS, named differently so both can be re-exported from the package root.
 */
export const ITEM_DRIFT_PATTERNS = ['HIERARCHICAL', 'MEDICAL_MODEL', 'ERRAND'] as const;
export type DriftPattern = (typeof ITEM_DRIFT_PATTERNS)[number];

export const DRIFT_PATTERN_LABELS: Record<DriftPattern, string> = {
  HIERARCHICAL: 'Hierarchical drift',
  MEDICAL_MODEL: 'Medical-model drift',
  ERRAND: 'Errand drift',
};

/** One-letter codes used in supervision notes and the language lexicon (H, M, I). */
export const DRIFT_PATTERN_CODES: Record<DriftPattern, 'H' | 'M' | 'I'> = {
  HIERARCHICAL: 'H',
  MEDICAL_MODEL: 'M',
  ERRAND: 'I',
};

export const DIMENSION_CODES = ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7'] as const;
export type DimensionCode = (typeof DIMENSION_CODES)[number];

/** The 5-point frequency scale plus "not applicable". Scoring relies on min 1 and max 5 (drift = 6 − raw). */
export interface InstrumentScale {
  readonly min: 1;
  readonly max: 5;
  /** One label per point, from min to max (1 = rarely … 5 = almost always). */
  readonly labels: readonly string[];
  readonly naLabel: string;
}

export interface InstrumentDimension {
  readonly code: DimensionCode;
  readonly title: string;
  readonly shortTitle: string;
  readonly description: string;
  /** True when the dimension counts toward the Mutuality Fidelity Index (D1–D6); false for context such as D7. */
  readonly inIndex: boolean;
  /** Shown when the dimension scores well. */
  readonly strengthText: string;
  /** Shown when the dimension is a development area: a kind, concrete next step. */
  readonly growthText: string;
}

/** The question as each rater type sees it. PERSON_SERVED exists only for short-form items. */
export interface ItemPrompts {
  /** First person: "I …". */
  readonly SELF: string;
  /** Third person: "The peer specialist …". */
  readonly SUPERVISOR: string;
  /** Third person: "The peer specialist …". */
  readonly REVIEWER: string;
  /** Plain language, second person from the person served: "My peer worker …". */
  readonly PERSON_SERVED?: string;
}

export interface InstrumentItem {
  /** Stable within a version, e.g. "D1.1". */
  readonly code: string;
  readonly dimensionCode: DimensionCode;
  /** Display order across the whole instrument (1-based, unique). */
  readonly order: number;
  readonly prompts: ItemPrompts;
  /** One sentence telling the rater what to look for. */
  readonly help: string;
  readonly polarity: ItemPolarity;
  /** Required for DRIFT items, absent for CORE items. */
  readonly driftPattern?: DriftPattern;
  /** Whether "not applicable / no opportunity" may be chosen. */
  readonly naAllowed: boolean;
  /** Part of the person-served short form. */
  readonly inShortForm: boolean;
  /** For drift items: a gentle topic to bring to supervision when the item is rated high. */
  readonly reflectionPrompt?: string;
}

/**
 * Maps an item of the previous version to its successor in this version, so trends survive edits.
 * toItemCode null means the item was retired without a successor.
 */
export interface CrosswalkEntry {
  readonly fromItemCode: string;
  readonly toItemCode: string | null;
}

export interface InstrumentDefinition {
  readonly key: string;
  readonly title: string;
  readonly description: string;
  readonly level: InstrumentLevel;
  /** Positive integer; published versions are immutable. */
  readonly version: number;
  readonly scale: InstrumentScale;
  readonly dimensions: readonly InstrumentDimension[];
  readonly items: readonly InstrumentItem[];
  /** Empty for a first version. */
  readonly crosswalk: readonly CrosswalkEntry[];
}
