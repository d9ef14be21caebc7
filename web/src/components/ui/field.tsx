import { useId, type ReactNode } from 'react';
import './field.css';

export interface FieldIds {
  inputId: string;
  descriptionId: string | undefined;
  errorId: string | undefined;
  describedBy: string | undefined;
}

/** Ids that tie a control to its label, description and error message. */
export function useFieldIds(id: string | undefined, description: ReactNode, error: ReactNode): FieldIds {
  const generated = useId();
  const inputId = id ?? `field-${generated}`;
  const descriptionId = description ? `${inputId}-description` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  const describedBy = [errorId, descriptionId].filter(Boolean).join(' ') || undefined;
  return { inputId, descriptionId, errorId, describedBy };
}

export interface FieldShellProps {
  ids: FieldIds;
  label: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  /** Marks the label "(optional)". */
  optional?: boolean;
  children: ReactNode;
  className?: string;
}

/** Label, description, control and error, in reading order. */
export function FieldShell({ ids, label, description, error, optional, children, className }: FieldShellProps) {
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={ids.inputId}>
        {label}
        {optional ? <span className="field__optional"> (optional)</span> : null}
      </label>
      {description ? (
        <p className="field__description" id={ids.descriptionId}>
          {description}
        </p>
      ) : null}
      {children}
      {error ? <FieldError id={ids.errorId}>{error}</FieldError> : null}
    </div>
  );
}

export function FieldError({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p className="field__error" id={id}>
      <span aria-hidden="true">⚠ </span>
      {children}
    </p>
  );
}
