import { useId, type ChangeEvent, type InputHTMLAttributes, type ReactNode } from 'react';
import { FieldError } from './field';

export interface CheckboxOption<T extends string> {
  value: T;
  label: string;
  description?: string;
}

export interface CheckboxGroupProps<T extends string> {
  legend: ReactNode;
  options: CheckboxOption<T>[];
  value: T[];
  onChange: (value: T[]) => void;
  description?: ReactNode;
  error?: ReactNode;
  disabled?: boolean;
  /** Lay options out in a row when they are short. */
  inline?: boolean;
}

/** A fieldset of checkboxes holding a list of selected values (keeps the options' order). */
export function CheckboxGroup<T extends string>({
  legend, options, value, onChange, description, error, disabled, inline,
}: CheckboxGroupProps<T>) {
  const id = useId();
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const toggle = (option: T, checked: boolean) => {
    const next = new Set(value);
    if (checked) next.add(option);
    else next.delete(option);
    onChange(options.map((o) => o.value).filter((v) => next.has(v)));
  };
  return (
    <fieldset
      className={['fieldset', error ? 'field--invalid' : ''].filter(Boolean).join(' ')}
      aria-describedby={[errorId, descriptionId].filter(Boolean).join(' ') || undefined}
      disabled={disabled}
    >
      <legend className="field__label">{legend}</legend>
      {description ? (
        <p className="field__description" id={descriptionId}>
          {description}
        </p>
      ) : null}
      <div className={inline ? 'checkbox-list checkbox-list--inline' : 'checkbox-list'}>
        {options.map((o) => (
          <Checkbox
            key={o.value}
            label={o.label}
            description={o.description}
            checked={value.includes(o.value)}
            onChange={(e: ChangeEvent<HTMLInputElement>) => toggle(o.value, e.target.checked)}
          />
        ))}
      </div>
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
    </fieldset>
  );
}

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> {
  label: ReactNode;
  description?: ReactNode;
}

/** One labelled checkbox with an optional hint below the label. */
export function Checkbox({ label, description, id, ...rest }: CheckboxProps) {
  const generated = useId();
  const inputId = id ?? `checkbox-${generated}`;
  const descriptionId = description ? `${inputId}-description` : undefined;
  return (
    <div className="checkbox">
      <input id={inputId} type="checkbox" className="checkbox__input" aria-describedby={descriptionId} {...rest} />
      <div>
        <label htmlFor={inputId} className="checkbox__label">
          {label}
        </label>
        {description ? (
          <p id={descriptionId} className="field__description checkbox__description">
            {description}
          </p>
        ) : null}
      </div>
    </div>
  );
}
