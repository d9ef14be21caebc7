import type { ComponentPropsWithRef, ReactNode } from 'react';
import { FieldShell, useFieldIds } from './field';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface SelectProps extends Omit<ComponentPropsWithRef<'select'>, 'children'> {
  label: ReactNode;
  options: SelectOption[];
  /** First option with an empty value ("All teams", "No supervisor"). */
  emptyOption?: string;
  description?: ReactNode;
  error?: ReactNode;
  optional?: boolean;
}

/** A labelled native select: keyboard and screen-reader behaviour come from the platform. */
export function Select({ label, options, emptyOption, description, error, optional, id, required, className, ...rest }: SelectProps) {
  const ids = useFieldIds(id, description, error);
  return (
    <FieldShell ids={ids} label={label} description={description} error={error} optional={optional} className={className}>
      <select
        id={ids.inputId}
        className="input input--select"
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        required={required}
        {...rest}
      >
        {emptyOption !== undefined ? <option value="">{emptyOption}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
