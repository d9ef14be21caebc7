import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { TextField } from '../../components/ui/text-field';
import { isApiError } from '../../lib/graphql-client';
import { useDocumentTitle } from '../../lib/use-document-title';
import { hasErrors, isEmail, MIN_PASSWORD_LENGTH, type FieldErrors } from '../../lib/validation';
import { AuthLayout } from './auth-layout';
import { useCreateOrganization } from './use-auth';

type Field = 'organizationName' | 'adminName' | 'email' | 'password';

function validate(v: Record<Field, string>): FieldErrors<Field> {
  return {
    organizationName: v.organizationName.trim().length < 2 ? 'Enter your organisation’s name (at least 2 characters)' : undefined,
    adminName: !v.adminName.trim() ? 'Enter your name' : undefined,
    email: !isEmail(v.email) ? 'Enter an e-mail address like name@example.org' : undefined,
    password: v.password.length < MIN_PASSWORD_LENGTH ? `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters` : undefined,
  };
}

/** Self-serve sign-up: a new organisation with you as its first administrator. */
export function CreateOrganizationPage() {
  useDocumentTitle('Create an organisation');
  const navigate = useNavigate();
  const create = useCreateOrganization();
  const [values, setValues] = useState<Record<Field, string>>({ organizationName: '', adminName: '', email: '', password: '' });
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const set = (field: Field) => (e: { target: { value: string } }) => {
    setValues((v) => ({ ...v, [field]: e.target.value }));
    if (errors[field]) setErrors((prev) => ({ ...prev, [field]: undefined }));
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate(values);
    setErrors(found);
    if (hasErrors(found)) {
      const first = (Object.keys(found) as Field[]).find((k) => found[k]);
      if (first) document.getElementById(`org-${first}`)?.focus();
      return;
    }
    create.mutate(
      { organizationName: values.organizationName.trim(), adminName: values.adminName.trim(), email: values.email.trim(), password: values.password },
      { onSuccess: () => navigate('/', { replace: true }) },
    );
  };

  const error = create.error;
  return (
    <AuthLayout>
      <h1>Create an organisation</h1>
      <p className="auth__intro">Set up Tandem for your peer-support programme. You’ll be its first administrator and can invite your team next.</p>
      <form className="auth__form" onSubmit={handleSubmit} noValidate aria-label="Create an organisation">
        {error ? (
          <Alert tone="danger" title={isApiError(error, 'FORBIDDEN') ? 'Sign-up is not available here' : 'We couldn’t create the organisation'}>
            {error.message}
            {isApiError(error, 'CONFLICT') ? (
              <>
                {' '}
                <Link to="/sign-in">Go to sign in</Link>
              </>
            ) : null}
          </Alert>
        ) : null}
        <TextField id="org-organizationName" label="Organisation name" required autoComplete="organization" value={values.organizationName} onChange={set('organizationName')} error={errors.organizationName} />
        <TextField id="org-adminName" label="Your name" required autoComplete="name" value={values.adminName} onChange={set('adminName')} error={errors.adminName} />
        <TextField id="org-email" label="Your e-mail" type="email" required autoComplete="email" value={values.email} onChange={set('email')} error={errors.email} />
        <TextField
          id="org-password"
          label="Password"
          type="password"
          required
          autoComplete="new-password"
          description={`At least ${MIN_PASSWORD_LENGTH} characters. A short sentence is easy to remember.`}
          value={values.password}
          onChange={set('password')}
          error={errors.password}
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
