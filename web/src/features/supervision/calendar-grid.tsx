import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { addDays, addMonths, formatFullDay, formatWeekdayLong, formatWeekdayShort, weekdayIndex } from './time';

export interface CalendarGridProps {
  /** 7 days (week) or 42 (month), Monday first. */
  days: string[];
  /** The day that holds focus (roving tabindex); also the URL's date. */
  focusedDay: string;
  onFocusDay: (day: string) => void;
  today: string;
  label: string;
  variant: 'week' | 'month';
  /** Month view: days outside this month are dimmed. */
  month?: string;
  /** Words read with each day ("2 sessions"). */
  describeDay: (day: string) => string;
  renderDay: (day: string, focused: boolean) => ReactNode;
}

/**
 * A keyboard-navigable calendar grid (ARIA grid pattern): one Tab stop on the focused day; arrow keys move a day or a
 * week, Home/End go to the start or end of the week, Page Up/Down go back or forward a month (a week in the week view),
 * Enter moves into the day's sessions. Moving past the edge changes the week or month shown.
 */
export function CalendarGrid({ days, focusedDay, onFocusDay, today, label, variant, month, describeDay, renderDay }: CalendarGridProps) {
  const gridRef = useRef<HTMLDivElement>(null);
  const moveFocus = useRef(false);

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    gridRef.current?.querySelector<HTMLElement>(`[data-day="${focusedDay}"]`)?.focus();
  }, [focusedDay, days]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[role="gridcell"]');
    if (!cell || event.target !== cell) return;
    const day = cell.dataset.day!;
    let next: string | null = null;
    switch (event.key) {
      case 'ArrowLeft': next = addDays(day, -1); break;
      case 'ArrowRight': next = addDays(day, 1); break;
      case 'ArrowUp': next = addDays(day, -7); break;
      case 'ArrowDown': next = addDays(day, 7); break;
      case 'Home': next = addDays(day, -weekdayIndex(day)); break;
      case 'End': next = addDays(day, 6 - weekdayIndex(day)); break;
      case 'PageUp': next = variant === 'month' ? addMonths(day, -1) : addDays(day, -7); break;
      case 'PageDown': next = variant === 'month' ? addMonths(day, 1) : addDays(day, 7); break;
      case 'Enter':
      case ' ': {
        event.preventDefault();
        cell.querySelector<HTMLElement>('button, a')?.focus();
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    moveFocus.current = true;
    if (next === focusedDay) gridRef.current?.querySelector<HTMLElement>(`[data-day="${next}"]`)?.focus();
    onFocusDay(next);
  };

  const rows: string[][] = [];
  for (let i = 0; i < days.length; i += 7) rows.push(days.slice(i, i + 7));

  return (
    <div ref={gridRef} role="grid" aria-label={label} aria-readonly="true" className={`cal cal--${variant}`} onKeyDown={onKeyDown}>
      <div role="row" className="cal__row cal__row--head">
        {rows[0]!.map((d) => (
          <div role="columnheader" key={d} className="cal__colhead" aria-label={formatWeekdayLong(d)}>
            <span aria-hidden="true">{formatWeekdayShort(d)}</span>
          </div>
        ))}
      </div>
      {rows.map((row) => (
        <div role="row" className="cal__row" key={row[0]}>
          {row.map((d) => {
            const focused = d === focusedDay;
            const isToday = d === today;
            const outside = month !== undefined && d.slice(0, 7) !== month.slice(0, 7);
            const classes = ['cal__cell', focused ? 'cal__cell--focused' : '', isToday ? 'cal__cell--today' : '', outside ? 'cal__cell--outside' : ''];
            const described = describeDay(d);
            return (
              <div
                key={d}
                role="gridcell"
                data-day={d}
                tabIndex={focused ? 0 : -1}
                aria-selected={focused}
                aria-current={isToday ? 'date' : undefined}
                className={classes.filter(Boolean).join(' ')}
                onClick={(e) => {
                  if ((e.target as HTMLElement).closest('button, a')) return;
                  onFocusDay(d);
                }}
              >
                {/* Named by its content: the full date (read first), then the sessions. */}
                <span className="visually-hidden">{`${formatFullDay(d)}${isToday ? ', today' : ''}${described ? `, ${described}` : ''}. `}</span>
                {renderDay(d, focused)}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
