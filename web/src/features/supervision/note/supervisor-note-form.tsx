import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { CheckboxGroup } from '../../../components/ui/checkbox-group';
import { formatDateTime } from '../../../lib/format';
import { DIMENSIONS, noteStatusBadge, SESSION_TYPE_LABELS, SESSION_TYPES } from '../labels';
import type { Note } from '../use-notes';
import type { Occurrence } from '../use-supervision';
import { ActionItemsEditor, type Owner } from './action-items-editor';
import { DriftCodesPicker } from './drift-codes-picker';
import { ProseWithHints } from './prose-with-hints';
import { ReflectionsView } from './note-read-view';
import { SignatureHistory } from './signature-history';
import { SupervisorSigning } from './supervisor-signing';
import { SaveStatus } from '../../../components/ui/save-status';
import { useNoteAutosave } from './use-note-autosave';
import { TEXT_LIMITS } from '@tandem/shared';

export interface SupervisorNoteFormProps {
  occurrence: Occurrence;
  /** The note as last loaded (null before the first save creates it). */
  note: Note | null;
  viewerId: string;
}

/** The supervisor writes the structured note (autosaved as a draft), finalises it, and counter-signs after the supervisees. */
export function SupervisorNoteForm({ occurrence: o, note, viewerId }: SupervisorNoteFormProps) {
  const autosave = useNoteAutosave({ occurrenceId: o.id, note, viewerId });
  const { fields, set } = autosave;
  const saveNow = () => void autosave.flush();
  const owners: Owner[] = [
    { id: o.supervisorId, name: o.supervisor.name, role: 'supervisor' },
    ...o.supervisees.map((p) => ({ id: p.id, name: p.name, role: 'supervisee' as const })),
  ];
  const signedAt = note?.supervisorSignedAt ?? null;
  const othersSigned = note?.reflections.some((r) => r.signedAt) ?? false;
  const canSign = fields.types.length > 0 || fields.supervisorNote.trim() !== '';

  return (
    <section className="card note-form" aria-labelledby="note-form-title">
      <div className="note-form__head">
        <h2 id="note-form-title" className="card-title">
          Session note
        </h2>
        {note ? <Badge tone={noteStatusBadge(note).tone}>{noteStatusBadge(note).label}</Badge> : <Badge>Not started</Badge>}
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
      {note ? <SignatureHistory note={note} /> : null}
      {signedAt || othersSigned || note?.finalizedAt ? (
        <Alert tone="info">
          {signedAt ? `You signed this note on ${formatDateTime(signedAt)}. ` : note?.finalizedAt ? `You finalised this note on ${formatDateTime(note.finalizedAt)}. ` : ''}
          Changing it now takes it back to a draft{othersSigned ? ' and withdraws the supervisee’s signature (they are told)' : ''}; it then needs finalising and signing again.
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
      <ProseWithHints label="Strengths" description="What went well; what you noticed and appreciated." rows={3} value={fields.strengths} onChange={(v) => set('strengths', v)} onBlur={saveNow} hintsFor="strengths" maxLength={TEXT_LIMITS.noteSection} />
      <ProseWithHints label="Concerns" description="What felt hard, for either of you." rows={3} value={fields.concerns} onChange={(v) => set('concerns', v)} onBlur={saveNow} hintsFor="concerns" maxLength={TEXT_LIMITS.noteSection} />
      <ProseWithHints label="Supervisor note" description="What you talked about and what you agreed, in words the supervisee will recognise." rows={6} value={fields.supervisorNote} onChange={(v) => set('supervisorNote', v)} onBlur={saveNow} hintsFor="your note" maxLength={TEXT_LIMITS.noteText} />
      <ActionItemsEditor items={fields.actionItems} onChange={(v) => set('actionItems', v)} owners={owners} saved={note?.actionItems ?? []} />

      {note ? <ReflectionsView note={note} /> : null}

      <SupervisorSigning occurrence={o} note={note} autosave={autosave} canSign={canSign} />
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
