import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { TextField } from '../../components/ui/text-field';
import { isApiError } from '../../lib/graphql-client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { apiFieldErrors, type FieldErrors, hasErrors, isEmail } from '../../lib/validation';
import { AuthLayout } from './auth-layout';
import { NewPasswordField } from './new-password-field';
import { usePasswordCheck } from './password-strength';
import { useCreateOrganization } from './use-auth';
import { TEXT_LIMITS } from '@tandem/shared';

type Field = 'organizationName' | 'adminName' | 'email' | 'password';

/** Self-serve sign-up: a new organisation with you as its first administrator, opened from a link sent to you. */
export function CreateOrganizationPage() {
  useDocumentTitle('Create an organisation');
  const create = useCreateOrganization();
  const [values, setValues] = useState<Record<Field, string>>({ organizationName: '', adminName: '', email: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const check = usePasswordCheck(values.password, [values.adminName, values.email, values.organizationName]);
  const set = (field: Field) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    if (errors[field]) setErrors((prev) => ({ ...prev, [field]: undefined }));
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors<Field> = {
      organizationName: values.organizationName.trim().length < 2 ? 'Enter your organisation’s name (at least 2 characters)' : undefined,
      adminName: !values.adminName.trim() ? 'Enter your name' : undefined,
      email: !isEmail(values.email) ? 'Enter an e-mail address like name@example.org' : undefined,
      password: check.problem ?? (values.password ? undefined : 'Choose a password'),
    };
    setErrors(found);
    if (hasErrors(found)) {
      const first = (Object.keys(found) as Field[]).find((k) => found[k]);
      if (first) document.getElementById(`org-${first}`)?.focus();
      return;
    }
    create.mutate({
      organizationName: values.organizationName.trim(), adminName: values.adminName.trim(), email: values.email.trim(), password: values.password,
    });
  };

  if (create.isSuccess) {
    return (
      <AuthLayout>
        <h1>Check your e-mail</h1>
        <div className="auth__done">
          <Alert tone="success" live="status">
            We’ve sent a message to <strong>{values.email.trim()}</strong>. Open the link in it to confirm your address and finish
            setting up {values.organizationName.trim()}.
          </Alert>
          <p className="muted small">
            The link works once and expires in 14 days. If this address already has a Tandem account, the message tells you how to
            sign in instead.
          </p>
          <p className="auth__switch">
            <Link to="/sign-in">Go to sign in</Link>
          </p>
        </div>
      </AuthLayout>
    );
  }

  const error = create.error;
  const serverPasswordError = isApiError(error, 'BAD_USER_INPUT') && (error.details.fields as string[] | undefined)?.includes('password');
  const fromApi = apiFieldErrors(error, ['organizationName', 'adminName', 'email'] as const);
  return (
    <AuthLayout>
      <h1>Create an organisation</h1>
      <p className="auth__intro">Set up Tandem for your peer-support programme. You’ll be its first administrator and can invite your team next.</p>
      <form className="auth__form" onSubmit={handleSubmit} noValidate aria-label="Create an organisation">
        {error && !serverPasswordError ? (
          <Alert
            tone="danger"
            title={
              isApiError(error, 'FORBIDDEN') ? 'Sign-up is not available here'
                : isApiError(error, 'TOO_MANY_REQUESTS') ? 'Sign-up is paused for a while' : 'We couldn’t create the organisation'
            }
          >
            {error.message}
          </Alert>
        ) : null}
        <TextField id="org-organizationName" label="Organisation name" maxLength={TEXT_LIMITS.organizationName} required autoComplete="organization" value={values.organizationName} onChange={(e) => set('organizationName')(e.target.value)} error={errors.organizationName ?? fromApi.organizationName} />
        <TextField id="org-adminName" label="Your name" maxLength={TEXT_LIMITS.personName} required autoComplete="name" value={values.adminName} onChange={(e) => set('adminName')(e.target.value)} error={errors.adminName ?? fromApi.adminName} />
        <TextField id="org-email" label="Your e-mail" maxLength={TEXT_LIMITS.email} type="email" required autoComplete="email" value={values.email} onChange={(e) => set('email')(e.target.value)} error={errors.email ?? fromApi.email} />
        <NewPasswordField
          id="org-password"
          label="Password"
          value={values.password}
          onChange={set('password')}
          check={check}
          error={errors.password ?? (serverPasswordError ? error.message : undefined)}
        />
        <Button type="submit" variant="primary" className="auth__submit" loading={create.isPending}>
          Create organisation
        </Button>
      </form>
      <p className="auth__switch">
        Already using Tandem? <Link to="/sign-in">Sign in</Link>
      </p>
    </AuthLayout>
  );
}
