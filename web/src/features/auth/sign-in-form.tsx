import { useRef, useState, type FormEvent } from 'react';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { TextField } from '../../components/ui/text-field';
import { isApiError } from '../../lib/graphql-client';
import { isEmail, type FieldErrors } from '../../lib/validation';
import { useLogin } from './use-auth';
import { TEXT_LIMITS } from '@tandem/shared';

type Field = 'email' | 'password';

export interface SignInFormProps {
  onSignedIn: () => void;
  /** Lets the demo panel fill the form. */
  email?: string;
  password?: string;
  onEmailChange?: (email: string) => void;
  onPasswordChange?: (password: string) => void;
}

function validate(email: string, password: string): FieldErrors<Field> {
  return {
    email: !email.trim() ? 'Enter your e-mail address' : !isEmail(email) ? 'Enter an e-mail address like name@example.org' : undefined,
    password: !password ? 'Enter your password' : undefined,
  };
}

/** E-mail and password; checks the fields first, then shows the server's answer (wrong password, too many attempts). */
export function SignInForm({ onSignedIn, email = '', password = '', onEmailChange, onPasswordChange }: SignInFormProps) {
  const login = useLogin();
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate(email, password);
    setErrors(found);
    if (found.email) return emailRef.current?.focus();
    if (found.password) return passwordRef.current?.focus();
    login.mutate({ email: email.trim(), password }, { onSuccess: onSignedIn });
  };

  const apiError = login.error;
  return (
    <form className="auth__form" onSubmit={handleSubmit} noValidate aria-label="Sign in">
      {apiError ? (
        <Alert tone="danger" title={isApiError(apiError, 'TOO_MANY_REQUESTS') ? 'Signing in is paused for a moment' : 'We couldn’t sign you in'}>
          {apiError.message}
        </Alert>
      ) : null}
      <TextField
        ref={emailRef}
        label="E-mail"
        maxLength={TEXT_LIMITS.email}
        type="email"
        name="email"
        autoComplete="username"
        inputMode="email"
        required
        value={email}
        onChange={(e) => {
          onEmailChange?.(e.target.value);
          if (errors.email) setErrors((prev) => ({ ...prev, email: undefined }));
        }}
        error={errors.email}
      />
      <TextField
        ref={passwordRef}
        label="Password"
        maxLength={TEXT_LIMITS.password}
        type="password"
        name="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => {
          onPasswordChange?.(e.target.value);
          if (errors.password) setErrors((prev) => ({ ...prev, password: undefined }));
        }}
        error={errors.password}
      />
      <Button type="submit" variant="primary" className="auth__submit" loading={login.isPending}>
        Sign in
      </Button>
    </form>
  );
}
