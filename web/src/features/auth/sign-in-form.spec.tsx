import { screen, within } from '@testing-library/react';
import { answer, gqlError, stubGraphQL } from '../../test/graphql-stub';
import { OrganizationQueryDocument } from '../settings/settings.graphql';
import { LoginMutationDocument } from './auth.graphql';
import { meResponse, renderApp } from '../../test/render-app';

describe('Sign-in', () => {
  it('checks the fields before asking the server', async () => {
    const api = stubGraphQL({});
    const { user } = renderApp('/sign-in');

    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByLabelText('E-mail')).toHaveAccessibleDescription(/Enter your e-mail address/);
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/Enter your password/);
    expect(screen.getByLabelText('E-mail')).toHaveFocus();
    expect(screen.getByLabelText('E-mail')).toBeInvalid();

    await user.type(screen.getByLabelText('E-mail'), 'not-an-address');
    await user.type(screen.getByLabelText('Password'), 'secret');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByLabelText('E-mail')).toHaveAccessibleDescription(/like name@example.org/);
    expect(api.callsOf('Login')).toHaveLength(0);
  });

  it('shows the server’s message when the password is wrong', async () => {
    const api = stubGraphQL({ Login: () => gqlError('UNAUTHENTICATED', 'E-mail or password is incorrect') });
    const { user, location } = renderApp('/sign-in');

    await user.type(screen.getByLabelText('E-mail'), ' alex@example.org ');
    await user.type(screen.getByLabelText('Password'), 'wrong password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We couldn’t sign you in');
    expect(alert).toHaveTextContent('E-mail or password is incorrect');
    expect(api.callsOf('Login')[0]?.variables).toEqual({ input: { email: 'alex@example.org', password: 'wrong password' } });
    expect(location().pathname).toBe('/sign-in');
  });

  it('explains throttling in plain words', async () => {
    stubGraphQL({ Login: () => gqlError('TOO_MANY_REQUESTS', 'Too many attempts. Try again in 15 minute(s).') });
    const { user } = renderApp('/sign-in');

    await user.type(screen.getByLabelText('E-mail'), 'alex@example.org');
    await user.type(screen.getByLabelText('Password'), 'again');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Signing in is paused for a moment');
    expect(alert).toHaveTextContent('Try again in 15 minute(s).');
  });

  it('signs in and returns to the page that asked for it', async () => {
    let signedIn = false;
    stubGraphQL({
      Me: () => (signedIn ? meResponse(['ADMIN']) : gqlError('UNAUTHENTICATED', 'Please sign in')),
      Login: () => {
        signedIn = true;
        return answer(LoginMutationDocument, { login: { person: { id: 'person-me', name: 'Alex Admin' } } });
      },
      Organization: () => answer(OrganizationQueryDocument, { organization: { id: 'org-1', name: 'Riverbend Recovery Collaborative', managersReadNotes: false, noteSigningOrder: 'EITHER', createdAt: '2026-01-05T10:00:00Z' } }),
    });
    const { user, location } = renderApp('/settings');

    // Not signed in: sent to sign in, remembering where they were going.
    await screen.findByRole('heading', { name: 'Sign in' });
    expect(location().search).toBe('?next=%2Fsettings');

    await user.click(screen.getByRole('button', { name: /Fill in admin@tandem.demo/ }));
    expect(screen.getByLabelText('E-mail')).toHaveValue('admin@tandem.demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Organisation settings' })).toBeInTheDocument();
    expect(location().pathname).toBe('/settings');
    expect(within(screen.getByRole('banner')).getByText('Riverbend Recovery Collaborative')).toBeInTheDocument();
  });
});
