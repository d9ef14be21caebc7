import { PASSWORD_HINT, TEXT_LIMITS } from '@tandem/shared';
import type { Ref } from 'react';
import { TextField } from '../../components/ui/text-field';
import type { PasswordCheck } from './password-strength';

export interface NewPasswordFieldProps {
  id: string;
  label?: string;
  value: string;
  onChange: (value: string) => void;
  /** The error to show after a submit (the shared rule's message, or the server's). */
  error?: string;
  /** The live check of `value` (from `usePasswordCheck`). */
  check: PasswordCheck;
  ref?: Ref<HTMLInputElement>;
}

const TONE = ['danger', 'danger', 'warning', 'success', 'success'] as const;

/**
 * A new-password input with the rule in plain words and a strength meter (zxcvbn score, in words and in four bars, so
 * colour is never the only cue). While the person types, the rule's message shows quietly under the meter; the
 * field's error shows after they try to submit.
 */
export function NewPasswordField({ id, label = 'New password', value, onChange, error, check, ref }: NewPasswordFieldProps) {
  const lit = check.score === null ? 0 : Math.max(1, check.score);
  const tone = check.score === null ? 'none' : TONE[check.score];
  return (
    <div className="new-password">
      <TextField
        ref={ref}
        id={id}
        label={label}
        maxLength={TEXT_LIMITS.password}
        type="password"
        autoComplete="new-password"
        required
        description={PASSWORD_HINT}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        error={error}
        // TextField's own error + description, then the meter (these ids follow TextField's scheme).
        aria-describedby={[error ? `${id}-error` : null, `${id}-description`, `${id}-strength`].filter(Boolean).join(' ')}
      />
      <div className="password-meter" id={`${id}-strength`}>
        <div
          className={`password-meter__bars password-meter__bars--${tone}`}
          role="meter"
          aria-label="Password strength"
          aria-valuemin={0}
          aria-valuemax={4}
          aria-valuenow={check.score ?? 0}
          aria-valuetext={check.label ?? 'Not rated yet'}
        >
          {[1, 2, 3, 4].map((n) => (
            <span key={n} className={n <= lit ? 'password-meter__bar password-meter__bar--on' : 'password-meter__bar'} />
          ))}
        </div>
        <p className="password-meter__text" aria-live="polite">
          {value ? (check.label ? `Strength: ${check.label}` : 'Checking…') : 'Strength: not rated yet'}
          {value && check.problem && !error ? <span className="password-meter__problem"> — {check.problem}</span> : null}
        </p>
      </div>
    </div>
  );
}
