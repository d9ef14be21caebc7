import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { Select } from '../../components/ui/select';
import { TextField } from '../../components/ui/text-field';
import { isApiError } from '../../lib/graphql-client';
import { apiFieldErrors, hasErrors, isEmail, tooLong, type FieldErrors } from '../../lib/validation';
import { useTeamOptions } from '../teams/use-teams';
import { RolePicker, type RolePickerValue } from './role-picker';
import { useInvitePerson, useSupervisorOptions } from './use-people';
import './people.css';
import { TEXT_LIMITS } from '@tandem/shared';

type Field = 'name' | 'email' | 'roles' | 'jobTitle';
const FIELDS: readonly Field[] = ['name', 'email', 'roles', 'jobTitle'];

interface Draft {
  name: string;
  email: string;
  jobTitle: string;
  access: RolePickerValue;
  teamId: string;
  supervisorId: string;
}

const EMPTY: Draft = { name: '', email: '', jobTitle: '', access: { roles: ['STAFF'], managedProgramIds: [] }, teamId: '', supervisorId: '' };

function validate(d: Draft): FieldErrors<Field> {
  return {
    name: !d.name.trim() ? 'Enter the person’s name' : tooLong(d.name.trim(), TEXT_LIMITS.personName),
    email: !d.email.trim() ? 'Enter their e-mail address' : !isEmail(d.email) ? 'Enter an e-mail address like name@example.org' : tooLong(d.email.trim(), TEXT_LIMITS.email),
    jobTitle: tooLong(d.jobTitle.trim(), TEXT_LIMITS.jobTitle),
    roles: d.access.roles.length === 0 ? 'Choose at least one role' : undefined,
  };
}

/**
 * Where a link for a person went: their message in the Outbox (Tandem does not send e-mail yet). The link itself is
 * never shown here — it belongs to the person it is addressed to.
 */
export function InOutboxNote({ name, personId, what }: { name: string; personId: string; what: string }) {
  return (
    <p className="muted small">
      {what} is in the <Link to={`/outbox?recipient=${personId}`}>Outbox</Link>, addressed to {name}. Until Tandem sends e-mail,
      pass it on to {name} — and only to them.
    </p>
  );
}

export interface InvitePersonDialogProps {
  open: boolean;
  onClose: () => void;
}

/** Adds a person with their roles, team and supervisor; their one-time invitation goes to their message in the Outbox. */
export function InvitePersonDialog({ open, onClose }: InvitePersonDialogProps) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const invite = useInvitePerson();
  const teamOptions = useTeamOptions();
  const supervisors = useSupervisorOptions(open);

  const close = () => {
    setDraft(EMPTY);
    setErrors({});
    invite.reset();
    onClose();
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate(draft);
    setErrors(found);
    if (hasErrors(found)) {
      const first = (['name', 'email'] as const).find((k) => found[k]);
      if (first) document.getElementById(`invite-${first}`)?.focus();
      return;
    }
    invite.mutate({
      name: draft.name.trim(),
      email: draft.email.trim(),
      jobTitle: draft.jobTitle.trim() || undefined,
      roles: draft.access.roles,
      managedProgramIds: draft.access.roles.includes('PROGRAM_MANAGER') ? draft.access.managedProgramIds : undefined,
      teamId: draft.teamId || undefined,
      supervisorId: draft.supervisorId || undefined,
    });
  };

  if (invite.data) {
    const { person } = invite.data.invitePerson;
    return (
      <Dialog open={open} onClose={close} title={`${person.name} has been added`} size="md">
        <Alert tone="success" live="status">
          An invitation to set a password and sign in has been written to {person.name}. It works once and expires in 14 days.
        </Alert>
        <InOutboxNote name={person.name} personId={person.id} what="Their invitation" />
        <div className="dialog__footer">
          <Link to={`/people/${person.id}`} onClick={close}>
            View {person.name}
          </Link>
          <span className="spacer" />
          <Button
            onClick={() => {
              setDraft(EMPTY);
              invite.reset();
            }}
          >
            Invite another person
          </Button>
          <Button variant="primary" onClick={close} data-autofocus>
            Done
          </Button>
        </div>
      </Dialog>
    );
  }

  const emailConflict = isApiError(invite.error, 'CONFLICT');
  const fromApi = apiFieldErrors(invite.error, FIELDS);
  const shown = (f: Field) => errors[f] ?? fromApi[f];
  const activeSupervisors = (supervisors.data?.people.items ?? []).filter((p) => p.active);
  return (
    <Dialog open={open} onClose={close} title="Invite a person" size="lg" dismissible={!invite.isPending}>
      <form className="section-form" onSubmit={handleSubmit} noValidate aria-label="Invite a person">
        {invite.error && !emailConflict ? (
          <Alert tone="danger" title="The person wasn’t added">
            {invite.error.message}
          </Alert>
        ) : null}
        <div className="grid-2">
          <TextField
            id="invite-name"
            label="Name"
            maxLength={TEXT_LIMITS.personName}
            required
            autoComplete="off"
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            error={shown('name')}
          />
          <TextField
            id="invite-email"
            label="E-mail"
            maxLength={TEXT_LIMITS.email}
            type="email"
            required
            autoComplete="off"
            value={draft.email}
            onChange={(e) => {
              setDraft({ ...draft, email: e.target.value });
              if (emailConflict) invite.reset();
            }}
            error={shown('email') ?? (emailConflict ? invite.error?.message : undefined)}
          />
        </div>
        <TextField
          label="Job title"
          maxLength={TEXT_LIMITS.jobTitle}
          optional
          value={draft.jobTitle}
          onChange={(e) => setDraft({ ...draft, jobTitle: e.target.value })}
          placeholder="Peer specialist"
          error={shown('jobTitle')}
        />
        <RolePicker
          value={draft.access}
          onChange={(access) => setDraft({ ...draft, access })}
          programs={teamOptions.data?.programs ?? []}
          error={shown('roles')}
        />
        <div className="grid-2">
          <Select
            label="Team"
            optional
            emptyOption="No team yet"
            options={(teamOptions.data?.teams ?? []).map((t) => ({ value: t.id, label: t.name }))}
            value={draft.teamId}
            onChange={(e) => setDraft({ ...draft, teamId: e.target.value })}
          />
          <Select
            label="Supervisor"
            optional
            emptyOption="No supervisor yet"
            description={supervisors.isError ? 'Supervisors could not be loaded.' : undefined}
            options={activeSupervisors.map((p) => ({ value: p.id, label: p.team ? `${p.name} (${p.team.name})` : p.name }))}
            value={draft.supervisorId}
            onChange={(e) => setDraft({ ...draft, supervisorId: e.target.value })}
          />
        </div>
        <div className="dialog__footer">
          <Button onClick={close} disabled={invite.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" loading={invite.isPending}>
            Add and send invitation
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
