// The drift taxonomy codes supervision notes use (research/domain.md §5.5). Codes are short and stable; labels are
// the project's own wording.

export type DriftFamily = 'HIERARCHICAL' | 'MEDICAL_MODEL' | 'INSTRUMENTAL' | 'ORGANISATIONAL' | 'OVER_INFORMAL';

export interface DriftCode {
  code: string;
  family: DriftFamily;
  label: string;
}

export const DRIFT_CODES: readonly DriftCode[] = [
  { code: 'H1', family: 'HIERARCHICAL', label: 'Expert stance, advice-giving' },
  { code: 'H2', family: 'HIERARCHICAL', label: 'Gatekeeping' },
  { code: 'H3', family: 'HIERARCHICAL', label: 'Deciding for the person' },
  { code: 'H4', family: 'HIERARCHICAL', label: 'One-way help' },
  { code: 'H5', family: 'HIERARCHICAL', label: 'Surveillance or reporting without transparency' },
  { code: 'H6', family: 'HIERARCHICAL', label: 'Rule enforcement, consequences' },
  { code: 'H7', family: 'HIERARCHICAL', label: 'Ownership language ("my client")' },
  { code: 'M1', family: 'MEDICAL_MODEL', label: 'Diagnostic framing' },
  { code: 'M2', family: 'MEDICAL_MODEL', label: 'Compliance work (medication, appointments)' },
  { code: 'M3', family: 'MEDICAL_MODEL', label: 'Clinical tasks (intakes, screenings, assessments)' },
  { code: 'M4', family: 'MEDICAL_MODEL', label: 'Clinical charting style' },
  { code: 'M5', family: 'MEDICAL_MODEL', label: 'Treatment-plan goals instead of the person’s own' },
  { code: 'M6', family: 'MEDICAL_MODEL', label: 'Lived experience withdrawn' },
  { code: 'M7', family: 'MEDICAL_MODEL', label: 'Risk-first framing' },
  { code: 'I1', family: 'INSTRUMENTAL', label: 'Transport or errands as the main activity' },
  { code: 'I2', family: 'INSTRUMENTAL', label: 'Filling gaps in the team’s admin' },
  { code: 'O1', family: 'ORGANISATIONAL', label: 'No role description' },
  { code: 'O2', family: 'ORGANISATIONAL', label: 'Clinician-only supervision without peer-role training' },
  { code: 'O3', family: 'ORGANISATIONAL', label: 'Policies restricting disclosure' },
  { code: 'O4', family: 'ORGANISATIONAL', label: 'Peers left out of team decisions' },
  { code: 'O5', family: 'ORGANISATIONAL', label: 'Precarious employment or workload pressure' },
  { code: 'X1', family: 'OVER_INFORMAL', label: 'Unclear purpose or boundaries' },
  { code: 'X2', family: 'OVER_INFORMAL', label: 'Friendship without intentionality' },
];

const KNOWN = new Set(DRIFT_CODES.map((c) => c.code));

/** Codes that are not in the taxonomy (empty when all are known). */
export function unknownDriftCodes(codes: readonly string[]): string[] {
  return codes.filter((c) => !KNOWN.has(c));
}
