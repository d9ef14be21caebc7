import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button, ButtonLink } from '../../components/ui/button';
import { Checkbox } from '../../components/ui/checkbox-group';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Select } from '../../components/ui/select';
import { Spinner } from '../../components/ui/spinner';
import { hasRole, useViewer } from '../auth/use-auth';
import { CalendarFeedPanel } from './calendar-feed-panel';
import { MonthView, WeekView } from './calendar-views';
import { OCCURRENCE_STATUS } from './labels';
import { OccurrenceDialog } from './occurrence-dialog';
import { ScheduleDialog } from './schedule-dialog';
import {
  addDays, addMonths, formatMonthYear, formatWeekRange, isDateKey, localMidnightIso, monthGridDays, todayKey, weekDays,
} from './time';
import { SupervisionTodoCard } from './todo-card';
import { useOccurrences, useSupervisionPeople, useSupervisors, type Occurrence } from './use-supervision';
import './supervision.css';

type View = 'week' | 'month';

/** The supervision calendar: week and month views, filters, scheduling and each session's actions. */
export function SupervisionPage() {
  const viewer = useViewer();
  const admin = hasRole(viewer, 'ADMIN');
  const supervisor = hasRole(viewer, 'SUPERVISOR');
  const staff = hasRole(viewer, 'STAFF');
  const canSchedule = admin || supervisor;
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'month' ? 'month' : 'week';
  const date = isDateKey(params.get('date')) ? params.get('date')! : todayKey();
  const superviseeId = params.get('supervisee') ?? '';
  const supervisorParam = params.get('supervisor') ?? '';
  // A supervisor sees the sessions they lead unless they ask for everything they may see (their supervisees' other sessions).
  const onlyMine = supervisor && !admin && !staff ? params.get('all') !== '1' : false;

  const own = useSupervisionPeople(supervisor);
  const supervisors = useSupervisors(admin);
  const [open, setOpen] = useState<Occurrence | null>(null);
  const [scheduling, setScheduling] = useState(false);

  const days = view === 'week' ? weekDays(date) : monthGridDays(date);
  const filter = {
    from: localMidnightIso(days[0]!),
    to: localMidnightIso(addDays(days[days.length - 1]!, 1)),
    ...(superviseeId ? { superviseeId } : {}),
    ...(onlyMine ? { supervisorId: viewer.id } : supervisorParam ? { supervisorId: supervisorParam } : {}),
  };
  const occurrences = useOccurrences(filter);

  const update = (patch: Record<string, string | null>, replace = true) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace });
  };
  const setDate = (d: string) => update({ date: d === todayKey() ? null : d });
  const step = (dir: 1 | -1) => setDate(view === 'week' ? addDays(date, 7 * dir) : addMonths(date, dir));

  const superviseeOptions = admin
    ? [...new Map((supervisors.data ?? []).flatMap((s) => s.supervisees).map((p) => [p.id, p])).values()].sort((a, b) => a.name.localeCompare(b.name))
    : own.data?.me.supervisees ?? [];
  // Keep an open occurrence in step with refetched data (after an action elsewhere on the page).
  const current = open ? (occurrences.data?.find((o) => o.id === open.id) ?? open) : null;

  return (
    <>
      <PageHeader
        title="Supervision"
        description={
          canSchedule
            ? 'Your supervision sessions. Choose a session to open its note, move or cancel it, or record how it went.'
            : 'Your supervision sessions. Open one to read the note, add your reflection and sign.'
        }
        actions={
          <>
            {supervisor || admin || hasRole(viewer, 'PROGRAM_MANAGER') ? <ButtonLink to="/supervision/compliance">Compliance</ButtonLink> : null}
            {canSchedule ? (
              <Button variant="primary" onClick={() => setScheduling(true)}>
                Schedule
              </Button>
            ) : null}
          </>
        }
      />
      <div className="sv-layout">
        <div className="sv-layout__main">
          <div className="cal-toolbar">
            <div className="cal-toolbar__nav">
              <div className="segmented" role="group" aria-label="Calendar view">
                {(['week', 'month'] as View[]).map((v) => (
                  <button key={v} type="button" className="segmented__option" aria-pressed={view === v} onClick={() => update({ view: v === 'week' ? null : v })}>
                    {v === 'week' ? 'Week' : 'Month'}
                  </button>
                ))}
              </div>
              <div className="row cal-toolbar__steps">
                <Button size="sm" onClick={() => step(-1)} aria-label={view === 'week' ? 'Previous week' : 'Previous month'}>
                  <span aria-hidden="true">‹</span>
                </Button>
                <Button size="sm" onClick={() => setDate(todayKey())}>
                  Today
                </Button>
                <Button size="sm" onClick={() => step(1)} aria-label={view === 'week' ? 'Next week' : 'Next month'}>
                  <span aria-hidden="true">›</span>
                </Button>
              </div>
              <h2 className="cal-toolbar__title" aria-live="polite">
                {view === 'week' ? formatWeekRange(date) : formatMonthYear(date)}
                {occurrences.isFetching ? <Spinner size="sm" label="Loading sessions" /> : null}
              </h2>
            </div>
            <div className="cal-toolbar__filters">
              {superviseeOptions.length ? (
                <Select
                  label="Supervisee"
                  value={superviseeId}
                  emptyOption="Everyone"
                  options={superviseeOptions.map((p) => ({ value: p.id, label: p.name }))}
                  onChange={(e) => update({ supervisee: e.target.value })}
                />
              ) : null}
              {admin ? (
                <Select
                  label="Supervisor"
                  value={supervisorParam}
                  emptyOption="All supervisors"
                  options={(supervisors.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
                  onChange={(e) => update({ supervisor: e.target.value })}
                />
              ) : null}
              {supervisor && !admin && !staff ? (
                <Checkbox label="Only sessions I lead" checked={onlyMine} onChange={(e) => update({ all: e.target.checked ? null : '1' })} />
              ) : null}
            </div>
          </div>
          <ul className="cal-legend" aria-label="Status key">
            {Object.entries(OCCURRENCE_STATUS).map(([k, s]) => (
              <li key={k} className={`cal-legend__item occ-chip--${k.toLowerCase()}`}>
                <span aria-hidden="true">{s.icon}</span> {s.label}
              </li>
            ))}
          </ul>
          {occurrences.isError ? (
            <ErrorState error={occurrences.error} onRetry={() => void occurrences.refetch()} />
          ) : view === 'week' ? (
            <WeekView date={date} occurrences={occurrences.data ?? []} onDateChange={setDate} onOpen={setOpen} showSupervisor={admin && !supervisorParam} viewerId={viewer.id} />
          ) : (
            <MonthView date={date} occurrences={occurrences.data ?? []} onDateChange={setDate} onOpen={setOpen} showSupervisor={admin && !supervisorParam} viewerId={viewer.id} />
          )}
          <p className="muted small cal-hint hide-sm">
            Times are shown in your time zone. In the calendar, arrow keys move between days, Page Up and Page Down change the {view}, and Enter
            moves to the day’s sessions.
          </p>
        </div>
        <aside className="sv-layout__side" aria-label="Supervision to do and calendar feed">
          {supervisor ? <SupervisionTodoCard viewerId={viewer.id} as="SUPERVISOR" /> : null}
          {staff ? <SupervisionTodoCard viewerId={viewer.id} as="SUPERVISEE" /> : null}
          <CalendarFeedPanel />
        </aside>
      </div>
      <OccurrenceDialog occurrence={current} onClose={() => setOpen(null)} />
      <ScheduleDialog open={scheduling} onClose={() => setScheduling(false)} initialDate={date} initialSuperviseeId={superviseeId || undefined} />
    </>
  );
}
