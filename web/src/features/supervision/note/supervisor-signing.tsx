import { useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useToast } from '../../../components/ui/toast';
import { formatDateTime } from '../../../lib/format';
import { errorMessage, isApiError } from '../../../lib/graphql-client';
import { personNames } from '../labels';
import { useFinalizeNote, useSignNote, type Note } from '../use-notes';
import type { Occurrence } from '../use-supervision';
import { Signatures } from './note-read-view';
import type { useNoteAutosave } from './use-note-autosave';

type Step = 'finalize' | 'sign';

/**
 * The supervisor's part in signing: finalise the record (supervisees are then asked to reflect and sign), then
 * counter-sign once they have (or straight away when the organisation allows either order). Each step is confirmed.
 */
export function SupervisorSigning({ occurrence: o, note, autosave, canSign }: {
  occurrence: Occurrence; note: Note | null; autosave: ReturnType<typeof useNoteAutosave>; canSign: boolean;
}) {
  const finalize = useFinalizeNote();
  const sign = useSignNote();
  const toast = useToast();
  const [confirming, setConfirming] = useState<Step | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const unsigned = (note?.reflections ?? []).filter((r) => !r.signedAt).map((r) => r.supervisee);
  const either = note?.signingOrder === 'EITHER';
  const finalized = !!note?.finalizedAt;
  const signedAt = note?.supervisorSignedAt ?? null;
  const waitingForSupervisees = finalized && !signedAt && !either && unsigned.length > 0;
  const step: Step = finalized || either ? 'sign' : 'finalize';
  const mutation = step === 'finalize' ? finalize : sign;
  const who = personNames(o.supervisees);

  const run = async () => {
    setProblem(null);
    if (!(await autosave.flush())) return setProblem('The latest changes are not saved yet, so nothing was signed. Try again in a moment.');
    const noteId = autosave.noteId();
    const version = autosave.version();
    if (!noteId || version === null) return setProblem('Write the note first.');
    mutation.mutate({ noteId, version }, {
      onSuccess: (saved) => {
        setConfirming(null);
        autosave.adopt(saved);
        toast.show(step === 'finalize'
          ? `Finalised. ${who} can now reflect and sign; you counter-sign after them.`
          : saved.status === 'LOCKED' ? 'Signed. Everyone has signed, so the note is locked.' : 'Signed. The note locks once the supervisees have signed too.');
      },
      onError: async (error) => {
        if (isApiError(error, 'CONFLICT') && error.details.reason !== 'LOCKED') {
          setConfirming(null);
          await autosave.reload();
          setProblem('The note changed while you were signing, so it was not signed. The latest version is loaded above (nothing you wrote is lost) — have a look and try again.');
        }
      },
    });
  };

  const description = step === 'finalize'
    ? `You are finalising the note of your session with ${who} on ${formatDateTime(o.startsAt)}. ${who} will be asked to read it, add a reflection and sign. If you change the note afterwards, their signature is withdrawn and they are told.`
    : `You are signing the note of your session with ${who} on ${formatDateTime(o.startsAt)}${unsigned.length ? '' : ', including their reflection'}, as a fair record. ${unsigned.length ? 'It locks once everyone has signed.' : 'Everyone will have signed, so the note is locked: later corrections are added as amendments.'}`;

  return (
    <div className="sign-box">
      <h3 className="note-read__heading">Finalise and sign</h3>
      {note ? <Signatures note={note} supervisorName={o.supervisor.name} /> : null}
      <p className="muted small">
        {either
          ? 'Signing says this is a fair record; the supervisees then add their reflection and sign. When everyone has signed, the note is locked.'
          : 'First finalise the note; the supervisees then reflect and sign; you counter-sign last, which locks the note.'}
      </p>
      {finalized && !signedAt && !either ? <p className="small">Finalised on {formatDateTime(note!.finalizedAt)}. Changing the note now takes it back to a draft.</p> : null}
      {waitingForSupervisees ? (
        <Alert tone="info">Waiting for {personNames(unsigned)} to reflect and sign. You can counter-sign after that.</Alert>
      ) : null}
      {problem ? <Alert tone="warning">{problem}</Alert> : null}
      {mutation.error && !isApiError(mutation.error, 'CONFLICT') && !confirming ? (
        <Alert tone="danger" title="Not signed">
          {errorMessage(mutation.error)}
        </Alert>
      ) : null}
      <div className="form-actions">
        <Button variant="primary" onClick={() => setConfirming(step)} disabled={!canSign || !!signedAt || waitingForSupervisees}>
          {signedAt ? 'Signed' : step === 'finalize' ? 'Finalise for signing' : unsigned.length || either ? 'Sign as supervisor' : 'Counter-sign'}
        </Button>
        {!canSign ? <span className="muted small">Choose the kind of supervision or write a note before finalising.</span> : null}
      </div>
      <ConfirmDialog
        open={confirming !== null}
        tone="primary"
        title={step === 'finalize' ? 'Finalise this note?' : 'Sign this note?'}
        description={description}
        confirmLabel={step === 'finalize' ? 'Finalise' : 'Sign'}
        pending={mutation.isPending}
        error={mutation.error && !isApiError(mutation.error, 'CONFLICT') ? mutation.error : undefined}
        onConfirm={() => void run()}
        onCancel={() => {
          setConfirming(null);
          mutation.reset();
        }}
      />
    </div>
  );
}
