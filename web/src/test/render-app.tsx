import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '@tandem/shared';
import { App, createTandemApp } from '../app';
import { MeQueryDocument } from '../features/auth/auth.graphql';
import { answer, type GraphQLResponseStub } from './graphql-stub';

/** Renders the real app (routes, providers, shell) on an in-memory history at `path`. */
export function renderApp(path: string) {
  const app = createTandemApp({ initialPath: path });
  const user = userEvent.setup();
  const view = render(<App app={app} />);
  return { ...view, app, user, location: () => app.router.state.location };
}

/** A `Me` answer for a signed-in person with these roles. */
export function meResponse(roles: Role[], overrides: { name?: string; id?: string; programIds?: (string | null)[] } = {}): GraphQLResponseStub {
  return answer(MeQueryDocument, {
    me: {
      id: overrides.id ?? 'person-me',
      name: overrides.name ?? 'Alex Admin',
      email: 'alex@example.org',
      jobTitle: 'Operations lead',
      roles,
      roleGrants: roles.flatMap((role): { role: Role; programId: string | null }[] =>
        role === 'PROGRAM_MANAGER' && overrides.programIds ? overrides.programIds.map((programId) => ({ role, programId })) : [{ role, programId: null }],
      ),
      organization: { id: 'org-1', name: 'Riverbend Recovery Collaborative' },
    },
  });
}
