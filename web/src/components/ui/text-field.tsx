import { useState, type ChangeEvent, type ComponentPropsWithRef, type ReactNode } from 'react';
import { formatLongDate } from '../../lib/format';
import { FieldShell, useFieldIds } from './field';
import { limitState } from './text-limit';

interface CommonProps {
  label: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  optional?: boolean;
}

export type TextFieldProps = Omit<ComponentPropsWithRef<'input'>, 'children'> & CommonProps;
export type TextAreaFieldProps = Omit<ComponentPropsWithRef<'textarea'>, 'children'> & CommonProps;

/** Tracks the length of a controlled or uncontrolled field, so the counter follows what is typed. */
function useLength(value: unknown, defaultValue: unknown): [number, (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => void] {
  const [typed, setTyped] = useState(() => (typeof defaultValue === 'string' ? defaultValue.length : 0));
  const length = typeof value === 'string' ? value.length : typed;
  return [length, (e) => setTyped(e.target.value.length)];
}

function Extras({ id, counter, near, date }: { id: string; counter: string | null; near: boolean; date: string }) {
  if (!counter && !date) return null;
  return (
    <p className="field__extras" id={id}>
      {date ? <span className="field__date">{date}</span> : null}
      {counter ? <span className={near ? 'field__counter field__counter--near' : 'field__counter'}>{counter}</span> : null}
    </p>
  );
}

/**
 * A labelled text input with optional description and error (announced through aria-describedby). With `maxLength`
 * it shows a counter near the limit and the API's own sentence when a text is too long; a date input also says the
 * date it holds in the person's own format ("Tuesday, 1 December 2026"), as every other date on screen is written.
 */
export function TextField({ label, description, error, optional, id, required, className, maxLength, onChange, ...rest }: TextFieldProps) {
  const [length, track] = useLength(rest.value, rest.defaultValue);
  const limit = limitState(length, rest.type === 'date' || rest.type === 'number' ? undefined : maxLength, false);
  const date = rest.type === 'date' && typeof rest.value === 'string' ? formatLongDate(rest.value) : '';
  const shownError = error ?? limit.error;
  const ids = useFieldIds(id, description, shownError);
  const extrasId = `${ids.inputId}-extras`;
  const hasExtras = Boolean(limit.counter || date);
  return (
    <FieldShell ids={ids} label={label} description={description} error={shownError} optional={optional} className={className}>
      <input
        id={ids.inputId}
        className="input"
        aria-invalid={shownError ? true : undefined}
        aria-describedby={[ids.describedBy, hasExtras ? extrasId : ''].filter(Boolean).join(' ') || undefined}
        required={required}
        maxLength={maxLength}
        onChange={(e) => {
          track(e);
          onChange?.(e);
        }}
        {...rest}
      />
      <Extras id={extrasId} counter={limit.counter} near={limit.near} date={date} />
    </FieldShell>
  );
}

/** A labelled text area; with `maxLength` its counter is always shown ("240 of 2,000 characters"). */
export function TextAreaField({ label, description, error, optional, id, required, className, maxLength, onChange, ...rest }: TextAreaFieldProps) {
  const [length, track] = useLength(rest.value, rest.defaultValue);
  const limit = limitState(length, maxLength, true);
  const shownError = error ?? limit.error;
  const ids = useFieldIds(id, description, shownError);
  const extrasId = `${ids.inputId}-extras`;
  return (
    <FieldShell ids={ids} label={label} description={description} error={shownError} optional={optional} className={className}>
      <textarea
        id={ids.inputId}
        className="input input--textarea"
        aria-invalid={shownError ? true : undefined}
        aria-describedby={[ids.describedBy, limit.counter ? extrasId : ''].filter(Boolean).join(' ') || undefined}
        required={required}
        maxLength={maxLength}
        onChange={(e) => {
          track(e);
          onChange?.(e);
        }}
        {...rest}
      />
      <Extras id={extrasId} counter={limit.counter} near={limit.near} date="" />
    </FieldShell>
  );
}
