import { WEEKDAY_CODES, type WeekdayCode } from '@tandem/shared';
import { useId } from 'react';
import { FieldError } from '../../components/ui/field';
import { Select } from '../../components/ui/select';
import { TextField } from '../../components/ui/text-field';
import {
  describeDraft, MONTH_DAY_OPTIONS, recurrenceProblems, WEEKDAY_LABELS, type RecurrenceDraft, type RepeatEnd, type RepeatKind,
} from './recurrence-model';

export interface RecurrenceBuilderProps {
  value: RecurrenceDraft;
  onChange: (next: RecurrenceDraft) => void;
  /** The first session's day (YYYY-MM-DD), to check "until". */
  startDate: string;
  /** Show problems (after a first submit). */
  showProblems: boolean;
}

const KIND_OPTIONS = [
  { value: 'NONE', label: 'Does not repeat' },
  { value: 'WEEKLY', label: 'Weekly' },
  { value: 'MONTHLY', label: 'Monthly' },
];

/**
 * "Every [n] [weeks|months] on [Tue …] / on day [31] of the month — until [date] | for [n] times", with the pattern
 * read back in plain words as it changes.
 */
export function RecurrenceBuilder({ value, onChange, startDate, showProblems }: RecurrenceBuilderProps) {
  const id = useId();
  const set = (patch: Partial<RecurrenceDraft>) => onChange({ ...value, ...patch });
  const problems = showProblems ? recurrenceProblems(value, startDate) : {};
  const unit = value.kind === 'MONTHLY' ? (value.interval === 1 ? 'month' : 'months') : value.interval === 1 ? 'week' : 'weeks';
  const toggleDay = (day: WeekdayCode, on: boolean) =>
    set({ weekdays: WEEKDAY_CODES.filter((d) => (d === day ? on : value.weekdays.includes(d))) });

  return (
    <fieldset className="fieldset recurrence">
      <legend className="field__label">Repeats</legend>
      <Select label="Pattern" className="recurrence__kind" options={KIND_OPTIONS} value={value.kind} onChange={(e) => set({ kind: e.target.value as RepeatKind })} />
      {value.kind !== 'NONE' ? (
        <>
          <div className="recurrence__every">
            <TextField
              label={
                <>
                  Every<span className="visually-hidden"> (number of {unit})</span>
                </>
              }
              type="number"
              inputMode="numeric"
              min={1}
              max={52}
              value={Number.isNaN(value.interval) ? '' : String(value.interval)}
              onChange={(e) => set({ interval: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
              error={problems.interval}
            />
            <span className="recurrence__unit" aria-hidden="true">
              {unit}
            </span>
          </div>
          {value.kind === 'WEEKLY' ? (
            <fieldset className="fieldset" aria-describedby={problems.weekdays ? `${id}-days-error` : undefined}>
              <legend className="field__label">On</legend>
              <div className="weekday-picker">
                {WEEKDAY_CODES.map((d) => (
                  <label key={d} className="weekday-picker__day">
                    <input type="checkbox" checked={value.weekdays.includes(d)} onChange={(e) => toggleDay(d, e.target.checked)} aria-label={WEEKDAY_LABELS[d].long} />
                    <span aria-hidden="true">{WEEKDAY_LABELS[d].short}</span>
                  </label>
                ))}
              </div>
              {problems.weekdays ? <FieldError id={`${id}-days-error`}>{problems.weekdays}</FieldError> : null}
            </fieldset>
          ) : (
            <Select
              label="On day of the month"
              options={MONTH_DAY_OPTIONS}
              value={String(value.monthDay)}
              onChange={(e) => set({ monthDay: Number(e.target.value) })}
              description={value.monthDay > 28 ? `Months without a day ${value.monthDay} have no session; “last day” always has one.` : undefined}
            />
          )}
          <fieldset className="fieldset">
            <legend className="field__label">Ends</legend>
            <div className="recurrence__ends">
              {(['NEVER', 'UNTIL', 'COUNT'] as RepeatEnd[]).map((end) => (
                <div key={end} className="recurrence__end">
                  <label className="radio">
                    <input type="radio" name={`${id}-end`} value={end} checked={value.end === end} onChange={() => set({ end })} />
                    <span>{end === 'NEVER' ? 'Never' : end === 'UNTIL' ? 'Until a date' : 'After a number of sessions'}</span>
                  </label>
                  {end === 'UNTIL' && value.end === 'UNTIL' ? (
                    <TextField label="Last date" type="date" value={value.until} min={startDate || undefined} onChange={(e) => set({ until: e.target.value })} error={problems.until} />
                  ) : null}
                  {end === 'COUNT' && value.end === 'COUNT' ? (
                    <TextField
                      label="Number of sessions"
                      type="number"
                      inputMode="numeric"
                      min={1}
                      max={500}
                      value={Number.isNaN(value.count) ? '' : String(value.count)}
                      onChange={(e) => set({ count: e.target.value === '' ? Number.NaN : Number(e.target.value) })}
                      error={problems.count}
                    />
                  ) : null}
                </div>
              ))}
            </div>
          </fieldset>
        </>
      ) : null}
      <p className="recurrence__sentence" aria-live="polite">
        <span className="visually-hidden">Pattern: </span>
        {describeDraft(value)}
      </p>
    </fieldset>
  );
}
