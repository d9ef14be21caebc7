import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/spinner';
import { TextField } from '../../components/ui/text-field';
import { useToast } from '../../components/ui/toast';
import { formatDate } from '../../lib/format';
import { apiFieldErrors, hasErrors, tooLong, type FieldErrors } from '../../lib/validation';
import { NewPasswordField } from '../auth/new-password-field';
import { usePasswordCheck } from '../auth/password-strength';
import { useViewer } from '../auth/use-auth';
import '../auth/auth.css';
import { RoleBadges } from '../people/role-display';
import { usePerson } from '../people/use-people';
import { useChangePassword, useUpdateMyProfile } from './use-profile';
import '../people/people.css';
import { TEXT_LIMITS } from '@tandem/shared';

function ProfileForm({ name: initialName, jobTitle: initialJobTitle }: { name: string; jobTitle: string }) {
  const [name, setName] = useState(initialName);
  const [jobTitle, setJobTitle] = useState(initialJobTitle);
  const [error, setError] = useState<string>();
  const update = useUpdateMyProfile();
  const fromApi = apiFieldErrors(update.error, ['name', 'jobTitle'] as const);
  const toast = useToast();
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!name.trim()) return setError('Enter your name');
    const long = tooLong(name.trim(), TEXT_LIMITS.personName);
    if (long) return setError(long);
    setError(undefined);
    update.mutate({ name: name.trim(), jobTitle: jobTitle.trim() }, { onSuccess: () => toast.show('Your profile is saved') });
  };
  return (
    <form className="section-form" onSubmit={handleSubmit} noValidate aria-label="Your name and job title">
      {update.error ? (
        <Alert tone="danger" title="Your profile wasn’t saved">
          {update.error.message}
        </Alert>
      ) : null}
      <TextField label="Name" maxLength={TEXT_LIMITS.personName} required autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} error={error ?? fromApi.name} />
      <TextField label="Job title" maxLength={TEXT_LIMITS.jobTitle} optional autoComplete="organization-title" value={jobTitle} onChange={(e) => setJobTitle(e.target.value)} error={fromApi.jobTitle} />
      <div className="form-actions">
        <Button type="submit" variant="primary" loading={update.isPending} disabled={name.trim() === initialName && jobTitle.trim() === initialJobTitle}>
          Save profile
        </Button>
      </div>
    </form>
  );
}

type PasswordField = 'currentPassword' | 'newPassword' | 'confirm';

function PasswordForm({ email, name }: { email: string; name: string }) {
  const [values, setValues] = useState<Record<PasswordField, string>>({ currentPassword: '', newPassword: '', confirm: '' });
  const [errors, setErrors] = useState<FieldErrors<PasswordField>>({});
  const change = useChangePassword();
  const toast = useToast();
  const set = (field: PasswordField) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));
  const check = usePasswordCheck(values.newPassword, [name, email]);
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors<PasswordField> = {
      currentPassword: !values.currentPassword ? 'Enter your current password' : undefined,
      newPassword: check.problem ?? (values.newPassword ? undefined : 'Choose a new password'),
      confirm: values.confirm !== values.newPassword ? 'The new passwords don’t match' : undefined,
    };
    setErrors(found);
    if (hasErrors(found)) return;
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          setValues({ currentPassword: '', newPassword: '', confirm: '' });
          toast.show('Password changed. Other devices have been signed out.');
        },
      },
    );
  };
  return (
    <form className="section-form" onSubmit={handleSubmit} noValidate aria-label="Change password">
      {change.error ? (
        <Alert tone="danger" title="Your password wasn’t changed">
          {change.error.message}
        </Alert>
      ) : null}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField label="Current password" maxLength={TEXT_LIMITS.password} type="password" required autoComplete="current-password" value={values.currentPassword} onChange={set('currentPassword')} error={errors.currentPassword} />
      <NewPasswordField
        id="profile-new-password"
        value={values.newPassword}
        onChange={(value) => setValues((v) => ({ ...v, newPassword: value }))}
        check={check}
        error={errors.newPassword}
      />
      <p className="muted small">Changing your password signs you out on your other devices.</p>
      <TextField label="Confirm new password" maxLength={TEXT_LIMITS.password} type="password" required autoComplete="new-password" value={values.confirm} onChange={set('confirm')} error={errors.confirm} />
      <div className="form-actions">
        <Button type="submit" loading={change.isPending}>
          Change password
        </Button>
      </div>
    </form>
  );
}

/** Your own details, the parts you can change yourself, and your password. */
export function ProfilePage() {
  const viewer = useViewer();
  const me = usePerson(viewer.id);
  return (
    <>
      <PageHeader title="Your profile" description="How you appear to colleagues in Tandem." />
      {me.isPending ? (
        <div className="card">
          <Skeleton lines={5} label="Loading your profile" />
        </div>
      ) : me.isError ? (
        <ErrorState error={me.error} onRetry={() => void me.refetch()} />
      ) : (
        <div className="person-sections">
          <section className="card" aria-labelledby="profile-details">
            <h2 id="profile-details" className="card-title">
              Your details
            </h2>
            <dl className="details-list">
              <dt>E-mail</dt>
              <dd>{me.data.person.email}</dd>
              <dt>Roles</dt>
              <dd>
                <RoleBadges roles={me.data.person.roles} />
              </dd>
              <dt>Team</dt>
              <dd>
                {me.data.person.team ? (
                  <Link to={`/teams/${me.data.person.team.id}`}>{me.data.person.team.name}</Link>
                ) : (
                  <span className="muted">Not in a team</span>
                )}
              </dd>
              <dt>Supervisor</dt>
              <dd>{me.data.person.supervisor?.name ?? <span className="muted">None assigned</span>}</dd>
              <dt>Started</dt>
              <dd>{formatDate(me.data.person.startedOn)}</dd>
            </dl>
            <p className="muted small" style={{ marginTop: 'var(--space-4)' }}>
              Your e-mail, roles, team and supervisor are managed by an administrator.
            </p>
          </section>
          <section className="card" aria-labelledby="profile-edit">
            <h2 id="profile-edit" className="card-title">
              Name and job title
            </h2>
            <ProfileForm key={me.data.person.id} name={me.data.person.name} jobTitle={me.data.person.jobTitle} />
          </section>
          <section className="card" aria-labelledby="profile-password">
            <h2 id="profile-password" className="card-title">
              Password
            </h2>
            <PasswordForm email={me.data.person.email} name={me.data.person.name} />
          </section>
        </div>
      )}
    </>
  );
}
