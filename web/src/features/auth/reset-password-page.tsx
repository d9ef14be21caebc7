import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { LoadingState } from '../../components/ui/spinner';
import { TextField } from '../../components/ui/text-field';
import { isApiError } from '../../lib/graphql-client';
import { useDocumentTitle } from '../../lib/use-document-title';
import type { FieldErrors } from '../../lib/validation';
import { AuthLayout } from './auth-layout';
import { NewPasswordField } from './new-password-field';
import { usePasswordCheck } from './password-strength';
import { usePasswordReset, useResetPassword } from './use-auth';
import { TEXT_LIMITS } from '@tandem/shared';

type Field = 'password' | 'confirm';

const GONE = 'Reset links work once and expire after 60 minutes. This one has already been used or has expired. Ask for a new one.';

/** The single-use link from a password reset message: choose a new password; every session of the account ends. */
export function ResetPasswordPage() {
  useDocumentTitle('Choose a new password');
  const { token = '' } = useParams();
  const preview = usePasswordReset(token);
  const reset = useResetPassword();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const who = preview.data?.passwordReset;
  const check = usePasswordCheck(password, who ? [who.personName, who.email, who.organizationName] : []);

  if (preview.isPending) {
    return (
      <AuthLayout>
        <LoadingState label="Checking your link" />
      </AuthLayout>
    );
  }
  if (preview.isError || reset.isSuccess) {
    const done = reset.isSuccess;
    return (
      <AuthLayout>
        <h1>{done ? 'Your password has been changed' : 'This link can’t be used any more'}</h1>
        <Alert tone={done ? 'success' : 'warning'} live={done ? 'status' : 'alert'}>
          {done
            ? 'You have been signed out everywhere. Sign in with your new password.'
            : isApiError(preview.error, 'NOT_FOUND') ? GONE : preview.error?.message}
        </Alert>
        <p className="auth__links">
          <Link to="/sign-in">Go to sign in</Link>
          {done ? null : <Link to="/forgot-password">Ask for a new link</Link>}
        </p>
      </AuthLayout>
    );
  }

  const { personName, email, organizationName } = preview.data.passwordReset;
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors<Field> = {
      password: check.problem ?? (password ? undefined : 'Choose a password'),
      confirm: !password || check.problem ? undefined : confirm !== password ? 'The two passwords don’t match' : undefined,
    };
    setErrors(found);
    if (found.password) return document.getElementById('reset-password')?.focus();
    if (found.confirm) return document.getElementById('reset-confirm')?.focus();
    reset.mutate({ token, password });
  };

  const refused = isApiError(reset.error, 'BAD_USER_INPUT');
  return (
    <AuthLayout>
      <h1>Choose a new password, {personName}</h1>
      <p className="auth__intro">
        For <strong>{email}</strong> at {organizationName}. Choosing a new password signs you out on every device.
      </p>
      <form className="auth__form" onSubmit={handleSubmit} noValidate aria-label="Choose a new password">
        {reset.error && !refused ? (
          <Alert tone="danger" title="We couldn’t change your password">
            {isApiError(reset.error, 'NOT_FOUND') ? GONE : reset.error.message}
          </Alert>
        ) : null}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <NewPasswordField
          id="reset-password"
          value={password}
          onChange={(v) => {
            setPassword(v);
            if (errors.password) setErrors((e) => ({ ...e, password: undefined }));
          }}
          check={check}
          error={errors.password ?? (refused ? reset.error?.message : undefined)}
        />
        <TextField
          id="reset-confirm"
          label="Confirm password"
          maxLength={TEXT_LIMITS.password}
          type="password"
          autoComplete="new-password"
          required
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          error={errors.confirm}
        />
        <Button type="submit" variant="primary" className="auth__submit" loading={reset.isPending}>
          Save new password
        </Button>
      </form>
    </AuthLayout>
  );
}
