import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Checkbox } from '../../components/ui/checkbox-group';
import { Dialog } from '../../components/ui/dialog';
import { TextField } from '../../components/ui/text-field';
import { useToast } from '../../components/ui/toast';
import { isApiError } from '../../lib/graphql-client';
import { apiFieldErrors, hasErrors, isEmail, tooLong, type FieldErrors } from '../../lib/validation';
import type { PersonDetail } from './person-types';
import { useUpdatePerson } from './use-people';
import { TEXT_LIMITS } from '@tandem/shared';

type Field = 'name' | 'email' | 'jobTitle';
const FIELDS: readonly Field[] = ['name', 'email', 'jobTitle'];

function EditForm({ person, onDone }: { person: PersonDetail; onDone: () => void }) {
  const update = useUpdatePerson();
  const toast = useToast();
  const [name, setName] = useState(person.name);
  const [email, setEmail] = useState(person.email);
  const [jobTitle, setJobTitle] = useState(person.jobTitle);
  const [livedExperience, setLivedExperience] = useState(person.livedExperience);
  const [startedOn, setStartedOn] = useState(person.startedOn ?? '');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors<Field> = {
      name: !name.trim() ? 'Enter a name' : tooLong(name.trim(), TEXT_LIMITS.personName),
      email: !isEmail(email) ? 'Enter an e-mail address like name@example.org' : tooLong(email.trim(), TEXT_LIMITS.email),
      jobTitle: tooLong(jobTitle.trim(), TEXT_LIMITS.jobTitle),
    };
    setErrors(found);
    if (hasErrors(found)) return;
    update.mutate(
      {
        personId: person.id,
        name: name.trim(),
        email: email.trim(),
        jobTitle: jobTitle.trim(),
        livedExperience,
        startedOn: startedOn || undefined,
      },
      {
        onSuccess: () => {
          toast.show('Details saved');
          onDone();
        },
      },
    );
  };

  const conflict = isApiError(update.error, 'CONFLICT');
  const fromApi = apiFieldErrors(update.error, FIELDS);
  const shown = (f: Field) => errors[f] ?? fromApi[f];
  return (
    <form className="section-form" onSubmit={handleSubmit} noValidate aria-label="Edit details">
      {update.error && !conflict ? (
        <Alert tone="danger" title="Changes weren’t saved">
          {update.error.message}
        </Alert>
      ) : null}
      <TextField label="Name" maxLength={TEXT_LIMITS.personName} required value={name} onChange={(e) => setName(e.target.value)} error={shown('name')} />
      <TextField
        label="E-mail"
        maxLength={TEXT_LIMITS.email}
        type="email"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={shown('email') ?? (conflict ? update.error?.message : undefined)}
        description="They sign in with this address."
      />
      <TextField label="Job title" maxLength={TEXT_LIMITS.jobTitle} optional value={jobTitle} onChange={(e) => setJobTitle(e.target.value)} error={shown('jobTitle')} />
      <Checkbox
        label="Brings lived experience of recovery to the role"
        checked={livedExperience}
        onChange={(e) => setLivedExperience(e.target.checked)}
      />
      <TextField
        label="Start date"
        type="date"
        optional
        value={startedOn}
        onChange={(e) => setStartedOn(e.target.value)}
        description="When they started in this role; supervision policy uses it."
      />
      <div className="dialog__footer">
        <Button onClick={onDone} disabled={update.isPending}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" loading={update.isPending}>
          Save details
        </Button>
      </div>
    </form>
  );
}

export function PersonEditDialog({ person, open, onClose }: { person: PersonDetail; open: boolean; onClose: () => void }) {
  return (
    <Dialog open={open} onClose={onClose} title={`Edit ${person.name}`}>
      {open ? <EditForm person={person} onDone={onClose} /> : null}
    </Dialog>
  );
}
