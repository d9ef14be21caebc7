import { useMemo, useState, type FormEvent } from 'react';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { CheckboxGroup } from '../../components/ui/checkbox-group';
import { Dialog } from '../../components/ui/dialog';
import { Select } from '../../components/ui/select';
import { TextField } from '../../components/ui/text-field';
import { useToast } from '../../components/ui/toast';
import type { SupervisionChannel, SupervisionModality } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-client';
import { hasRole, useViewer } from '../auth/use-auth';
import { CHANNEL_LABELS, CHANNELS, MODALITIES, MODALITY_LABELS } from './labels';
import { RecurrenceBuilder } from './recurrence-builder';
import { defaultRecurrence, recurrenceProblems, recurrenceToRRule, weekdayOf, type RecurrenceDraft } from './recurrence-model';
import { browserTimeZone, isDateKey, isValidTimeZone, todayKey } from './time';
import { PastStartWarning, TeamPicker, type TeamPerson } from './schedule-parts';
import { TimeZoneField } from './time-zone-field';
import { useScheduleSupervision, useSupervisionPeople, useSupervisors } from './use-supervision';
import { TEXT_LIMITS } from '@tandem/shared';

type Field = 'supervisor' | 'supervisees' | 'date' | 'time' | 'timeZone' | 'duration';

type Person = TeamPerson;

const MULTI: SupervisionModality[] = ['GROUP', 'PEER_COREFLECTION'];

export interface ScheduleDialogProps {
  open: boolean;
  onClose: () => void;
  /** Pre-filled day (the calendar's focused day) and supervisee (its filter). */
  initialDate?: string;
  initialSuperviseeId?: string;
}

/** Schedule a one-off session or a series; double-booking warnings are shown after it is saved. */
export function ScheduleDialog({ open, onClose, initialDate, initialSuperviseeId }: ScheduleDialogProps) {
  if (!open) return null;
  return <ScheduleForm onClose={onClose} initialDate={initialDate} initialSuperviseeId={initialSuperviseeId} />;
}

