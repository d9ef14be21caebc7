import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Checkbox } from '../../components/ui/checkbox-group';
import { Dialog } from '../../components/ui/dialog';
import { TextField } from '../../components/ui/text-field';
import { useToast } from '../../components/ui/toast';
import { isApiError } from '../../lib/graphql-client';
import { hasErrors, isEmail, type FieldErrors } from '../../lib/validation';
import type { PersonDetail } from './person-types';
import { useUpdatePerson } from './use-people';

type Field = 'name' | 'email';

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
      name: !name.trim() ? 'Enter a name' : undefined,
      email: !isEmail(email) ? 'Enter an e-mail address like name@example.org' : undefined,
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
  return (
    <form className="section-form" onSubmit={handleSubmit} noValidate aria-label="Edit details">
      {update.error && !conflict ? (
        <Alert tone="danger" title="Changes weren’t saved">
          {update.error.message}
        </Alert>
      ) : null}
      <TextField label="Name" required value={name} onChange={(e) => setName(e.target.value)} error={errors.name} />
      <TextField
        label="E-mail"
        type="email"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={errors.email ?? (conflict ? update.error?.message : undefined)}
        description="They sign in with this address."
      />
      <TextField label="Job title" optional value={jobTitle} onChange={(e) => setJobTitle(e.target.value)} />
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
