import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/spinner';
import { errorMessage } from '../../lib/graphql-client';
import { useViewer, type Viewer } from '../auth/use-auth';
import { SupervisionAgendaCard } from './agenda-card';
import { personNames } from './labels';
import { LockedNote } from './note/locked-note';
import { NoteReadView, Signatures } from './note/note-read-view';
import { SuperviseeReflection } from './note/supervisee-reflection';
import { SupervisorNoteForm } from './note/supervisor-note-form';
import { useActionDone, WarningsAfterSave } from './occurrence-dialog';
import { ACTION_LABELS, availableActions, OccurrenceDetails, type OccurrenceAction } from './occurrence-details';
import { CancelOccurrenceForm, EndSeriesForm, MarkMissedForm, MoveOccurrenceForm, useMarkHeld } from './occurrence-forms';
import { formatOccurrenceWhen } from './time';
import { useNote, type Note } from './use-notes';
import { useOccurrence, type Occurrence } from './use-supervision';
import './supervision.css';
import { clock } from '../../lib/clock';

/** One session: its details and actions, each supervisee's agenda, and the note (write, reflect, sign, amend). */
export function OccurrencePage() {
  const { occurrenceId = '' } = useParams();
  const viewer = useViewer();
  const occurrence = useOccurrence(occurrenceId);
  const o = occurrence.data;
  const noteId = o?.note?.id ?? null;
  const note = useNote(noteId);

  if (occurrence.isPending) {
    return (
      <>
        <PageHeader title="Supervision session" breadcrumb={<Link to="/supervision">Supervision</Link>} />
        <div className="card">
          <Skeleton lines={5} label="Loading the session" />
        </div>
      </>
    );
  }
  if (occurrence.isError || !o) {
    return (
      <>
        <PageHeader title="Supervision session" breadcrumb={<Link to="/supervision">Supervision</Link>} />
        <ErrorState error={occurrence.error} onRetry={() => void occurrence.refetch()} />
      </>
    );
  }

  const names = personNames(o.supervisees);
  const isSupervisee = o.superviseeIds.includes(viewer.id);
  const agendaFor = isSupervisee ? o.supervisees.filter((p) => p.id === viewer.id) : o.supervisees;
  const agendas = (
    <div className="stack">
      {agendaFor.map((p) => (
        <SupervisionAgendaCard key={p.id} superviseeId={p.id} excludeOccurrenceId={o.id} title={isSupervisee ? 'Your agenda for next time' : undefined} />
      ))}
    </div>
  );
  return (
    <>
      <PageHeader
        title={isSupervisee ? `Supervision with ${o.supervisor.name}` : names ? `Supervision with ${names}` : o.title || 'Supervision session'}
        description={formatOccurrenceWhen(o.startsAt, o.endsAt)}
        breadcrumb={
          <>
            <Link to="/supervision">Supervision</Link> /
          </>
        }
        actions={
          <a className="btn btn--secondary" href={o.icsPath} download>
            Download .ics
          </a>
        }
      />
      <div className="session-top">
        <section className="card" aria-labelledby="session-details-title">
          <h2 id="session-details-title" className="card-title">
            Details
          </h2>
          <OccurrenceDetails occurrence={o} />
          <SessionActions occurrence={o} viewer={viewer} />
        </section>
        {/* The supervisor prepares with the agenda; a supervisee reflects first and looks ahead after. */}
        {isSupervisee ? null : agendas}
      </div>
      <div className="session-note">
        <NoteArea occurrence={o} note={note.data ?? null} notePending={!!noteId && note.isPending} noteError={note.error} viewer={viewer} />
        {isSupervisee ? agendas : null}
      </div>
    </>
  );
}

