import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
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
import { useAcceptInvitation, useInvitation } from './use-auth';
import { TEXT_LIMITS } from '@tandem/shared';

type Field = 'password' | 'confirm';

/**
 * The one-time link from an invitation: welcome the person, let them choose a password, sign them in. A self-serve
 * founder already chose theirs at sign-up: for them the link only confirms the address and opens the organisation.
 */
export function AcceptInvitationPage() {
  const { token = '' } = useParams();
  const invitation = useInvitation(token);
  useDocumentTitle(invitation.data?.invitation.passwordChosen ? 'Confirm your e-mail' : 'Set your password');

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
  const preview = invitation.data.invitation;
  return preview.passwordChosen ? <ConfirmFounder token={token} {...preview} /> : <ChoosePassword token={token} {...preview} />;
}

interface PreviewProps {
  token: string;
  personName: string;
  email: string;
  organizationName: string;
}

function ConfirmFounder({ token, personName, email, organizationName }: PreviewProps) {
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  return (
    <AuthLayout>
      <h1>Welcome, {personName} — open {organizationName}</h1>
      <p className="auth__intro">
        Your e-mail address <strong>{email}</strong> is confirmed by this link. You’ll sign in with it and the password you chose.
      </p>
      {accept.error ? (
        <Alert tone="danger" title="We couldn’t open your organisation">
          {isApiError(accept.error, 'NOT_FOUND') ? 'This link has already been used or has expired. Sign in, or sign up again.' : accept.error.message}
        </Alert>
      ) : null}
      <Button
        variant="primary"
        className="auth__submit"
        loading={accept.isPending}
        onClick={() => accept.mutate({ token }, { onSuccess: () => navigate('/', { replace: true }) })}
      >
        Confirm and open {organizationName}
      </Button>
    </AuthLayout>
  );
}

function ChoosePassword({ token, personName, email, organizationName }: PreviewProps) {
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const check = usePasswordCheck(password, [personName, email, organizationName]);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors<Field> = {
      password: check.problem ?? (password ? undefined : 'Choose a password'),
      confirm: !password || check.problem ? undefined : confirm !== password ? 'The two passwords don’t match' : undefined,
    };
    setErrors(found);
    if (found.password) return document.getElementById('invite-password')?.focus();
    if (found.confirm) return document.getElementById('invite-confirm')?.focus();
    accept.mutate({ token, password }, { onSuccess: () => navigate('/', { replace: true }) });
  };

  const passwordRefused = isApiError(accept.error, 'BAD_USER_INPUT');
  return (
    <AuthLayout>
      <h1>
        Welcome, {personName} — set a password for {organizationName}
      </h1>
      <p className="auth__intro">
        You’ll sign in to Tandem with <strong>{email}</strong> and this password.
      </p>
      <form className="auth__form" onSubmit={handleSubmit} noValidate aria-label="Set your password">
        {accept.error && !passwordRefused ? (
          <Alert tone="danger" title="We couldn’t set your password">
            {isApiError(accept.error, 'NOT_FOUND')
              ? 'This invitation link has already been used or has expired. Ask your administrator for a new one.'
              : accept.error.message}
          </Alert>
        ) : null}
        <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
        <NewPasswordField
          id="invite-password"
          value={password}
          onChange={(v) => {
            setPassword(v);
            if (errors.password) setErrors((e) => ({ ...e, password: undefined }));
          }}
          check={check}
          error={errors.password ?? (passwordRefused ? accept.error?.message : undefined)}
        />
        <TextField
          id="invite-confirm"
          label="Confirm password"
          maxLength={TEXT_LIMITS.password}
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
