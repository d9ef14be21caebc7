import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { useToast } from '../../../components/ui/toast';
import { formatDate, formatDateTime } from '../../../lib/format';
import { errorMessage } from '../../../lib/graphql-client';
import { ACTION_STATUS_LABELS, dimensionLabel, SESSION_TYPE_LABELS } from '../labels';
import { useDriftCodes, useUpdateActionItem, type ActionItem, type Note } from '../use-notes';

/** "Mark done" / "Reopen" for an action (works after the note is locked too). */
export function ActionDoneButton({ item }: { item: ActionItem }) {
  const update = useUpdateActionItem();
  const toast = useToast();
  const done = item.status === 'DONE';
  return (
    <span className="action-done">
      <Button
        size="sm"
        variant={done ? 'ghost' : 'secondary'}
        loading={update.isPending}
        onClick={() =>
          update.mutate({ actionItemId: item.id, status: done ? 'OPEN' : 'DONE' }, { onSuccess: () => toast.show(done ? 'Action reopened.' : 'Action marked done. Well done.') })
        }
      >
        {done ? 'Reopen' : 'Mark done'}
        <span className="visually-hidden">: {item.description ?? 'action'}</span>
      </Button>
      {update.error ? <span className="field__error">{errorMessage(update.error)}</span> : null}
    </span>
  );
}

/** Agreed actions as a list, with their status; the people of the session can mark them done. */
export function ActionList({ items, canUpdate }: { items: ActionItem[]; canUpdate: boolean }) {
  if (items.length === 0) return <p className="muted">No actions were agreed.</p>;
  return (
    <ul className="plain-list action-list">
      {items.map((a) => (
        <li key={a.id} className={`action-list__item action-list__item--${a.status.toLowerCase()}`}>
          <div className="action-list__text">
            <span>{a.textVisible && a.description ? a.description : 'An agreed action (details are private to the session)'}</span>
            <span className="muted small">
              {a.owner.name}
              {a.dueOn ? ` · by ${formatDate(a.dueOn)}` : ''}
              {a.dimension ? ` · ${dimensionLabel(a.dimension, true)}` : ''}
            </span>
          </div>
          <Badge tone={a.status === 'DONE' ? 'success' : a.status === 'DROPPED' ? 'neutral' : 'info'}>{ACTION_STATUS_LABELS[a.status]}</Badge>
          {canUpdate && a.status !== 'DROPPED' ? <ActionDoneButton item={a} /> : null}
        </li>
      ))}
    </ul>
  );
}

function Prose({ text, empty }: { text: string | null; empty: string }) {
  return text && text.trim() ? <p className="note-prose">{text}</p> : <p className="muted">{empty}</p>;
}

/** The supervisor's record, read-only. */
export function NoteReadView({ note, canUpdateActions }: { note: Note; canUpdateActions: boolean }) {
  const codes = useDriftCodes();
  const codeLabel = new Map((codes.data ?? []).map((c) => [c.code, c.label]));
  if (!note.textVisible) {
    return (
      <p className="muted">
        What was written is private to the people in the session. You can see that it took place and how far it has been signed.
      </p>
    );
  }
  return (
    <div className="note-read">
      <dl className="details-list">
        <dt>Kind of supervision</dt>
        <dd>{note.types.length ? note.types.map((t) => SESSION_TYPE_LABELS[t]).join(', ') : '—'}</dd>
        <dt>Dimensions discussed</dt>
        <dd>{note.dimensions.length ? note.dimensions.map((d) => dimensionLabel(d)).join('; ') : '—'}</dd>
        <dt>Drift codes</dt>
        <dd>
          {note.driftCodes.length ? (
            <ul className="inline-list">
              {note.driftCodes.map((c) => (
                <li key={c}>
                  <Badge tone="accent">
                    {c} {codeLabel.get(c) ?? ''}
                  </Badge>
                </li>
              ))}
            </ul>
          ) : (
            '—'
          )}
        </dd>
      </dl>
      <h3 className="note-read__heading">Strengths</h3>
      <Prose text={note.strengths} empty="None written." />
      <h3 className="note-read__heading">Concerns</h3>
      <Prose text={note.concerns} empty="None written." />
      <h3 className="note-read__heading">Supervisor’s note</h3>
      <Prose text={note.supervisorNote} empty="No note written." />
      <h3 className="note-read__heading">Agreed actions</h3>
      <ActionList items={note.actionItems} canUpdate={canUpdateActions} />
    </div>
  );
}

/** Who has signed, and when. */
export function Signatures({ note, supervisorName }: { note: Note; supervisorName: string }) {
  return (
    <ul className="plain-list signatures" aria-label="Signatures">
      <li>
        <span aria-hidden="true">{note.supervisorSignedAt ? '✓' : '○'} </span>
        {note.supervisorSignedBy?.name ?? supervisorName} (supervisor):{' '}
        {note.supervisorSignedAt ? `signed ${formatDateTime(note.supervisorSignedAt)}` : 'not signed yet'}
      </li>
      {note.reflections.map((r) => (
        <li key={r.superviseeId}>
          <span aria-hidden="true">{r.signedAt ? '✓' : '○'} </span>
          {r.supervisee.name} (supervisee): {r.signedAt ? `signed ${formatDateTime(r.signedAt)}` : 'not signed yet'}
        </li>
      ))}
    </ul>
  );
}

/** The supervisees' reflections, read-only (for the supervisor and the locked note). */
export function ReflectionsView({ note }: { note: Note }) {
  return (
    <div className="stack-sm">
      {note.reflections.map((r) => (
        <div key={r.superviseeId}>
          <h3 className="note-read__heading">{r.supervisee.name}’s reflection</h3>
          {note.textVisible ? <Prose text={r.reflection} empty="Not written yet." /> : <p className="muted">Private to the session.</p>}
        </div>
      ))}
    </div>
  );
}
