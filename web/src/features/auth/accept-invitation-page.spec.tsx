import { screen } from '@testing-library/react';
import { PASSWORD_MESSAGES } from '@tandem/shared';
import { answer, gqlError, stubGraphQL } from '../../test/graphql-stub';
import { AcceptInvitationMutationDocument, InvitationQueryDocument } from './auth.graphql';
import { meResponse, renderApp } from '../../test/render-app';

const TOKEN = 'tok_abcdefghijklmnopqrstuvwxyz';
const preview = (passwordChosen: boolean) => answer(InvitationQueryDocument, {
  invitation: { personName: 'Sam Rivera', email: 'sam@example.org', organizationName: 'Riverbend', passwordChosen },
});

describe('Accept invitation', () => {
  it('welcomes the person, checks the new password with the shared rule, sets it and signs them in', async () => {
    let accepted = false;
    const api = stubGraphQL({
      Invitation: () => preview(false),
      AcceptInvitation: () => {
        accepted = true;
        return answer(AcceptInvitationMutationDocument, { acceptInvitation: { person: { id: 'p-sam', name: 'Sam Rivera' } } });
      },
      Me: () => (accepted ? meResponse(['STAFF'], { name: 'Sam Rivera', id: 'p-sam' }) : gqlError('UNAUTHENTICATED', 'Please sign in')),
      HomeOverview: () => gqlError('INTERNAL_SERVER_ERROR', 'not needed here'),
    });
    const { user, location } = renderApp(`/invite/${TOKEN}`);

    expect(await screen.findByRole('heading', { name: 'Welcome, Sam Rivera — set a password for Riverbend' })).toBeInTheDocument();
    expect(api.callsOf('Invitation')[0]?.variables).toEqual({ token: TOKEN });

    await user.type(screen.getByLabelText('New password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(/Use at least 12 characters/);

    // The person's own name is refused, as the API would.
    await user.clear(screen.getByLabelText('New password'));
    await user.type(screen.getByLabelText('New password'), 'Sam Rivera 2024!');
    await user.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(new RegExp(PASSWORD_MESSAGES.personal.slice(0, 30)));

    await user.clear(screen.getByLabelText('New password'));
    await user.type(screen.getByLabelText('New password'), 'a long enough passphrase');
    await user.type(screen.getByLabelText('Confirm password'), 'a different passphrase');
    await user.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    expect(screen.getByLabelText('Confirm password')).toHaveAccessibleDescription(/don’t match/);
    expect(api.callsOf('AcceptInvitation')).toHaveLength(0);

    await user.clear(screen.getByLabelText('Confirm password'));
    await user.type(screen.getByLabelText('Confirm password'), 'a long enough passphrase');
    await user.click(screen.getByRole('button', { name: 'Set password and sign in' }));

    expect(await screen.findByRole('button', { name: 'Account menu for Sam Rivera' })).toBeInTheDocument();
    expect(location().pathname).toBe('/');
    expect(api.callsOf('AcceptInvitation')[0]?.variables).toEqual({ input: { token: TOKEN, password: 'a long enough passphrase' } });
  });

  it('a founder who chose a password at sign-up only confirms and is signed in', async () => {
    let accepted = false;
    const api = stubGraphQL({
      Invitation: () => preview(true),
      AcceptInvitation: () => {
        accepted = true;
        return answer(AcceptInvitationMutationDocument, { acceptInvitation: { person: { id: 'p-sam', name: 'Sam Rivera' } } });
      },
      Me: () => (accepted ? meResponse(['ADMIN'], { name: 'Sam Rivera', id: 'p-sam' }) : gqlError('UNAUTHENTICATED', 'Please sign in')),
      HomeOverview: () => gqlError('INTERNAL_SERVER_ERROR', 'not needed here'),
    });
    const { user, location } = renderApp(`/invite/${TOKEN}`);
    expect(await screen.findByRole('heading', { name: 'Welcome, Sam Rivera — open Riverbend' })).toBeInTheDocument();
    expect(screen.queryByLabelText('New password')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Confirm and open Riverbend' }));
    expect(await screen.findByRole('button', { name: 'Account menu for Sam Rivera' })).toBeInTheDocument();
    expect(location().pathname).toBe('/');
    expect(api.callsOf('AcceptInvitation')[0]?.variables).toEqual({ input: { token: TOKEN } });
  });

  it('explains a used or expired link kindly', async () => {
    stubGraphQL({ Invitation: () => gqlError('NOT_FOUND', 'Invitation (it may have been used or expired) not found') });
    renderApp(`/invite/${TOKEN}`);
    expect(await screen.findByRole('heading', { name: 'This link can’t be used any more' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Ask your administrator to send you a new link');
    expect(screen.getByRole('link', { name: 'Go to sign in' })).toHaveAttribute('href', '/sign-in');
  });
});
