import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Checkbox } from '../../components/ui/checkbox-group';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/spinner';
import { TextField } from '../../components/ui/text-field';
import { useToast } from '../../components/ui/toast';
import type { NoteSigningOrder, OrganizationQuery } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { useOrganization, useUpdateOrganization } from './use-organization';
import { TEXT_LIMITS } from '@tandem/shared';
import { apiFieldErrors, tooLong } from '../../lib/validation';

type Organization = OrganizationQuery['organization'];

function SettingsForm({ organization }: { organization: Organization }) {
  const [name, setName] = useState(organization.name);
  const [managersReadNotes, setManagersReadNotes] = useState(organization.managersReadNotes);
  const [signingOrder, setSigningOrder] = useState<NoteSigningOrder>(organization.noteSigningOrder);
  const [error, setError] = useState<string>();
  const update = useUpdateOrganization();
  const fromApi = apiFieldErrors(update.error, ['name'] as const);
  const toast = useToast();
  const changed =
    name.trim() !== organization.name || managersReadNotes !== organization.managersReadNotes || signingOrder !== organization.noteSigningOrder;

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (name.trim().length < 2) return setError('Enter a name of at least 2 characters');
    const long = tooLong(name.trim(), TEXT_LIMITS.organizationName);
    if (long) return setError(long);
    setError(undefined);
    update.mutate({ name: name.trim(), managersReadNotes, noteSigningOrder: signingOrder }, { onSuccess: () => toast.show('Organisation settings saved') });
  };

  return (
    <form className="stack" onSubmit={handleSubmit} noValidate aria-label="Organisation settings">
      {update.error ? (
        <Alert tone="danger" title="Settings weren’t saved">
          {update.error.message}
        </Alert>
      ) : null}
      <section className="card stack" aria-labelledby="org-name-title">
        <h2 id="org-name-title" className="card-title">
          Organisation
        </h2>
        <TextField label="Organisation name" maxLength={TEXT_LIMITS.organizationName} required value={name} onChange={(e) => setName(e.target.value)} error={error ?? fromApi.name} />
        <p className="muted small">Using Tandem since {formatDate(organization.createdAt)}.</p>
      </section>
      <section className="card stack" aria-labelledby="privacy-title">
        <h2 id="privacy-title" className="card-title">
          Supervision notes
        </h2>
        <Checkbox
          label="Program managers may read supervision note text"
          checked={managersReadNotes}
          onChange={(e) => setManagersReadNotes(e.target.checked)}
          description="Supervision works best when it feels safe. With this off, program managers see whether supervision is happening (sessions, dates and compliance) but not what was written; supervisors and supervisees always see their own notes. Turn it on only if your policy and your staff expect managers to read notes."
        />
        <fieldset className="fieldset">
          <legend className="field__label">Who signs a note first</legend>
          <label className="radio-row">
            <input
              type="radio"
              name="signing-order"
              value="SUPERVISEES_FIRST"
              checked={signingOrder === 'SUPERVISEES_FIRST'}
              onChange={() => setSigningOrder('SUPERVISEES_FIRST')}
            />
            The supervisor finalises the note, the supervisee signs, then the supervisor counter-signs (recommended)
          </label>
          <label className="radio-row">
            <input
              type="radio"
              name="signing-order"
              value="EITHER"
              checked={signingOrder === 'EITHER'}
              onChange={() => setSigningOrder('EITHER')}
            />
            The supervisor may sign as soon as the note is finalised, before or after the supervisee
          </label>
          <p className="muted small">
            Signing after the note is finalised means nobody signs text that is still changing. If a finalised note is reopened, signatures are
            withdrawn and both people are told.
          </p>
        </fieldset>
      </section>
      <div className="form-actions">
        <Button type="submit" variant="primary" loading={update.isPending} disabled={!changed}>
          Save settings
        </Button>
      </div>
    </form>
  );
}

export function OrganizationSettingsPage() {
  const org = useOrganization();
  return (
    <>
      <PageHeader title="Organisation settings" description="Your organisation’s name and policies." />
      {org.isPending ? (
        <div className="card">
          <Skeleton lines={4} label="Loading settings" />
        </div>
      ) : org.isError ? (
        <ErrorState error={org.error} onRetry={() => void org.refetch()} />
      ) : (
        <div style={{ maxWidth: '44rem' }}>
          <SettingsForm key={org.data.organization.id} organization={org.data.organization} />
        </div>
      )}
    </>
  );
}
