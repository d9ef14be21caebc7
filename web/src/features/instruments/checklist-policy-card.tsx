import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Select } from '../../components/ui/select';
import { Skeleton } from '../../components/ui/spinner';
import { TextField } from '../../components/ui/text-field';
import { useToast } from '../../components/ui/toast';
import type { ChecklistPolicyQuery } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-client';
import { useChecklistPolicy, usePolicyPrograms, useUpdateChecklistPolicy } from './use-instruments';

type Policy = ChecklistPolicyQuery['checklistPolicy'];
type Field = 'selfEveryDays' | 'supervisorEveryDays' | 'personServedEveryDays';

const FIELDS: { name: Field; label: string; description: string }[] = [
  { name: 'selfEveryDays', label: 'Self-assessment every … days', description: 'How often each peer specialist reflects on their own practice.' },
  { name: 'supervisorEveryDays', label: 'Supervisor’s observation rating every … days', description: 'How often supervisors rate each supervisee.' },
  { name: 'personServedEveryDays', label: 'Feedback from people supported every … days', description: 'How often peer specialists are reminded to ask.' },
];

function PolicyForm({ policy, programName }: { policy: Policy; programName: string }) {
  const update = useUpdateChecklistPolicy();
  const toast = useToast();
  const [values, setValues] = useState<Record<Field, string>>({
    selfEveryDays: String(policy.selfEveryDays),
    supervisorEveryDays: String(policy.supervisorEveryDays),
    personServedEveryDays: String(policy.personServedEveryDays),
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    for (const f of FIELDS) {
      const n = Number(values[f.name]);
      if (!Number.isInteger(n) || n < 7 || n > 730) found[f.name] = 'Enter a whole number of days from 7 to 730';
    }
    setErrors(found);
    const first = FIELDS.find((f) => found[f.name]);
    if (first) return document.getElementById(`policy-${first.name}`)?.focus();
    update.mutate(
      {
        programId: policy.programId,
        selfEveryDays: Number(values.selfEveryDays),
        supervisorEveryDays: Number(values.supervisorEveryDays),
        personServedEveryDays: Number(values.personServedEveryDays),
      },
      { onSuccess: () => toast.show(`Checklist schedule saved for ${programName}`) },
    );
  };

  return (
    <form className="stack" onSubmit={handleSubmit} noValidate>
      {FIELDS.map((f) => (
        <TextField
          key={f.name}
          id={`policy-${f.name}`}
          label={f.label}
          description={f.description}
          type="number"
          inputMode="numeric"
          min={7}
          max={730}
          value={values[f.name]}
          error={errors[f.name]}
          onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
        />
      ))}
      {update.isError ? (
        <Alert tone="danger" title="The schedule wasn’t saved">
          {errorMessage(update.error)}
        </Alert>
      ) : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" loading={update.isPending}>
          Save schedule
        </Button>
      </div>
    </form>
  );
}

/** How often checklists fall due, per program (checklistPolicy / updateChecklistPolicy). */
export function ChecklistPolicyCard() {
  const programs = usePolicyPrograms();
  const [chosen, setChosen] = useState('');
  const programId = chosen || programs.data?.[0]?.id || '';
  const policy = useChecklistPolicy(programId);
  const programName = programs.data?.find((p) => p.id === programId)?.name ?? '';
  return (
    <section className="card" aria-labelledby="policy-title">
      <h2 id="policy-title" className="card-title">
        When checklists are due
      </h2>
      <p className="muted small">Each program sets its own rhythm. The next checklist is due this many days after the last one.</p>
      {programs.isPending ? (
        <Skeleton lines={3} label="Loading programs" />
      ) : programs.isError ? (
        <Alert tone="danger">{errorMessage(programs.error)}</Alert>
      ) : programs.data.length === 0 ? (
        <p className="muted">Create a program first (Teams & programs).</p>
      ) : (
        <div className="stack">
          <Select label="Program" value={programId} onChange={(e) => setChosen(e.target.value)} options={programs.data.map((p) => ({ value: p.id, label: p.name }))} />
          {policy.isPending ? (
            <Skeleton lines={3} label="Loading the schedule" />
          ) : policy.isError ? (
            <Alert tone="danger">{errorMessage(policy.error)}</Alert>
          ) : (
            <PolicyForm key={programId} policy={policy.data} programName={programName} />
          )}
        </div>
      )}
    </section>
  );
}
