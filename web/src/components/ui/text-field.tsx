import type { ComponentPropsWithRef, ReactNode } from 'react';
import { FieldShell, useFieldIds } from './field';

export interface TextFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'children'> {
  label: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  optional?: boolean;
}

/** A labelled text input with optional description and error (announced through aria-describedby). */
export function TextField({ label, description, error, optional, id, required, className, ...rest }: TextFieldProps) {
  const ids = useFieldIds(id, description, error);
  return (
    <FieldShell ids={ids} label={label} description={description} error={error} optional={optional} className={className}>
      <input
        id={ids.inputId}
        className="input"
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        required={required}
        {...rest}
      />
    </FieldShell>
  );
}

export interface TextAreaFieldProps extends Omit<ComponentPropsWithRef<'textarea'>, 'children'> {
  label: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  optional?: boolean;
}

export function TextAreaField({ label, description, error, optional, id, required, className, ...rest }: TextAreaFieldProps) {
  const ids = useFieldIds(id, description, error);
  return (
    <FieldShell ids={ids} label={label} description={description} error={error} optional={optional} className={className}>
      <textarea
        id={ids.inputId}
        className="input input--textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        required={required}
        {...rest}
      />
    </FieldShell>
  );
}
