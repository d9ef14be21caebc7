import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { TextField } from '../../components/ui/text-field';
import { isApiError } from '../../lib/graphql-client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { isEmail } from '../../lib/validation';
import { AuthLayout } from './auth-layout';
import { useRequestPasswordReset } from './use-auth';
import { TEXT_LIMITS } from '@tandem/shared';

/** "Forgot password?": asks for a reset link. The answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  useDocumentTitle('Forgot your password?');
  const requestReset = useRequestPasswordReset();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = !email.trim() ? 'Enter your e-mail address' : !isEmail(email) ? 'Enter an e-mail address like name@example.org' : undefined;
    setError(problem);
    if (problem) return document.getElementById('forgot-email')?.focus();
    requestReset.mutate({ email: email.trim() });
  };

  if (requestReset.isSuccess) {
    return (
      <AuthLayout>
        <h1>Check your e-mail</h1>
        <div className="auth__done">
          <Alert tone="success" live="status">
            If <strong>{email.trim()}</strong> has a Tandem account, a link to choose a new password is on its way. It works once and
            expires in 60 minutes.
          </Alert>
          <p className="muted small">
            Nothing arrived? Your organisation may not send e-mail yet: ask an administrator to look in Tandem’s Outbox for your
            message.
          </p>
          <p className="auth__switch">
            <Link to="/sign-in">Back to sign in</Link>
          </p>
        </div>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout>
      <h1>Forgot your password?</h1>
      <p className="auth__intro">Enter the e-mail address you sign in with and we’ll send you a link to choose a new password.</p>
      <form className="auth__form" onSubmit={handleSubmit} noValidate aria-label="Ask for a password reset link">
        {requestReset.error ? (
          <Alert tone="danger" title={isApiError(requestReset.error, 'TOO_MANY_REQUESTS') ? 'Please wait a little' : 'We couldn’t send the link'}>
            {requestReset.error.message}
          </Alert>
        ) : null}
        <TextField
          id="forgot-email"
          label="E-mail"
          maxLength={TEXT_LIMITS.email}
          type="email"
          autoComplete="username"
          inputMode="email"
          required
          value={email}
          onChange={(e) => {
            setEmail(e.target.value);
            if (error) setError(undefined);
          }}
          error={error}
        />
        <Button type="submit" variant="primary" className="auth__submit" loading={requestReset.isPending}>
          Send me a link
        </Button>
      </form>
      <p className="auth__switch">
        Remembered it? <Link to="/sign-in">Sign in</Link>
      </p>
    </AuthLayout>
  );
}
