import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { Checkbox } from '../../components/ui/checkbox-group';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/spinner';
import { Table } from '../../components/ui/table';
import { useToast } from '../../components/ui/toast';
import type { TeamsOverviewQuery } from '../../gql/graphql';
import { plural } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-client';
import { hasRole, useViewer } from '../auth/use-auth';
import { ProgramDialog, type ProgramDraftSource } from './program-dialog';
import { TeamDialog, type TeamDraftSource } from './team-dialog';
import { useTeamsOverview, useUpdateProgram, useUpdateTeam } from './use-teams';
import './teams.css';

type Program = TeamsOverviewQuery['programs'][number];
type Team = TeamsOverviewQuery['teams'][number];

type Editing =
  | { kind: 'new-program' }
  | { kind: 'program'; program: ProgramDraftSource }
  | { kind: 'new-team'; programId?: string }
  | { kind: 'team'; team: TeamDraftSource }
  | null;

/** Programs with their teams; admins create, rename and archive them. */
export function TeamsPage() {
  const viewer = useViewer();
  const admin = hasRole(viewer, 'ADMIN');
  const [params, setParams] = useSearchParams();
  const showArchived = params.get('archived') === '1';
  const overview = useTeamsOverview(showArchived);
  const [editing, setEditing] = useState<Editing>(null);
  const updateProgram = useUpdateProgram();
  const updateTeam = useUpdateTeam();
  const toast = useToast();

  const [archiving, setArchiving] = useState<{ kind: 'program'; program: Program } | { kind: 'team'; team: Team } | null>(null);
  const activePrograms = (overview.data?.programs ?? []).filter((p) => !p.archived);
  const setProgramArchived = (p: Program, archived: boolean) =>
    updateProgram.mutate(
      { programId: p.id, archived },
      {
        onSuccess: () => {
          setArchiving(null);
          toast.show(archived ? `${p.name} archived` : `${p.name} restored`);
        },
        onError: (e) => (archived ? undefined : toast.show(errorMessage(e), 'danger')),
      },
    );
  const setTeamArchived = (t: Team, archived: boolean) =>
    updateTeam.mutate(
      { teamId: t.id, archived },
      {
        onSuccess: () => {
          setArchiving(null);
          toast.show(archived ? `${t.name} archived` : `${t.name} restored`);
        },
        onError: (e) => (archived ? undefined : toast.show(errorMessage(e), 'danger')),
      },
    );
  // Archiving asks first; restoring does not.
  const archiveProgram = (p: Program) => (p.archived ? setProgramArchived(p, false) : setArchiving({ kind: 'program', program: p }));
  const archiveTeam = (t: Team) => (t.archived ? setTeamArchived(t, false) : setArchiving({ kind: 'team', team: t }));

  const groups = overview.data
    ? [
        ...overview.data.programs.map((program) => ({ program, teams: overview.data.teams.filter((t) => t.programId === program.id) })),
        ...(() => {
          const known = new Set(overview.data.programs.map((p) => p.id));
          const orphans = overview.data.teams.filter((t) => !known.has(t.programId));
          return orphans.length ? [{ program: null, teams: orphans }] : [];
        })(),
      ]
    : [];

  return (
    <>
      <PageHeader
        title={admin ? 'Teams & programs' : 'Teams'}
        description={
          admin
            ? 'Programs group teams. Archiving hides a team or program from pickers and keeps its history.'
            : 'The teams you can see, grouped by program.'
        }
        actions={
          admin ? (
            <>
              <Button onClick={() => setEditing({ kind: 'new-program' })}>New program</Button>
              <Button variant="primary" onClick={() => setEditing({ kind: 'new-team' })} disabled={activePrograms.length === 0}>
                New team
              </Button>
            </>
          ) : null
        }
      />
      <div className="teams-toolbar">
        <Checkbox
          label="Show archived"
          checked={showArchived}
          onChange={(e) => setParams(e.target.checked ? { archived: '1' } : {}, { replace: true, flushSync: true })}
        />
      </div>
      {overview.isPending ? (
        <div className="card">
          <Skeleton lines={6} label="Loading teams" />
        </div>
      ) : overview.isError ? (
        <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />
      ) : groups.length === 0 ? (
        <EmptyState
          title="No programs yet"
          action={admin ? <Button variant="primary" onClick={() => setEditing({ kind: 'new-program' })}>Create the first program</Button> : null}
        >
          {admin ? 'Start with a program (for example “Community Peer Support”), then add its teams.' : 'No teams are visible to you yet.'}
        </EmptyState>
      ) : (
        <div className="stack">
          {groups.map(({ program, teams }) => (
            <section key={program?.id ?? 'other'} className="card program" aria-labelledby={`program-${program?.id ?? 'other'}`}>
              <div className="program__header">
                <div className="program__title">
                  <h2 id={`program-${program?.id ?? 'other'}`}>
                    {program ? program.name : 'Teams in archived programs'}
                    {program?.archived ? (
                      <>
                        {' '}
                        <Badge>Archived</Badge>
                      </>
                    ) : null}
                  </h2>
                  {program?.description ? <p className="muted">{program.description}</p> : null}
                  <p className="muted small">{plural(teams.length, 'team', 'teams')}</p>
                </div>
                {admin && program ? (
                  <div className="row">
                    {!program.archived ? (
                      <Button size="sm" onClick={() => setEditing({ kind: 'new-team', programId: program.id })}>
                        Add team
                      </Button>
                    ) : null}
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={`Rename ${program.name}`}
                      onClick={() => setEditing({ kind: 'program', program })}
                    >
                      Rename
                    </Button>
                    <Button size="sm" variant="ghost" aria-label={`${program.archived ? 'Restore' : 'Archive'} ${program.name}`} onClick={() => archiveProgram(program)}>
                      {program.archived ? 'Restore' : 'Archive'}
                    </Button>
                  </div>
                ) : null}
              </div>
              {teams.length === 0 ? (
                <p className="muted">No teams in this program yet.</p>
              ) : (
                <Table caption={`Teams in ${program?.name ?? 'other programs'}`}>
                  <thead>
                    <tr>
                      <th scope="col">Team</th>
                      <th scope="col" className="hide-sm">
                        Description
                      </th>
                      <th scope="col" className="table__num">
                        Members
                      </th>
                      {admin ? (
                        <th scope="col">
                          <span className="visually-hidden">Actions</span>
                        </th>
                      ) : null}
                    </tr>
                  </thead>
                  <tbody>
                    {teams.map((t) => (
                      <tr key={t.id} className={t.archived ? 'table-row--muted' : undefined}>
                        <td>
                          <Link to={`/teams/${t.id}`} className="team-link">
                            {t.name}
                          </Link>
                          {t.archived ? (
                            <>
                              {' '}
                              <Badge>Archived</Badge>
                            </>
                          ) : null}
                        </td>
                        <td className="team-description hide-sm">{t.description || <span className="muted">—</span>}</td>
                        <td className="table__num">{t.memberCount}</td>
                        {admin ? (
                          <td className="table__nowrap">
                            <Button
                              size="sm"
                              variant="ghost"
                              aria-label={`Edit ${t.name}`}
                              onClick={() => setEditing({ kind: 'team', team: t })}
                            >
                              Edit
                            </Button>
                            <Button size="sm" variant="ghost" aria-label={`${t.archived ? 'Restore' : 'Archive'} ${t.name}`} onClick={() => archiveTeam(t)}>
                              {t.archived ? 'Restore' : 'Archive'}
                            </Button>
                          </td>
                        ) : null}
                      </tr>
                    ))}
                  </tbody>
                </Table>
              )}
            </section>
          ))}
        </div>
      )}
      {admin ? (
        <>
          <ProgramDialog
            open={editing?.kind === 'new-program' || editing?.kind === 'program'}
            program={editing?.kind === 'program' ? editing.program : undefined}
            onClose={() => setEditing(null)}
          />
          <ConfirmDialog
            open={archiving !== null}
            title={archiving ? `Archive ${archiving.kind === 'program' ? archiving.program.name : archiving.team.name}?` : ''}
            description={
              archiving?.kind === 'program'
                ? 'The program and its teams are no longer offered when inviting, moving or filtering people. Memberships and history are kept, and you can restore it from “Show archived”.'
                : 'The team is no longer offered when inviting, moving or filtering people. Its members’ history is kept, and you can restore it from “Show archived”.'
            }
            confirmLabel="Archive"
            pending={updateProgram.isPending || updateTeam.isPending}
            error={updateProgram.error ?? updateTeam.error}
            onCancel={() => {
              setArchiving(null);
              updateProgram.reset();
              updateTeam.reset();
            }}
            onConfirm={() => {
              if (archiving?.kind === 'program') setProgramArchived(archiving.program, true);
              else if (archiving?.kind === 'team') setTeamArchived(archiving.team, true);
            }}
          />
          <TeamDialog
            open={editing?.kind === 'new-team' || editing?.kind === 'team'}
            team={editing?.kind === 'team' ? editing.team : undefined}
            defaultProgramId={editing?.kind === 'new-team' ? editing.programId : undefined}
            programs={activePrograms}
            onClose={() => setEditing(null)}
          />
        </>
      ) : null}
    </>
  );
}
