import { NOTE_STATUS, OCCURRENCE_STATUS, personNames } from './labels';
import { formatLocalTime } from './time';
import type { Occurrence } from './use-supervision';

export interface OccurrenceChipProps {
  occurrence: Occurrence;
  onOpen: (occurrence: Occurrence) => void;
  /** Only chips in the focused day are in the Tab order (the grid moves between days with arrow keys). */
  tabbable: boolean;
  /** Show whose session it is as well as the supervisees (admins see everyone's). */
  showSupervisor?: boolean;
  /** A supervisee sees who they meet: "With Sam Okafor". */
  viewerId?: string;
}

/** One session in the calendar: time, people and status in words (the colour only repeats the status). */
export function OccurrenceChip({ occurrence: o, onOpen, tabbable, showSupervisor, viewerId }: OccurrenceChipProps) {
  const status = OCCURRENCE_STATUS[o.status];
  const asSupervisee = viewerId !== undefined && o.supervisorId !== viewerId && o.superviseeIds.includes(viewerId);
  const others = o.supervisees.filter((p) => p.id !== viewerId);
  const who = asSupervisee
    ? `With ${o.supervisor.name}${others.length ? ` and ${personNames(others)}` : ''}`
    : personNames(o.supervisees) || o.title || 'Supervision';
  return (
    <button
      type="button"
      className={`occ-chip occ-chip--${o.status.toLowerCase()}`}
      tabIndex={tabbable ? 0 : -1}
      onClick={() => onOpen(o)}
      data-occurrence-id={o.id}
    >
      <span className="occ-chip__time">{formatLocalTime(o.startsAt)}</span>
      <span className="occ-chip__who">
        {who}
        {showSupervisor && !asSupervisee ? <span className="occ-chip__supervisor"> with {o.supervisor.name}</span> : null}
      </span>
      <span className="occ-chip__tags">
        <span className="occ-chip__status">
          <span aria-hidden="true">{status.icon} </span>
          {status.label}
        </span>
        {o.moved && o.status !== 'CANCELLED' ? <span className="occ-chip__tag">Moved</span> : null}
        {o.adHoc ? <span className="occ-chip__tag">Recorded after</span> : null}
        {o.note ? <span className="occ-chip__tag">{NOTE_STATUS[o.note.status].label}</span> : null}
      </span>
    </button>
  );
}
