import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Select } from '../../components/ui/select';
import { TextField } from '../../components/ui/text-field';
import { useToast } from '../../components/ui/toast';
import { todayIso } from '../../lib/format';
import { HistoryTable } from './history-table';
import type { PersonDetail } from './person-types';
import { useAssignSupervisor, useSupervisorOptions } from './use-people';

const NO_SUPERVISOR = '__none__';

/** The current supervisor, a change from a date, and the kept history. */
export function PersonSupervisorCard({ person, editable }: { person: PersonDetail; editable: boolean }) {
  const supervisors = useSupervisorOptions();
  const assign = useAssignSupervisor();
  const toast = useToast();
  const [supervisorId, setSupervisorId] = useState('');
  const [startsOn, setStartsOn] = useState(todayIso());
  const [error, setError] = useState<string>();

  const all = supervisors.data?.people.items ?? [];
  const nameOf = (id: string) => all.find((p) => p.id === id)?.name ?? 'The new supervisor';
  const choices = all.filter((p) => p.active && p.id !== person.id && p.id !== person.supervisor?.id);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!supervisorId) return setError('Choose a supervisor, or “No supervisor”');
    setError(undefined);
    const target = supervisorId === NO_SUPERVISOR ? null : supervisorId;
    assign.mutate(
      { superviseeId: person.id, supervisorId: target, startsOn },
      {
        onSuccess: () => {
          toast.show(target ? `${nameOf(target)} now supervises ${person.name}` : `Supervision for ${person.name} ended`);
          setSupervisorId('');
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby="supervisor-title">
      <h2 id="supervisor-title" className="card-title">
        Supervisor
      </h2>
      <p>{person.supervisor ? person.supervisor.name : <span className="muted">No supervisor assigned</span>}</p>
      {editable ? (
        <form className="section-form" onSubmit={handleSubmit} noValidate aria-label="Change supervisor">
          {assign.error ? (
            <Alert tone="danger" title="The change wasn’t saved">
              {assign.error.message}
            </Alert>
          ) : null}
          <div className="grid-2">
            <Select
              label="New supervisor"
              emptyOption="Choose a supervisor"
              description={choices.length === 0 && supervisors.isSuccess ? 'Give someone the Supervisor role first.' : undefined}
              options={[
                ...choices.map((p) => ({ value: p.id, label: p.team ? `${p.name} (${p.team.name})` : p.name })),
                ...(person.supervisor ? [{ value: NO_SUPERVISOR, label: 'No supervisor (end current supervision)' }] : []),
              ]}
              value={supervisorId}
              onChange={(e) => {
                setSupervisorId(e.target.value);
                setError(undefined);
              }}
              error={error}
            />
            <TextField label="From" type="date" required value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />
          </div>
          <div className="form-actions">
            <Button type="submit" loading={assign.isPending}>
              Change supervisor
            </Button>
          </div>
        </form>
      ) : null}
      <div className="history">
        <h3>Supervision history</h3>
        <HistoryTable
          caption="Supervision history"
          what="Supervisor"
          rows={person.supervisionHistory.map((a) => ({ id: a.id, label: a.supervisor?.name ?? 'A former supervisor', startsOn: a.startsOn, endsOn: a.endsOn }))}
        />
      </div>
    </section>
  );
}
