import { useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { useToast } from '../../../components/ui/toast';
import { formatDateTime } from '../../../lib/format';
import { errorMessage, isApiError } from '../../../lib/graphql-client';
import { noteStatusBadge } from '../labels';
import { useSignNote, type Note } from '../use-notes';
import type { Occurrence } from '../use-supervision';
import { NoteReadView, Signatures } from './note-read-view';
import { ProseWithHints } from './prose-with-hints';
import { SignatureHistory } from './signature-history';
import { SaveStatus } from '../../../components/ui/save-status';
import { UnsavedAfterLock } from './supervisor-note-form';
import { useNoteAutosave } from './use-note-autosave';
import { TEXT_LIMITS } from '@tandem/shared';

/** The supervisee reads the supervisor's note, writes their own reflection (autosaved), marks actions done and signs. */
export function SuperviseeReflection({ occurrence: o, note, viewerId }: { occurrence: Occurrence; note: Note; viewerId: string }) {
  const autosave = useNoteAutosave({ occurrenceId: o.id, note, viewerId });
  const sign = useSignNote();
  const toast = useToast();
  const [signProblem, setSignProblem] = useState<string | null>(null);
  const mine = note.reflections.find((r) => r.superviseeId === viewerId);
  const signedAt = mine?.signedAt ?? null;
  const [confirming, setConfirming] = useState(false);
  const finalized = !!note.finalizedAt;

  const onSign = async () => {
    setSignProblem(null);
    if (!(await autosave.flush())) {
      setConfirming(false);
      return setSignProblem('Your latest words are not saved yet, so nothing was signed. Try again in a moment.');
    }
    sign.mutate(
      { noteId: note.id, version: autosave.version() ?? note.version },
      {
        onSuccess: (saved) => {
          setConfirming(false);
          autosave.adopt(saved);
          toast.show(saved.status === 'LOCKED' ? 'Signed. You have both signed, so the note is locked.' : 'Signed. Your supervisor counter-signs next, which locks the note.');
        },
        onError: async (error) => {
          if (isApiError(error, 'CONFLICT') && error.details.reason !== 'LOCKED') {
            setConfirming(false);
            await autosave.reload();
            setSignProblem('Your supervisor changed the note while you were signing, so it was not signed. The latest version is shown (your reflection is kept) — read it again and sign when you are ready.');
          }
        },
      },
    );
  };

  return (
    <>
      <section className="card" aria-labelledby="supervisor-note-title">
        <div className="note-form__head">
          <h2 id="supervisor-note-title" className="card-title">
            {o.supervisor.name}’s note
          </h2>
          <Badge tone={noteStatusBadge(note).tone}>{noteStatusBadge(note).label}</Badge>
        </div>
        {finalized ? null : (
          <p className="muted small">{o.supervisor.name} is still writing this note; it may change before they finalise it. You can write your reflection now and sign once it is finalised.</p>
        )}
        <SignatureHistory note={note} />
        <NoteReadView note={note} canUpdateActions />
      </section>
      <section className="card note-form" aria-labelledby="reflection-title">
        <div className="note-form__head">
          <h2 id="reflection-title" className="card-title">
            Your reflection
          </h2>
          <span className="spacer" />
          <SaveStatus status={autosave.status} />
        </div>
        {autosave.notice ? (
          <Alert tone="info" title="Changed somewhere else" live="status">
            <p>{autosave.notice}</p>
            <Button size="sm" onClick={autosave.dismissNotice}>
              OK
            </Button>
          </Alert>
        ) : null}
        {signedAt ? (
          <Alert tone="info">You signed on {formatDateTime(signedAt)}. Changing your reflection takes your signature off until you sign again.</Alert>
        ) : null}
        <ProseWithHints
          label="Your reflection on the session"
          description="How the session was for you, what you are taking away, anything you see differently. Your supervisor reads it; it is yours to write."
          rows={6}
          value={autosave.fields.superviseeReflection}
          onChange={(v) => autosave.set('superviseeReflection', v)}
          onBlur={() => void autosave.flush()}
          hintsFor="your reflection"
          maxLength={TEXT_LIMITS.noteText}
        />
        <div className="sign-box">
          <h3 className="note-read__heading">Sign</h3>
          <Signatures note={note} supervisorName={o.supervisor.name} />
          <p className="muted small">Signing says the note is a fair record of your session. Your supervisor counter-signs after you, and then it is locked.</p>
          {!finalized && !signedAt ? <Alert tone="info">You can sign once {o.supervisor.name} has finalised the note.</Alert> : null}
          {signProblem ? <Alert tone="warning">{signProblem}</Alert> : null}
          {sign.error && !confirming && !(isApiError(sign.error, 'CONFLICT') && sign.error.details.reason !== 'LOCKED') ? (
            <Alert tone="danger" title="Not signed">
              {errorMessage(sign.error)}
            </Alert>
          ) : null}
          <div className="form-actions">
            <Button variant="primary" onClick={() => setConfirming(true)} disabled={!!signedAt || !finalized}>
              {signedAt ? 'Signed' : 'Sign'}
            </Button>
          </div>
          <ConfirmDialog
            open={confirming}
            tone="primary"
            title="Sign this note?"
            description={`You are signing ${o.supervisor.name}’s note of your session on ${formatDateTime(o.startsAt)}, with your reflection as it is now, as a fair record. If either of you changes it afterwards, your signature is withdrawn and you are told.`}
            confirmLabel="Sign"
            pending={sign.isPending}
            error={sign.error && !isApiError(sign.error, 'CONFLICT') ? sign.error : undefined}
            onConfirm={() => void onSign()}
            onCancel={() => {
              setConfirming(false);
              sign.reset();
            }}
          />
        </div>
        {autosave.lockedWithUnsaved ? <UnsavedAfterLock text={autosave.lockedWithUnsaved} /> : null}
      </section>
    </>
  );
}
