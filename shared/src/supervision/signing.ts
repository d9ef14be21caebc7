/**
 * The order in which a supervision note is signed. By default the supervisor finalises the record, each supervisee
 * reflects and signs, and the supervisor counter-signs last (which locks the note). An organisation may allow either
 * order: then the supervisor may sign as soon as the record is finalised (signing finalises it if needed).
 * Supervisees never sign a record that is still being written.
 */
export type NoteSigningOrder = 'SUPERVISEES_FIRST' | 'EITHER';
export const NOTE_SIGNING_ORDERS: readonly NoteSigningOrder[] = ['SUPERVISEES_FIRST', 'EITHER'];

export interface SigningState {
  finalized: boolean;
  supervisorSigned: boolean;
  /** Names of supervisees who have not signed yet. */
  superviseesUnsigned: readonly string[];
  supervisorName: string;
}

export type SigningStep = 'FINALIZE' | 'SIGN';

/** Why `party` may not take `step` now, in words for them; null when they may. */
export function signingRefusal(order: NoteSigningOrder, party: 'SUPERVISOR' | 'SUPERVISEE', step: SigningStep, s: SigningState): string | null {
  if (party === 'SUPERVISEE') {
    if (step === 'FINALIZE') return 'Only the supervisor finalises the note';
    if (!s.finalized) return `${s.supervisorName} is still writing this note. You can sign once they have finalised it; your reflection is saved meanwhile.`;
    return null;
  }
  if (step === 'FINALIZE') return s.finalized ? 'This note is already finalised' : null;
  if (s.supervisorSigned) return 'You have already signed this note';
  if (order === 'SUPERVISEES_FIRST') {
    if (!s.finalized) return 'Finalise the note first, so your supervisee can reflect and sign; you counter-sign after them.';
    if (s.superviseesUnsigned.length) return `Counter-sign after ${listNames(s.superviseesUnsigned)} ${s.superviseesUnsigned.length === 1 ? 'has' : 'have'} reflected and signed.`;
  }
  return null;
}

/** The step that is waiting, for to-do lists: who the note waits for. */
export function awaitingParty(order: NoteSigningOrder, s: Omit<SigningState, 'supervisorName'>): 'SUPERVISOR' | 'SUPERVISEES' | null {
  if (!s.finalized) return 'SUPERVISOR';
  if (s.superviseesUnsigned.length && (order === 'SUPERVISEES_FIRST' || s.supervisorSigned)) return 'SUPERVISEES';
  if (!s.supervisorSigned) return 'SUPERVISOR';
  return s.superviseesUnsigned.length ? 'SUPERVISEES' : null;
}

function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
