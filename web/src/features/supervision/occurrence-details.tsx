import { Badge } from '../../components/ui/badge';
import type { Viewer } from '../auth/use-auth';
import { hasRole } from '../auth/use-auth';
import { CHANNEL_LABELS, MODALITY_LABELS, NOTE_STATUS, OCCURRENCE_STATUS, personNames } from './labels';
import { formatDuration, formatOccurrenceWhen, seriesZoneNote } from './time';
import type { Occurrence } from './use-supervision';
import { clock } from '../../lib/clock';

export type OccurrenceAction = 'move' | 'cancel' | 'held' | 'missed' | 'end';

/** What the viewer may do with an occurrence now (the API decides in the end; this keeps impossible buttons away). */
export function availableActions(o: Occurrence, viewer: Pick<Viewer, 'id' | 'roles'>, now = clock.nowMs()): OccurrenceAction[] {
  const canManage = o.supervisorId === viewer.id || hasRole(viewer, 'ADMIN');
  if (!canManage) return [];
  const started = new Date(o.startsAt).getTime() <= now;
  const documented = o.note !== null;
  const actions: OccurrenceAction[] = [];
  if (started && (o.status === 'SCHEDULED' || o.status === 'MISSED')) actions.push('held');
  if (started && !documented && (o.status === 'SCHEDULED' || o.status === 'COMPLETED')) actions.push('missed');
  if (!documented && (o.status === 'SCHEDULED' || o.status === 'CANCELLED') && !o.adHoc) actions.push('move');
  if (!documented && o.status === 'SCHEDULED' && !o.adHoc) actions.push('cancel');
  if (o.isRecurring) actions.push('end');
  return actions;
}

export const ACTION_LABELS: Record<OccurrenceAction, string> = {
  held: 'Mark as held',
  missed: 'Mark as missed',
  move: 'Move…',
  cancel: 'Cancel this session…',
  end: 'End the series…',
};

export function OccurrenceStatusBadge({ occurrence: o }: { occurrence: Occurrence }) {
  const s = OCCURRENCE_STATUS[o.status];
  return (
    <Badge tone={s.tone}>
      <span aria-hidden="true">{s.icon}</span> {s.label}
    </Badge>
  );
}

/** The facts of one occurrence, as a definition list. */
export function OccurrenceDetails({ occurrence: o }: { occurrence: Occurrence }) {
  const zoneNote = seriesZoneNote(o.startsAt, o.timeZone);
  const place = o.channel === 'IN_PERSON' ? o.location : o.link || o.location;
  return (
    <dl className="details-list">
      <dt>When</dt>
      <dd>
        {formatOccurrenceWhen(o.startsAt, o.endsAt)}
        {zoneNote ? <span className="muted small"> ({zoneNote})</span> : null}
      </dd>
      <dt>Status</dt>
      <dd>
        <span className="row sv-badges">
          <OccurrenceStatusBadge occurrence={o} />
          {o.moved && o.status !== 'CANCELLED' ? <Badge tone="accent">Moved</Badge> : null}
          {o.note ? <Badge tone={NOTE_STATUS[o.note.status].tone}>{NOTE_STATUS[o.note.status].label}</Badge> : null}
        </span>
        {o.statusReason ? <span className="muted small sv-block">Reason: {o.statusReason}</span> : null}
      </dd>
      <dt>Supervisor</dt>
      <dd>{o.supervisor.name}</dd>
      <dt>{o.supervisees.length === 1 ? 'Supervisee' : 'Supervisees'}</dt>
      <dd>{personNames(o.supervisees) || '—'}</dd>
      <dt>Kind</dt>
      <dd>
        {MODALITY_LABELS[o.modality]} · {CHANNEL_LABELS[o.channel]} · {formatDuration(o.durationMinutes)}
      </dd>
      {place ? (
        <>
          <dt>{o.channel === 'IN_PERSON' ? 'Where' : 'Link'}</dt>
          <dd>{/^https?:\/\//.test(place) ? <a href={place} target="_blank" rel="noreferrer">{place}</a> : place}</dd>
        </>
      ) : null}
      <dt>Repeats</dt>
      <dd>{o.adHoc ? 'Recorded after it took place' : o.recurrenceText ? capitalise(o.recurrenceText) : 'Does not repeat'}</dd>
    </dl>
  );
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
