import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { LoadingState } from '../../components/ui/spinner';
import { TextField } from '../../components/ui/text-field';
import { isApiError } from '../../lib/graphql-client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { MIN_PASSWORD_LENGTH, type FieldErrors } from '../../lib/validation';
import { AuthLayout } from './auth-layout';
import { useAcceptInvitation, useInvitation } from './use-auth';

type Field = 'password' | 'confirm';

/** The one-time link from an invitation: welcome the person, let them choose a password, sign them in. */
export function AcceptInvitationPage() {
  useDocumentTitle('Set your password');
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const invitation = useInvitation(token);
  const accept = useAcceptInvitation();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});

  if (invitation.isPending) {
    return (
      <AuthLayout>
        <LoadingState label="Checking your invitation" />
      </AuthLayout>
    );
  }
  if (invitation.isError) {
    const gone = isApiError(invitation.error, 'NOT_FOUND');
    return (
      <AuthLayout>
        <h1>{gone ? 'This link can’t be used any more' : 'We couldn’t open your invitation'}</h1>
        <Alert tone={gone ? 'warning' : 'danger'} live="alert">
          {gone
            ? 'Invitation links work once and expire after 14 days. This one has already been used or has expired. Ask your administrator to send you a new link — or, if you have already set your password, sign in.'
            : invitation.error.message}
        </Alert>
        <p className="auth__switch">
          <Link to="/sign-in">Go to sign in</Link>
        </p>
      </AuthLayout>
    );
  }

  const { personName, organizationName, email } = invitation.data.invitation;
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors<Field> = {
      password: password.length < MIN_PASSWORD_LENGTH ? `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters` : undefined,
      confirm: !password || password.length < MIN_PASSWORD_LENGTH ? undefined : confirm !== password ? 'The two passwords don’t match' : undefined,
    };
    setErrors(found);
    if (found.password) return document.getElementById('invite-password')?.focus();
    if (found.confirm) return document.getElementById('invite-confirm')?.focus();
    accept.mutate({ token, password }, { onSuccess: () => navigate('/', { replace: true }) });
  };

  return (
    <AuthLayout>
      <h1>
        Welcome, {personName} — set a password for {organizationName}
      </h1>
      <p className="auth__intro">
        You’ll sign in to Tandem with <strong>{email}</strong> and this password.
      </p>
      <form className="auth__form" onSubmit={handleSubmit} noValidate aria-label="Set your password">
        {accept.error ? (
          <Alert tone="danger" title="We couldn’t set your password">
            {isApiError(accept.error, 'NOT_FOUND')
              ? 'This invitation link has already been used or has expired. Ask your administrator for a new one.'
              : accept.error.message}
          </Alert>
        ) : null}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <TextField
          id="invite-password"
          label="New password"
          type="password"
          autoComplete="new-password"
          required
          description={`At least ${MIN_PASSWORD_LENGTH} characters. A short sentence is easy to remember.`}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.password}
        />
        <TextField
          id="invite-confirm"
          label="Confirm password"
          type="password"
          autoComplete="new-password"
          required
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          error={errors.confirm}
        />
        <Button type="submit" variant="primary" className="auth__submit" loading={accept.isPending}>
          Set password and sign in
        </Button>
      </form>
    </AuthLayout>
  );
}
