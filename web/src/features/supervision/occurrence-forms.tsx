import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { TextAreaField, TextField } from '../../components/ui/text-field';
import { useToast } from '../../components/ui/toast';
import { errorMessage } from '../../lib/graphql-client';
import { dateKeyIn, formatDayMonthYear, isDateKey, timeIn } from './time';
import { useCancelOccurrence, useEndSeries, useMarkOccurrence, useMoveOccurrence, type Occurrence } from './use-supervision';
import { TEXT_LIMITS } from '@tandem/shared';

export interface OccurrenceFormProps {
  occurrence: Occurrence;
  /** Back to the details without changing anything. */
  onBack: () => void;
  /** Changed; warnings (e.g. double-booking) are worth showing before closing. */
  onDone: (warnings: string[]) => void;
}

function FormError({ error }: { error: unknown }) {
  return error ? (
    <Alert tone="danger" title="Nothing was changed">
      {errorMessage(error)}
    </Alert>
  ) : null;
}

function zoneText(zone: string) {
  return zone.replace(/_/g, ' ');
}

/** Move one occurrence: a new date and time in the series' zone. */
export function MoveOccurrenceForm({ occurrence: o, onBack, onDone }: OccurrenceFormProps) {
  const move = useMoveOccurrence();
  const [date, setDate] = useState(dateKeyIn(o.startsAt, o.timeZone));
  const [time, setTime] = useState(timeIn(o.startsAt, o.timeZone));
  const [duration, setDuration] = useState(String(o.durationMinutes));
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const minutes = Number(duration);
    if (!isDateKey(date) || !/^\d{2}:\d{2}$/.test(time)) return setProblem('Choose a date and a time.');
    if (!Number.isInteger(minutes) || minutes < 15 || minutes > 480) return setProblem('The length is 15 to 480 minutes.');
    setProblem(null);
    move.mutate(
      { occurrenceId: o.id, startsAt: `${date}T${time}`, durationMinutes: minutes },
      { onSuccess: (r) => onDone(r.warnings) },
    );
  };
  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Move this session">
      <p className="muted small">Only this date moves; the rest of the series stays as it is. Times are in {zoneText(o.timeZone)}, the series’ time zone.</p>
      <div className="sv-form-row">
        <TextField label="New date" type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        <TextField label="New time" type="time" value={time} onChange={(e) => setTime(e.target.value)} required />
        <TextField label="Length (minutes)" type="number" min={15} max={480} step={5} value={duration} onChange={(e) => setDuration(e.target.value)} />
      </div>
      {problem ? <Alert tone="danger">{problem}</Alert> : null}
      <FormError error={move.error} />
      <div className="form-actions">
        <Button type="submit" variant="primary" loading={move.isPending}>
          Move session
        </Button>
        <Button onClick={onBack} disabled={move.isPending}>
          Back
        </Button>
      </div>
    </form>
  );
}

/** Cancel this occurrence only, with an optional reason. */
export function CancelOccurrenceForm({ occurrence: o, onBack, onDone }: OccurrenceFormProps) {
  const cancel = useCancelOccurrence();
  const [reason, setReason] = useState('');
  return (
    <form
      className="stack"
      aria-label="Cancel this session"
      onSubmit={(e) => {
        e.preventDefault();
        cancel.mutate({ occurrenceId: o.id, reason }, { onSuccess: (r) => onDone(r.warnings) });
      }}
    >
      <p className="muted small">
        Only this date is cancelled{o.isRecurring ? '; the rest of the series stays' : ''}. Calendars that subscribe will drop it. You can restore it later by moving it.
      </p>
      <TextAreaField className="field--prose" label="Reason" maxLength={TEXT_LIMITS.occurrenceReason} optional rows={2} value={reason} onChange={(e) => setReason(e.target.value)} description="Shared with the people in the session." />
      <FormError error={cancel.error} />
      <div className="form-actions">
        <Button type="submit" variant="danger" loading={cancel.isPending}>
          Cancel this session
        </Button>
        <Button onClick={onBack} disabled={cancel.isPending}>
          Keep it
        </Button>
      </div>
    </form>
  );
}

/** Record that the session did not take place. */
export function MarkMissedForm({ occurrence: o, onBack, onDone }: OccurrenceFormProps) {
  const mark = useMarkOccurrence();
  const [reason, setReason] = useState('');
  return (
    <form
      className="stack"
      aria-label="Mark as missed"
      onSubmit={(e) => {
        e.preventDefault();
        mark.mutate({ occurrenceId: o.id, status: 'MISSED', reason }, { onSuccess: (r) => onDone(r.warnings) });
      }}
    >
      <p className="muted small">Missed sessions count towards what was scheduled, not what was held. No one is blamed; the reason helps you plan the next one.</p>
      <TextAreaField className="field--prose" label="What happened" maxLength={TEXT_LIMITS.occurrenceReason} optional rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
      <FormError error={mark.error} />
      <div className="form-actions">
        <Button type="submit" variant="primary" loading={mark.isPending}>
          Mark as missed
        </Button>
        <Button onClick={onBack} disabled={mark.isPending}>
          Back
        </Button>
      </div>
    </form>
  );
}

/** End a recurring series from a date (in the series' zone). */
export function EndSeriesForm({ occurrence: o, onBack, onDone }: OccurrenceFormProps) {
  const end = useEndSeries();
  const [from, setFrom] = useState(dateKeyIn(o.startsAt, o.timeZone));
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      className="stack"
      aria-label="End the series"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!isDateKey(from)) return setProblem('Choose the first date without sessions.');
        setProblem(null);
        // The series ends from the start of that day in its own zone.
        end.mutate({ sessionId: o.sessionId, from: `${from}T00:00` }, { onSuccess: (r) => onDone(r.warnings) });
      }}
    >
      <p className="muted small">
        Sessions on or after this date are removed from everyone’s calendar. Earlier sessions, their notes and their history stay.
        {o.recurrenceText ? ` The series now repeats ${o.recurrenceText}.` : ''}
      </p>
      <TextField
        label="No sessions from"
        type="date"
        value={from}
        onChange={(e) => setFrom(e.target.value)}
        description={isDateKey(from) ? `The last session will be before ${formatDayMonthYear(from)} (${zoneText(o.timeZone)}).` : undefined}
        error={problem}
      />
      <FormError error={end.error} />
      <div className="form-actions">
        <Button type="submit" variant="danger" loading={end.isPending}>
          End the series
        </Button>
        <Button onClick={onBack} disabled={end.isPending}>
          Back
        </Button>
      </div>
    </form>
  );
}

/** "Mark as held" needs no form: one click, with a toast. */
export function useMarkHeld() {
  const mark = useMarkOccurrence();
  const toast = useToast();
  return {
    pending: mark.isPending,
    error: mark.error,
    run: (o: Occurrence, onDone?: (warnings: string[]) => void) =>
      mark.mutate({ occurrenceId: o.id, status: 'COMPLETED' }, {
        onSuccess: (r) => {
          toast.show('Marked as held. You can write the note now.');
          onDone?.(r.warnings);
        },
      }),
  };
}
