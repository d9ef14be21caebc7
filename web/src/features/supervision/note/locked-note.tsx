import { useState, type FormEvent } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { TextAreaField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import { formatDateTime } from '../../../lib/format';
import { errorMessage } from '../../../lib/graphql-client';
import { NOTE_STATUS } from '../labels';
import { useAmendNote, type Note } from '../use-notes';
import type { Occurrence } from '../use-supervision';
import { NoteReadView, ReflectionsView, Signatures } from './note-read-view';
import { TEXT_LIMITS } from '@tandem/shared';

/** A note signed by everyone: read-only, with its amendments and (for its people) a way to add one. */
export function LockedNote({ occurrence: o, note }: { occurrence: Occurrence; note: Note }) {
  const party = note.viewerParty !== null;
  return (
    <>
      <section className="card" aria-labelledby="locked-note-title">
        <div className="note-form__head">
          <h2 id="locked-note-title" className="card-title">
            Session note
          </h2>
          <Badge tone={NOTE_STATUS[note.status].tone}>{NOTE_STATUS[note.status].label}</Badge>
        </div>
        <p className="muted small">
          {note.lockedAt ? `Locked on ${formatDateTime(note.lockedAt)}. ` : ''}Everyone signed, so the record stays as it was; corrections are added below as amendments,
          never overwritten. Action statuses can still change.
        </p>
        <NoteReadView note={note} canUpdateActions={party} />
        <ReflectionsView note={note} />
        <h3 className="note-read__heading">Signatures</h3>
        <Signatures note={note} supervisorName={o.supervisor.name} />
      </section>
      <Amendments note={note} canAmend={party} />
    </>
  );
}

function Amendments({ note, canAmend }: { note: Note; canAmend: boolean }) {
  const [adding, setAdding] = useState(false);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const amend = useAmendNote();
  const toast = useToast();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return setProblem('Write the amendment first.');
    setProblem(null);
    amend.mutate({ noteId: note.id, text }, {
      onSuccess: () => {
        setText('');
        setAdding(false);
        toast.show('Amendment added.');
      },
    });
  };
  return (
    <section className="card" aria-labelledby="amendments-title">
      <h2 id="amendments-title" className="card-title">
        Amendments
      </h2>
      {note.amendments.length === 0 ? (
        <p className="muted">No amendments.</p>
      ) : (
        <ol className="plain-list amendments">
          {note.amendments.map((a) => (
            <li key={a.id} className="amendment">
              <p className="muted small">
                {a.author.name} · {formatDateTime(a.createdAt)}
              </p>
              <p className="note-prose">{a.text ?? 'Private to the session.'}</p>
            </li>
          ))}
        </ol>
      )}
      {canAmend ? (
        adding ? (
          <form className="stack" onSubmit={submit} noValidate>
            <TextAreaField
              className="field--prose"
              label="Amendment"
              maxLength={TEXT_LIMITS.noteSection}
              description="Added under your name with today’s date; the signed note itself does not change."
              rows={3}
              value={text}
              onChange={(e) => setText(e.target.value)}
              error={problem}
            />
            {amend.error ? <Alert tone="danger" title="Not added">{errorMessage(amend.error)}</Alert> : null}
            <div className="form-actions">
              <Button type="submit" variant="primary" loading={amend.isPending}>
                Add the amendment
              </Button>
              <Button onClick={() => setAdding(false)} disabled={amend.isPending}>
                Cancel
              </Button>
            </div>
          </form>
        ) : (
          <Button onClick={() => setAdding(true)}>Add an amendment</Button>
        )
      ) : null}
    </section>
  );
}
