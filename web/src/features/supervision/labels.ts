import { LANGUAGE_PATTERN_LABELS, MUTUALITY_FIDELITY_V1 } from '@tandem/shared';
import type { BadgeTone } from '../../components/ui/badge';
import type {
  ActionItemStatus, LanguagePattern, LanguageSuppressionReason, SupervisionChannel, SupervisionComplianceStatus, SupervisionDimension,
  SupervisionModality, SupervisionNoteStatus, SupervisionOccurrenceStatus, SupervisionPolicyPreset, SupervisionType,
} from '../../gql/graphql';

export const MODALITY_LABELS: Record<SupervisionModality, string> = {
  INDIVIDUAL: 'Individual',
  GROUP: 'Group',
  PEER_COREFLECTION: 'Peer co-reflection',
  OBSERVATION: 'Observation of practice',
};
export const MODALITIES = Object.keys(MODALITY_LABELS) as SupervisionModality[];

export const CHANNEL_LABELS: Record<SupervisionChannel, string> = {
  IN_PERSON: 'In person',
  VIDEO: 'Video call',
  PHONE: 'Phone call',
};
export const CHANNELS = Object.keys(CHANNEL_LABELS) as SupervisionChannel[];

/** Occurrence statuses: words first (colour only repeats them). */
export const OCCURRENCE_STATUS: Record<SupervisionOccurrenceStatus, { label: string; tone: BadgeTone; icon: string }> = {
  SCHEDULED: { label: 'Scheduled', tone: 'info', icon: '◷' },
  COMPLETED: { label: 'Held', tone: 'success', icon: '✓' },
  MISSED: { label: 'Missed', tone: 'warning', icon: '!' },
  CANCELLED: { label: 'Cancelled', tone: 'neutral', icon: '×' },
};

export const NOTE_STATUS: Record<SupervisionNoteStatus, { label: string; tone: BadgeTone }> = {
  DRAFT: { label: 'Note in draft', tone: 'neutral' },
  SIGNED_BY_SUPERVISOR: { label: 'Signed by supervisor', tone: 'primary' },
  SIGNED_BY_SUPERVISEE: { label: 'Signed by supervisee', tone: 'primary' },
  LOCKED: { label: 'Signed by both · locked', tone: 'success' },
};

/** The note's badge: a draft the supervisor has finalised says so (it is waiting for signatures, not for writing). */
export function noteStatusBadge(note: { status: SupervisionNoteStatus; finalizedAt?: string | null }): { label: string; tone: BadgeTone } {
  if (note.status === 'DRAFT' && note.finalizedAt) return { label: 'Finalised · waiting for signatures', tone: 'primary' };
  return NOTE_STATUS[note.status];
}

export const SESSION_TYPE_LABELS: Record<SupervisionType, string> = {
  SUPPORTIVE: 'Supportive',
  EDUCATIONAL: 'Educational',
  ADMINISTRATIVE: 'Administrative',
  CLINICAL_CONSULTATION: 'Clinical consultation',
};
export const SESSION_TYPES = Object.keys(SESSION_TYPE_LABELS) as SupervisionType[];

export const DIMENSIONS = MUTUALITY_FIDELITY_V1.dimensions.map((d) => ({ code: d.code as SupervisionDimension, title: d.title, shortTitle: d.shortTitle }));
const DIMENSION_BY_CODE = new Map(DIMENSIONS.map((d) => [d.code as string, d]));

/** "D1 Shared power and equality". */
export function dimensionLabel(code: string, short = false): string {
  const d = DIMENSION_BY_CODE.get(code);
  return d ? `${code} ${short ? d.shortTitle : d.title}` : code;
}

export const ACTION_STATUS_LABELS: Record<ActionItemStatus, string> = { OPEN: 'Open', DONE: 'Done', DROPPED: 'Dropped' };

/** Families of the drift taxonomy, in the order a note lists them. */
export const DRIFT_FAMILY_LABELS: Record<string, string> = {
  HIERARCHICAL: 'Hierarchical drift (H)',
  MEDICAL_MODEL: 'Medical-model drift (M)',
  INSTRUMENTAL: 'Errand / instrumental drift (I)',
  ORGANISATIONAL: 'Organisational conditions (O)',
  OVER_INFORMAL: 'Over-informal (X)',
};

export const PATTERN_LABELS: Record<LanguagePattern, string> = LANGUAGE_PATTERN_LABELS;

/** One or two words, for tables. */
export const PATTERN_SHORT_LABELS: Record<LanguagePattern, string> = {
  MEDICAL_MODEL: 'Medical-model',
  HIERARCHICAL: 'Power-over',
  ERRAND: 'Errand',
  MUTUALITY: 'Mutual',
};

/** Short words for why a phrase was set aside (the API's LanguageSuppressionReason). */
export const SUPPRESSION_LABELS: Record<LanguageSuppressionReason, string> = {
  QUOTED: 'quoted',
  NEGATED: 'negated',
  META: 'talking about the word',
};

export const COMPLIANCE_STATUS: Record<SupervisionComplianceStatus, { label: string; tone: BadgeTone; icon: string }> = {
  ON_TRACK: { label: 'On track', tone: 'success', icon: '✓' },
  BEHIND: { label: 'Behind', tone: 'warning', icon: '◔' },
  OVERDUE: { label: 'Session late', tone: 'danger', icon: '!' },
};

export const POLICY_PRESET_OPTIONS: { value: SupervisionPolicyPreset; label: string }[] = [
  { value: 'WEEKLY_6M_THEN_BIWEEKLY', label: 'Weekly for the first 6 months, then every two weeks (default)' },
  { value: 'WEEKLY_UNTIL_CERT_THEN_MONTHLY', label: 'Weekly until two-year certification, then monthly' },
  { value: 'CUSTOM', label: 'Custom stages' },
];

export function personNames(people: { name: string }[]): string {
  const names = people.map((p) => p.name);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