function ScheduleForm({ onClose, initialDate, initialSuperviseeId }: Omit<ScheduleDialogProps, 'open'>) {
  const viewer = useViewer();
  const admin = hasRole(viewer, 'ADMIN');
  const isSupervisor = hasRole(viewer, 'SUPERVISOR');
  const own = useSupervisionPeople(isSupervisor);
  const supervisors = useSupervisors(admin);
  const schedule = useScheduleSupervision();
  const toast = useToast();

  const startDay = initialDate && initialDate >= todayKey() ? initialDate : todayKey();
  const [supervisorId, setSupervisorId] = useState(isSupervisor ? viewer.id : '');
  const [modality, setModality] = useState<SupervisionModality>('INDIVIDUAL');
  const [superviseeIds, setSuperviseeIds] = useState<string[]>(initialSuperviseeId ? [initialSuperviseeId] : []);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(startDay);
  const [time, setTime] = useState('10:00');
  const [timeZone, setTimeZone] = useState(browserTimeZone());
  const [duration, setDuration] = useState('60');
  const [channel, setChannel] = useState<SupervisionChannel>('IN_PERSON');
  const [place, setPlace] = useState('');
  const [recurrence, setRecurrence] = useState<RecurrenceDraft>(() => defaultRecurrence(startDay));
  const [submitted, setSubmitted] = useState(false);
  const [warnings, setWarnings] = useState<string[] | null>(null);

  const supervisees: Person[] = useMemo(() => {
    if (admin && supervisorId !== viewer.id) {
      return (supervisors.data?.find((s) => s.id === supervisorId)?.supervisees ?? []).filter((p) => p.active);
    }
    return (own.data?.me.supervisees ?? []).filter((p) => p.active);
  }, [admin, supervisorId, viewer.id, supervisors.data, own.data]);

  const multi = MULTI.includes(modality);
  const minutes = Number(duration);
  const errors: Partial<Record<Field, string>> = {};
  if (!supervisorId) errors.supervisor = 'Choose whose session this is.';
  if (superviseeIds.length === 0) errors.supervisees = multi ? 'Choose at least one supervisee.' : 'Choose a supervisee.';
  if (!isDateKey(date)) errors.date = 'Choose a date.';
  if (!/^\d{2}:\d{2}$/.test(time)) errors.time = 'Choose a time.';
  if (!isValidTimeZone(timeZone)) errors.timeZone = 'Choose a time zone.';
  if (!Number.isInteger(minutes) || minutes < 15 || minutes > 480) errors.duration = 'Between 15 and 480 minutes.';
  const recurrenceOk = Object.keys(recurrenceProblems(recurrence, date)).length === 0;
  const shown = submitted ? errors : {};

  // The weekly day and monthly date follow the first session until the person chooses others.
  const [daysChosen, setDaysChosen] = useState({ weekdays: false, monthDay: false });
  const changeDate = (next: string) => {
    if (isDateKey(next)) {
      setRecurrence({
        ...recurrence,
        weekdays: daysChosen.weekdays ? recurrence.weekdays : [weekdayOf(next)],
        monthDay: daysChosen.monthDay ? recurrence.monthDay : Number(next.slice(8)),
      });
    }
    setDate(next);
  };
  const changeRecurrence = (next: RecurrenceDraft) => {
    setDaysChosen({
      weekdays: daysChosen.weekdays || next.weekdays.join() !== recurrence.weekdays.join(),
      monthDay: daysChosen.monthDay || next.monthDay !== recurrence.monthDay,
    });
    setRecurrence(next);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (Object.keys(errors).length > 0 || !recurrenceOk) return;
    schedule.mutate(
      {
        supervisorId,
        superviseeIds,
        modality,
        channel,
        title: title.trim(),
        startsAt: `${date}T${time}`,
        timeZone,
        durationMinutes: minutes,
        location: channel === 'IN_PERSON' ? place.trim() : '',
        link: channel === 'IN_PERSON' ? '' : place.trim(),
        recurrence: recurrenceToRRule(recurrence, timeZone),
      },
      {
        onSuccess: (result) => {
          if (result.warnings.length) setWarnings(result.warnings);
          else {
            toast.show(recurrence.kind === 'NONE' ? 'Session scheduled.' : 'Series scheduled.');
            onClose();
          }
        },
      },
    );
  };

  if (warnings) {
    return (
      <Dialog open onClose={onClose} title="Scheduled" size="md">
        <Alert tone="warning" title="It is in the calendar. Worth knowing:" live="status">
          <ul className="sv-warnings">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Alert>
        <div className="form-actions">
          <Button variant="primary" onClick={onClose} data-autofocus>
            Done
          </Button>
        </div>
      </Dialog>
    );
  }

  const superviseeOptions = supervisees.map((p) => ({ value: p.id, label: p.name }));
  return (
    <Dialog
      open
      onClose={onClose}
      dismissible={!schedule.isPending}
      size="lg"
      title="Schedule supervision"
      description="A one-off session or a series. Everyone in it sees it in Tandem and in their calendar feed."
    >
      <form className="stack schedule-form" onSubmit={submit} noValidate aria-label="Schedule supervision">
        {admin ? (
          <Select
            label="Supervisor"
            value={supervisorId}
            emptyOption="Choose a supervisor"
            options={(supervisors.data ?? []).map((s) => ({ value: s.id, label: s.id === viewer.id ? `${s.name} (you)` : s.name }))}
            onChange={(e) => {
              setSupervisorId(e.target.value);
              setSuperviseeIds([]);
            }}
            error={shown.supervisor}
          />
        ) : null}
        <div className="sv-form-row">
          <Select
            label="Kind of session"
            value={modality}
            options={MODALITIES.map((m) => ({ value: m, label: MODALITY_LABELS[m] }))}
            onChange={(e) => {
              const next = e.target.value as SupervisionModality;
              setModality(next);
              if (!MULTI.includes(next)) setSuperviseeIds((ids) => ids.slice(0, 1));
            }}
          />
          <TextField label="Title" maxLength={TEXT_LIMITS.sessionTitle} optional value={title} onChange={(e) => setTitle(e.target.value)} placeholder="e.g. Weekly supervision" />
        </div>
        {multi ? (
          <CheckboxGroup
            legend="Supervisees"
            options={superviseeOptions}
            value={superviseeIds}
            onChange={setSuperviseeIds}
            error={shown.supervisees}
            description={superviseeOptions.length === 0 ? 'No current supervisees to choose from.' : 'Everyone chosen meets together in one session.'}
            inline
          />
        ) : (
          <Select
            label="Supervisee"
            value={superviseeIds[0] ?? ''}
            emptyOption={superviseeOptions.length ? 'Choose a supervisee' : 'No current supervisees'}
            options={superviseeOptions}
            onChange={(e) => setSuperviseeIds(e.target.value ? [e.target.value] : [])}
            error={shown.supervisees}
          />
        )}
        {multi ? <TeamPicker people={supervisees} selected={superviseeIds} onPick={setSuperviseeIds} /> : (
          <p className="muted small">To meet several supervisees or a whole team together, choose Group as the kind of session.</p>
        )}
        <div className="sv-form-row">
          <TextField label="Date" type="date" value={date} onChange={(e) => changeDate(e.target.value)} error={shown.date} required />
          <TextField label="Start time" type="time" value={time} onChange={(e) => setTime(e.target.value)} error={shown.time} required />
          <TextField label="Length (minutes)" type="number" inputMode="numeric" min={15} max={480} step={5} value={duration} onChange={(e) => setDuration(e.target.value)} error={shown.duration} />
        </div>
        <TimeZoneField value={timeZone} onChange={setTimeZone} />
        <PastStartWarning date={date} time={time} timeZone={timeZone} />
        <div className="sv-form-row">
          <Select
            label="How you meet"
            value={channel}
            options={CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))}
            onChange={(e) => setChannel(e.target.value as SupervisionChannel)}
          />
          <TextField
            label={channel === 'IN_PERSON' ? 'Location' : channel === 'VIDEO' ? 'Video link' : 'Phone number or link'}
            maxLength={channel === 'IN_PERSON' ? TEXT_LIMITS.location : TEXT_LIMITS.link}
            optional
            value={place}
            onChange={(e) => setPlace(e.target.value)}
            type={channel === 'VIDEO' ? 'url' : 'text'}
          />
        </div>
        <RecurrenceBuilder value={recurrence} onChange={changeRecurrence} startDate={date} showProblems={submitted} />
        {schedule.error ? (
          <Alert tone="danger" title="Nothing was scheduled">
            {errorMessage(schedule.error)}
          </Alert>
        ) : null}
        <div className="form-actions">
          <Button type="submit" variant="primary" loading={schedule.isPending}>
            Schedule
          </Button>
          <Button onClick={onClose} disabled={schedule.isPending}>
            Cancel
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