function SessionActions({ occurrence: o, viewer }: { occurrence: Occurrence; viewer: Viewer }) {
  const [mode, setMode] = useState<Exclude<OccurrenceAction, 'held'> | null>(null);
  const held = useMarkHeld();
  const close = () => {
    setMode(null);
    after.clear();
  };
  const after = useActionDone(close);
  const actions = availableActions(o, viewer);
  if (actions.length === 0) return null;
  const formProps = { occurrence: o, onBack: close };
  return (
    <>
      <div className="sv-action-row" role="group" aria-label="Change this session">
        {actions.map((a) => (
          <Button key={a} size="sm" variant={a === 'held' ? 'primary' : a === 'cancel' || a === 'end' ? 'ghost' : 'secondary'} loading={a === 'held' && held.pending} onClick={() => (a === 'held' ? held.run(o) : setMode(a))}>
            {ACTION_LABELS[a]}
          </Button>
        ))}
      </div>
      {held.error ? <Alert tone="danger" title="Nothing was changed">{errorMessage(held.error)}</Alert> : null}
      <Dialog open={mode !== null} onClose={close} title={mode ? ACTION_LABELS[mode].replace('…', '') : ''} size="md">
        {after.warnings ? (
          <WarningsAfterSave warnings={after.warnings} onClose={close} />
        ) : mode === 'move' ? (
          <MoveOccurrenceForm {...formProps} onDone={(w) => after.done('move', w)} />
        ) : mode === 'cancel' ? (
          <CancelOccurrenceForm {...formProps} onDone={(w) => after.done('cancel', w)} />
        ) : mode === 'missed' ? (
          <MarkMissedForm {...formProps} onDone={(w) => after.done('missed', w)} />
        ) : mode === 'end' ? (
          <EndSeriesForm {...formProps} onDone={(w) => after.done('end', w)} />
        ) : null}
      </Dialog>
    </>
  );
}

interface NoteAreaProps {
  occurrence: Occurrence;
  note: Note | null;
  notePending: boolean;
  noteError: unknown;
  viewer: Viewer;
}

function NoteArea({ occurrence: o, note, notePending, noteError, viewer }: NoteAreaProps) {
  // Once the form is on screen it stays mounted while the note is created and reloaded (it holds unsaved words).
  const formShown = useRef(false);
  const party = note?.viewerParty ?? (o.supervisorId === viewer.id ? 'SUPERVISOR' : o.superviseeIds.includes(viewer.id) ? 'SUPERVISEE' : null);
  const started = new Date(o.startsAt).getTime() <= clock.nowMs();

  if (note?.status === 'LOCKED') return <LockedNote occurrence={o} note={note} />;
  if (!formShown.current && notePending) {
    return (
      <div className="card">
        <Skeleton lines={6} label="Loading the note" />
      </div>
    );
  }
  if (!note && noteError) return <ErrorState error={noteError} />;

  if (party === 'SUPERVISOR') {
    if (note || formShown.current || (started && (o.status === 'SCHEDULED' || o.status === 'COMPLETED'))) {
      formShown.current = true;
      return <SupervisorNoteForm occurrence={o} note={note} viewerId={viewer.id} />;
    }
    if (!started) return <EmptyState title="The note opens when the session starts">Until then you can move or cancel it, and look over the agenda.</EmptyState>;
    if (o.status === 'CANCELLED') return <EmptyState title="This session was cancelled">Move it to a new time to restore it.</EmptyState>;
    return <MissedNotice occurrence={o} />;
  }
  if (party === 'SUPERVISEE') {
    if (note) return <SuperviseeReflection occurrence={o} note={note} viewerId={viewer.id} />;
    return (
      <EmptyState title="No note yet">
        {started
          ? `${o.supervisor.name} hasn’t started the note for this session yet. When they do, you can read it here, add your reflection and sign.`
          : 'After the session, your supervisor writes a short note. You then add your own reflection and both of you sign.'}
      </EmptyState>
    );
  }
  if (!note) return <EmptyState title="No note yet">The session’s supervisor writes the note after it has taken place.</EmptyState>;
  return (
    <section className="card" aria-labelledby="note-view-title">
      <h2 id="note-view-title" className="card-title">
        Session note
      </h2>
      <NoteReadView note={note} canUpdateActions={false} />
      <Signatures note={note} supervisorName={o.supervisor.name} />
    </section>
  );
}

function MissedNotice({ occurrence: o }: { occurrence: Occurrence }) {
  const held = useMarkHeld();
  return (
    <EmptyState
      title="This session was marked missed"
      action={
        <Button variant="primary" loading={held.pending} onClick={() => held.run(o)}>
          It took place after all: mark as held
        </Button>
      }
    >
      {o.statusReason ? `Reason given: ${o.statusReason}. ` : ''}A note can be written once it is marked as held.
      {held.error ? <Alert tone="danger">{errorMessage(held.error)}</Alert> : null}
    </EmptyState>
  );
}
