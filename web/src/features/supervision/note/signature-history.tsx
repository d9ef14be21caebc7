import { Alert } from '../../../components/ui/alert';
import { formatDateTime } from '../../../lib/format';
import type { Note } from '../use-notes';

const WHAT: Record<Note['signatureWithdrawals'][number]['kind'], (name: string) => string> = {
  FINALIZED: (name) => `${name}’s finalisation was taken back`,
  SUPERVISOR_SIGNATURE: (name) => `${name}’s signature was withdrawn`,
  SUPERVISEE_SIGNATURE: (name) => `${name}’s signature was withdrawn`,
};

/** Signatures a later change took back, newest first, so nobody's signature disappears without a word. */
export function SignatureHistory({ note }: { note: Note }) {
  const rows = note.signatureWithdrawals.filter((w) => w.kind !== 'FINALIZED').slice().reverse();
  if (rows.length === 0) return null;
  return (
    <Alert tone="warning" title="Signatures withdrawn">
      <ul className="plain-list" aria-label="Withdrawn signatures">
        {rows.map((w) => (
          <li key={`${w.kind}:${w.person.id}:${w.withdrawnAt}`}>
            {WHAT[w.kind](w.person.name)} because the note changed on {formatDateTime(w.withdrawnAt)}
            {w.changedBy.id === w.person.id ? '' : ` (a change by ${w.changedBy.name})`}. It had been signed on {formatDateTime(w.signedAt)}.
          </li>
        ))}
      </ul>
    </Alert>
  );
}
