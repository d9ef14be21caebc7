import { useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { CheckboxGroup } from '../../../components/ui/checkbox-group';
import { useToast } from '../../../components/ui/toast';
import { formatDateTime } from '../../../lib/format';
import { errorMessage, isApiError } from '../../../lib/graphql-client';
import { DIMENSIONS, NOTE_STATUS, SESSION_TYPE_LABELS, SESSION_TYPES } from '../labels';
import { useSignNote, type Note } from '../use-notes';
import type { Occurrence } from '../use-supervision';
import { ActionItemsEditor, type Owner } from './action-items-editor';
import { DriftCodesPicker } from './drift-codes-picker';
import { ProseWithHints } from './prose-with-hints';
import { ReflectionsView, Signatures } from './note-read-view';
import { SaveStatus } from './save-status';
import { useNoteAutosave } from './use-note-autosave';
import { TEXT_LIMITS } from '@tandem/shared';

export interface SupervisorNoteFormProps {
  occurrence: Occurrence;
  /** The note as last loaded (null before the first save creates it). */
  note: Note | null;
  viewerId: string;
}

/** The supervisor writes the structured note (autosaved as a draft), then signs it. */
export function SupervisorNoteForm({ occurrence: o, note, viewerId }: SupervisorNoteFormProps) {
  const autosave = useNoteAutosave({ occurrenceId: o.id, note, viewerId });
  const { fields, set } = autosave;
  const sign = useSignNote();
  const toast = useToast();
  const [signProblem, setSignProblem] = useState<string | null>(null);

  const owners: Owner[] = [
    { id: o.supervisorId, name: o.supervisor.name, role: 'supervisor' },
    ...o.supervisees.map((p) => ({ id: p.id, name: p.name, role: 'supervisee' as const })),
  ];
  const signedAt = note?.supervisorSignedAt ?? null;
  const othersSigned = note?.reflections.some((r) => r.signedAt) ?? false;
  const canSign = fields.types.length > 0 || fields.supervisorNote.trim() !== '';

  const onSign = async () => {
    setSignProblem(null);
    if (!(await autosave.flush())) return setSignProblem('The latest changes are not saved yet, so the note was not signed. Try again in a moment.');
    const noteId = autosave.noteId();
    const version = autosave.version();
    if (!noteId || version === null) return setSignProblem('Write the note first.');
    sign.mutate(
      { noteId, version },
      {
        onSuccess: (saved) => {
          autosave.adopt(saved);
          toast.show(saved.status === 'LOCKED' ? 'Signed. Everyone has signed, so the note is locked.' : 'Signed. The note is waiting for the supervisee’s reflection and signature.');
        },
        onError: async (error) => {
          if (isApiError(error, 'CONFLICT') && error.details.reason !== 'LOCKED') {
            await autosave.reload();
            setSignProblem('The note changed while you were signing, so it was not signed. The latest version is loaded above (nothing you wrote is lost) — have a look and sign again.');
          }
        },
      },
    );
  };

  return (
    <section className="card note-form" aria-labelledby="note-form-title">
      <div className="note-form__head">
        <h2 id="note-form-title" className="card-title">
          Session note
        </h2>
        {note ? <Badge tone={NOTE_STATUS[note.status].tone}>{NOTE_STATUS[note.status].label}</Badge> : <Badge>Not started</Badge>}
        <span className="spacer" />
        <SaveStatus status={autosave.status} idleText={note ? 'Saves as you write' : 'Saved as a draft once you start'} />
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
        <Alert tone="info">
          You signed this note on {formatDateTime(signedAt)}. Changing it now takes your signature{othersSigned ? ' and the supervisee’s' : ''} off until you sign again.
        </Alert>
      ) : null}

      <CheckboxGroup
        legend="Kind of supervision"
        description="Choose all that apply."
        options={SESSION_TYPES.map((t) => ({ value: t, label: SESSION_TYPE_LABELS[t] }))}
        value={fields.types}
        onChange={(v) => set('types', v)}
        inline
      />
      <CheckboxGroup
        legend="Dimensions discussed"
        options={DIMENSIONS.map((d) => ({ value: d.code, label: `${d.code} ${d.title}` }))}
        value={fields.dimensions}
        onChange={(v) => set('dimensions', v)}
      />
      <DriftCodesPicker value={fields.driftCodes} onChange={(v) => set('driftCodes', v)} />
      <ProseWithHints label="Strengths" description="What went well; what you noticed and appreciated." rows={3} value={fields.strengths} onChange={(v) => set('strengths', v)} hintsFor="strengths" maxLength={TEXT_LIMITS.noteSection} />
      <ProseWithHints label="Concerns" description="What felt hard, for either of you." rows={3} value={fields.concerns} onChange={(v) => set('concerns', v)} hintsFor="concerns" maxLength={TEXT_LIMITS.noteSection} />
      <ProseWithHints label="Supervisor note" description="What you talked about and what you agreed, in words the supervisee will recognise." rows={6} value={fields.supervisorNote} onChange={(v) => set('supervisorNote', v)} hintsFor="your note" maxLength={TEXT_LIMITS.noteText} />
      <ActionItemsEditor items={fields.actionItems} onChange={(v) => set('actionItems', v)} owners={owners} saved={note?.actionItems ?? []} />

      {note ? <ReflectionsView note={note} /> : null}

      <div className="sign-box">
        <h3 className="note-read__heading">Sign as supervisor</h3>
        {note ? <Signatures note={note} supervisorName={o.supervisor.name} /> : null}
        <p className="muted small">
          Signing says this is a fair record. The supervisee then adds their reflection and signs; when everyone has signed, the note is locked and later
          corrections are added as amendments.
        </p>
        {signProblem ? <Alert tone="warning">{signProblem}</Alert> : null}
        {sign.error && !isApiError(sign.error, 'CONFLICT') ? (
          <Alert tone="danger" title="Not signed">
            {errorMessage(sign.error)}
          </Alert>
        ) : sign.error && isApiError(sign.error, 'CONFLICT') && sign.error.details.reason === 'LOCKED' ? (
          <Alert tone="info">{errorMessage(sign.error)}</Alert>
        ) : null}
        <div className="form-actions">
          <Button variant="primary" onClick={() => void onSign()} loading={sign.isPending} disabled={!canSign || !!signedAt}>
            {signedAt ? 'Signed' : 'Sign as supervisor'}
          </Button>
          {!canSign ? <span className="muted small">Choose the kind of supervision or write a note before signing.</span> : null}
        </div>
      </div>
      {autosave.lockedWithUnsaved ? <UnsavedAfterLock text={autosave.lockedWithUnsaved} /> : null}
    </section>
  );
}

export function UnsavedAfterLock({ text }: { text: string }) {
  return (
    <Alert tone="warning" title="Locked before your last changes were saved" live="status">
      <p>Everyone signed the note, so these words were not added. Copy them into an amendment if they still matter:</p>
      <pre className="note-prose">{text}</pre>
    </Alert>
  );
}
