import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Select } from '../../components/ui/select';
import { TextField } from '../../components/ui/text-field';
import { useToast } from '../../components/ui/toast';
import { todayIso } from '../../lib/format';
import { useTeamOptions } from '../teams/use-teams';
import { HistoryTable } from './history-table';
import type { PersonDetail } from './person-types';
import { useAssignTeam } from './use-people';

const NO_TEAM = '__none__';

/** The current team, moving to another from a date, and the kept history. */
export function PersonTeamCard({ person, editable }: { person: PersonDetail; editable: boolean }) {
  const options = useTeamOptions();
  const assign = useAssignTeam();
  const toast = useToast();
  const [teamId, setTeamId] = useState('');
  const [startsOn, setStartsOn] = useState(todayIso());
  const [error, setError] = useState<string>();

  const nameOf = (id: string) => options.data?.teams.find((t) => t.id === id)?.name ?? 'the new team';
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!teamId) return setError('Choose a team, or “No team”');
    setError(undefined);
    const target = teamId === NO_TEAM ? null : teamId;
    assign.mutate(
      { personId: person.id, teamId: target, startsOn },
      {
        onSuccess: () => {
          toast.show(target ? `${person.name} moves to ${nameOf(target)}` : `${person.name} is no longer in a team`);
          setTeamId('');
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby="team-title">
      <h2 id="team-title" className="card-title">
        Team
      </h2>
      <p>
        {person.team ? (
          <>
            <Link to={`/teams/${person.team.id}`}>{person.team.name}</Link>
            <span className="muted"> · {person.team.program.name}</span>
          </>
        ) : (
          <span className="muted">Not in a team</span>
        )}
      </p>
      {editable ? (
        <form className="section-form" onSubmit={handleSubmit} noValidate aria-label="Move to another team">
          {assign.error ? (
            <Alert tone="danger" title="The move wasn’t saved">
              {assign.error.message}
            </Alert>
          ) : null}
          <div className="grid-2">
            <Select
              label="Move to team"
              emptyOption="Choose a team"
              options={[
                ...(options.data?.teams ?? []).filter((t) => t.id !== person.team?.id).map((t) => ({ value: t.id, label: t.name })),
                ...(person.team ? [{ value: NO_TEAM, label: 'No team (end current membership)' }] : []),
              ]}
              value={teamId}
              onChange={(e) => {
                setTeamId(e.target.value);
                setError(undefined);
              }}
              error={error}
            />
            <TextField label="From" type="date" required value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />
          </div>
          <div className="form-actions">
            <Button type="submit" loading={assign.isPending}>
              Move
            </Button>
          </div>
        </form>
      ) : null}
      <div className="history">
        <h3>Team history</h3>
        <HistoryTable
          caption="Team history"
          what="Team"
          rows={person.teamHistory.map((m) => ({ id: m.id, label: m.team?.name ?? 'A team you can’t see', startsOn: m.startsOn, endsOn: m.endsOn }))}
        />
      </div>
    </section>
  );
}
