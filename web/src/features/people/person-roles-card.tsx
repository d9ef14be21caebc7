import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { useToast } from '../../components/ui/toast';
import { useTeamOptions } from '../teams/use-teams';
import type { PersonDetail } from './person-types';
import { RolePicker, type RolePickerValue } from './role-picker';
import { useSetPersonRoles } from './use-people';

function initialAccess(person: PersonDetail): RolePickerValue {
  return {
    roles: person.roles,
    managedProgramIds: person.roleGrants.filter((g) => g.role === 'PROGRAM_MANAGER' && g.programId).map((g) => g.programId as string),
  };
}

/** Replace a person's roles (and a manager's programs). Takes effect on their next request. */
export function PersonRolesCard({ person }: { person: PersonDetail }) {
  const [access, setAccess] = useState<RolePickerValue>(() => initialAccess(person));
  const [error, setError] = useState<string>();
  const setRoles = useSetPersonRoles();
  const programs = useTeamOptions();
  const toast = useToast();
  const initial = initialAccess(person);
  const changed =
    [...access.roles].sort().join() !== [...initial.roles].sort().join() ||
    [...access.managedProgramIds].sort().join() !== [...initial.managedProgramIds].sort().join();

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (access.roles.length === 0) return setError('Choose at least one role');
    setError(undefined);
    setRoles.mutate(
      {
        personId: person.id,
        roles: access.roles,
        managedProgramIds: access.roles.includes('PROGRAM_MANAGER') ? access.managedProgramIds : [],
      },
      { onSuccess: () => toast.show(`Roles updated for ${person.name}`) },
    );
  };

  return (
    <section className="card" aria-labelledby="roles-title">
      <h2 id="roles-title" className="card-title">
        Roles and access
      </h2>
      <form className="section-form" onSubmit={handleSubmit} noValidate aria-label="Roles and access">
        {setRoles.error ? (
          <Alert tone="danger" title="Roles weren’t changed">
            {setRoles.error.message}
          </Alert>
        ) : null}
        <RolePicker
          value={access}
          onChange={(next) => {
            setAccess(next);
            if (next.roles.length) setError(undefined);
          }}
          programs={programs.data?.programs ?? []}
          error={error}
        />
        <p className="muted small">Changes apply from their next click in Tandem.</p>
        <div className="form-actions">
          <Button type="submit" variant="primary" loading={setRoles.isPending} disabled={!changed}>
            Save roles
          </Button>
          {changed ? (
            <Button variant="ghost" onClick={() => setAccess(initialAccess(person))}>
              Undo changes
            </Button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
