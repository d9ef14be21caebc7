import { plural } from '../../lib/format';
import { CalendarGrid } from './calendar-grid';
import { OccurrenceChip } from './occurrence-chip';
import {
  formatDayMonth, formatFullDay, formatMonthYear, formatWeekdayShort, formatWeekRange, localDateKey, monthGridDays, todayKey, weekDays,
} from './time';
import type { Occurrence } from './use-supervision';

export interface CalendarViewProps {
  date: string;
  occurrences: Occurrence[];
  onDateChange: (day: string) => void;
  onOpen: (occurrence: Occurrence) => void;
  showSupervisor?: boolean;
  viewerId?: string;
}

/** Occurrences by the viewer's local day, in time order. */
export function groupByDay(occurrences: Occurrence[]): Map<string, Occurrence[]> {
  const byDay = new Map<string, Occurrence[]>();
  for (const o of [...occurrences].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const key = localDateKey(o.startsAt);
    byDay.set(key, [...(byDay.get(key) ?? []), o]);
  }
  return byDay;
}

function describeCount(list: Occurrence[] | undefined): string {
  return list?.length ? plural(list.length, 'session', 'sessions') : 'no sessions';
}

/** Seven days side by side (stacked on a phone), each listing its sessions. */
export function WeekView({ date, occurrences, onDateChange, onOpen, showSupervisor, viewerId }: CalendarViewProps) {
  const byDay = groupByDay(occurrences);
  const today = todayKey();
  return (
    <CalendarGrid
      variant="week"
      days={weekDays(date)}
      focusedDay={date}
      onFocusDay={onDateChange}
      today={today}
      label={`Week of ${formatWeekRange(date)}`}
      describeDay={(d) => describeCount(byDay.get(d))}
      renderDay={(d, focused) => {
        const list = byDay.get(d) ?? [];
        return (
          <>
            <div className="cal__daylabel" aria-hidden="true">
              <span className="cal__weekday">{formatWeekdayShort(d)}</span> <span className="cal__daynum">{formatDayMonth(d)}</span>
              {d === today ? <span className="cal__today">Today</span> : null}
            </div>
            {list.length ? (
              <ul className="cal__list">
                {list.map((o) => (
                  <li key={o.id}>
                    <OccurrenceChip occurrence={o} onOpen={onOpen} tabbable={focused} showSupervisor={showSupervisor} viewerId={viewerId} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="cal__empty" aria-hidden="true">
                No sessions
              </p>
            )}
          </>
        );
      }}
    />
  );
}

const MONTH_CELL_MAX = 3;

/** A six-week month grid; the chosen day's sessions are listed under it (on a phone the cells show counts only). */
export function MonthView({ date, occurrences, onDateChange, onOpen, showSupervisor, viewerId }: CalendarViewProps) {
  const byDay = groupByDay(occurrences);
  const today = todayKey();
  const selected = byDay.get(date) ?? [];
  return (
    <div className="cal-month">
      <CalendarGrid
        variant="month"
        days={monthGridDays(date)}
        month={date}
        focusedDay={date}
        onFocusDay={onDateChange}
        today={today}
        label={formatMonthYear(date)}
        describeDay={(d) => describeCount(byDay.get(d))}
        renderDay={(d) => {
          const list = byDay.get(d) ?? [];
          return (
            <>
              <div className="cal__daylabel" aria-hidden="true">
                <span className="cal__daynum">{Number(d.slice(8))}</span>
                {d === today ? <span className="cal__today">Today</span> : null}
                {list.length ? <span className="cal__count">{list.length}</span> : null}
              </div>
              {list.length ? (
                <ul className="cal__list">
                  {list.slice(0, MONTH_CELL_MAX).map((o) => (
                    <li key={o.id}>
                      <OccurrenceChip occurrence={o} onOpen={onOpen} tabbable={false} showSupervisor={showSupervisor} viewerId={viewerId} />
                    </li>
                  ))}
                  {list.length > MONTH_CELL_MAX ? <li className="cal__more">+{list.length - MONTH_CELL_MAX} more</li> : null}
                </ul>
              ) : null}
            </>
          );
        }}
      />
      <section className="cal-day-list" aria-labelledby="cal-day-list-title">
        <h2 id="cal-day-list-title" className="card-title">
          {formatFullDay(date)}
          {date === today ? ' (today)' : ''}
        </h2>
        {selected.length ? (
          <ul className="cal__list">
            {selected.map((o) => (
              <li key={o.id}>
                <OccurrenceChip occurrence={o} onOpen={onOpen} tabbable showSupervisor={showSupervisor} viewerId={viewerId} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No sessions on this day.</p>
        )}
      </section>
    </div>
  );
}
