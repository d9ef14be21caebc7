import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { Select } from '../../components/ui/select';
import { TextAreaField, TextField } from '../../components/ui/text-field';
import { useToast } from '../../components/ui/toast';
import { apiFieldErrors, hasErrors, tooLong, type FieldErrors } from '../../lib/validation';
import { useCreateTeam, useUpdateTeam } from './use-teams';
import { TEXT_LIMITS } from '@tandem/shared';

export interface TeamDraftSource {
  id: string;
  name: string;
  description: string;
  programId: string;
}

type Field = 'programId' | 'name' | 'description';
const FIELDS: readonly Field[] = ['programId', 'name', 'description'];

function TeamForm({
  team, programs, defaultProgramId, onDone,
}: { team?: TeamDraftSource; programs: { id: string; name: string }[]; defaultProgramId?: string; onDone: () => void }) {
  const create = useCreateTeam();
  const update = useUpdateTeam();
  const toast = useToast();
  const [programId, setProgramId] = useState(team?.programId ?? defaultProgramId ?? (programs.length === 1 ? programs[0]!.id : ''));
  const [name, setName] = useState(team?.name ?? '');
  const [description, setDescription] = useState(team?.description ?? '');
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const mutation = team ? update : create;
  const fromApi = apiFieldErrors(mutation.error, FIELDS);
  const shown = (f: Field) => errors[f] ?? fromApi[f];

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldErrors<Field> = {
      programId: !programId ? 'Choose the program this team belongs to' : undefined,
      name: name.trim().length < 2 ? 'Enter a team name of at least 2 characters' : tooLong(name.trim(), TEXT_LIMITS.teamName),
      description: tooLong(description.trim(), TEXT_LIMITS.description),
    };
    setErrors(found);
    if (hasErrors(found)) return;
    const done = () => {
      toast.show(team ? 'Team saved' : `Team “${name.trim()}” created`);
      onDone();
    };
    if (team) update.mutate({ teamId: team.id, programId, name: name.trim(), description: description.trim() }, { onSuccess: done });
    else create.mutate({ programId, name: name.trim(), description: description.trim() || undefined }, { onSuccess: done });
  };

  return (
    <form className="stack" onSubmit={handleSubmit} noValidate aria-label={team ? 'Edit team' : 'New team'}>
      {mutation.error ? (
        <Alert tone="danger" title="The team wasn’t saved">
          {mutation.error.message}
        </Alert>
      ) : null}
      <Select
        label="Program"
        required
        emptyOption="Choose a program"
        options={programs.map((p) => ({ value: p.id, label: p.name }))}
        value={programId}
        onChange={(e) => setProgramId(e.target.value)}
        error={shown('programId')}
      />
      <TextField label="Team name" maxLength={TEXT_LIMITS.teamName} required value={name} onChange={(e) => setName(e.target.value)} error={shown('name')} />
      <TextAreaField
        label="Description"
        maxLength={TEXT_LIMITS.description}
        optional
        rows={3}
        className="field--prose"
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={shown('description')}
        description="Where the team works and with whom."
      />
      <div className="dialog__footer">
        <Button onClick={onDone} disabled={mutation.isPending}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" loading={mutation.isPending}>
          {team ? 'Save team' : 'Create team'}
        </Button>
      </div>
    </form>
  );
}

export interface TeamDialogProps {
  open: boolean;
  onClose: () => void;
  programs: { id: string; name: string }[];
  team?: TeamDraftSource;
  defaultProgramId?: string;
}

/** Create a team in a program, or rename / move / re-describe one. */
export function TeamDialog({ open, onClose, programs, team, defaultProgramId }: TeamDialogProps) {
  return (
    <Dialog open={open} onClose={onClose} title={team ? `Edit ${team.name}` : 'New team'}>
      {open ? <TeamForm team={team} programs={programs} defaultProgramId={defaultProgramId} onDone={onClose} /> : null}
    </Dialog>
  );
}
