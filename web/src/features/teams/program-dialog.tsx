import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { TextAreaField, TextField } from '../../components/ui/text-field';
import { useToast } from '../../components/ui/toast';
import { useCreateProgram, useUpdateProgram } from './use-teams';
import { TEXT_LIMITS } from '@tandem/shared';
import { apiFieldErrors, tooLong } from '../../lib/validation';

export interface ProgramDraftSource {
  id: string;
  name: string;
  description: string;
}

function ProgramForm({ program, onDone }: { program?: ProgramDraftSource; onDone: () => void }) {
  const create = useCreateProgram();
  const update = useUpdateProgram();
  const toast = useToast();
  const [name, setName] = useState(program?.name ?? '');
  const [description, setDescription] = useState(program?.description ?? '');
  const [error, setError] = useState<string>();
  const mutation = program ? update : create;
  const fromApi = apiFieldErrors(mutation.error, ['name', 'description'] as const);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (name.trim().length < 2) return setError('Enter a name of at least 2 characters');
    const long = tooLong(name.trim(), TEXT_LIMITS.programName);
    if (long) return setError(long);
    setError(undefined);
    const done = () => {
      toast.show(program ? 'Program saved' : `Program “${name.trim()}” created`);
      onDone();
    };
    if (program) update.mutate({ programId: program.id, name: name.trim(), description: description.trim() }, { onSuccess: done });
    else create.mutate({ name: name.trim(), description: description.trim() || undefined }, { onSuccess: done });
  };

  return (
    <form className="stack" onSubmit={handleSubmit} noValidate aria-label={program ? 'Edit program' : 'New program'}>
      {mutation.error ? (
        <Alert tone="danger" title="The program wasn’t saved">
          {mutation.error.message}
        </Alert>
      ) : null}
      <TextField label="Program name" maxLength={TEXT_LIMITS.programName} required value={name} onChange={(e) => setName(e.target.value)} error={error ?? fromApi.name} />
      <TextAreaField
        label="Description"
        maxLength={TEXT_LIMITS.description}
        optional
        rows={3}
        className="field--prose"
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        description="A line about who the program serves and where."
        error={fromApi.description}
      />
      <div className="dialog__footer">
        <Button onClick={onDone} disabled={mutation.isPending}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" loading={mutation.isPending}>
          {program ? 'Save program' : 'Create program'}
        </Button>
      </div>
    </form>
  );
}

/** Create a program, or rename / re-describe one. */
export function ProgramDialog({ open, onClose, program }: { open: boolean; onClose: () => void; program?: ProgramDraftSource }) {
  return (
    <Dialog open={open} onClose={onClose} title={program ? `Edit ${program.name}` : 'New program'}>
      {open ? <ProgramForm program={program} onDone={onClose} /> : null}
    </Dialog>
  );
}
