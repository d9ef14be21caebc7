import { screen } from '@testing-library/react';
import { answer, gqlError, stubGraphQL } from '../test/graphql-stub';
import { TeamOptionsQueryDocument } from '../features/teams/teams.graphql';
import { meResponse, renderApp } from '../test/render-app';

describe('an expired session', () => {
  it('sends the person to sign in and remembers where they were', async () => {
    stubGraphQL({
      Me: () => meResponse(['ADMIN']),
      People: () => gqlError('UNAUTHENTICATED', 'Please sign in'),
      TeamOptions: () => answer(TeamOptionsQueryDocument, { programs: [], teams: [] }),
    });
    const { location } = renderApp('/people?role=STAFF');
    expect(await screen.findByText('Your session ended. Please sign in again to carry on.')).toBeInTheDocument();
    expect(location().pathname).toBe('/sign-in');
    expect(new URLSearchParams(location().search).get('next')).toBe('/people?role=STAFF');
  });

  it('does not retry answers that will not change', async () => {
    const api = stubGraphQL({
      Me: () => meResponse(['ADMIN']),
      Team: () => gqlError('NOT_FOUND', 'Team not found'),
    });
    renderApp('/teams/does-not-exist');
    expect(await screen.findByText('We couldn’t find that')).toBeInTheDocument();
    expect(api.callsOf('Team')).toHaveLength(1);
  });
});
