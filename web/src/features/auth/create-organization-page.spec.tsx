import { screen } from '@testing-library/react';
import { gqlError, stubGraphQL } from '../../test/graphql-stub';
import { meResponse, renderApp } from '../../test/render-app';

async function fillForm(user: ReturnType<typeof renderApp>['user']) {
  await user.type(screen.getByLabelText('Organisation name'), 'Harbour Peer Network');
  await user.type(screen.getByLabelText('Your name'), 'Robin Hale');
  await user.type(screen.getByLabelText('Your e-mail'), 'robin@example.org');
  await user.type(screen.getByLabelText('Password'), 'a sentence for a password');
  await user.click(screen.getByRole('button', { name: 'Create organisation' }));
}

describe('Create an organisation', () => {
  it('says so when sign-up is turned off on this server', async () => {
    stubGraphQL({ CreateOrganization: () => gqlError('FORBIDDEN', 'Creating organisations is turned off on this server') });
    const { user } = renderApp('/create-organization');
    await fillForm(user);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Sign-up is not available here');
    expect(alert).toHaveTextContent('Creating organisations is turned off on this server');
  });

  it('signs the new administrator in and lands on Home', async () => {
    let created = false;
    const api = stubGraphQL({
      CreateOrganization: () => {
        created = true;
        return { data: { createOrganization: { person: { id: 'p-robin', name: 'Robin Hale' } } } };
      },
      Me: () => (created ? meResponse(['ADMIN'], { name: 'Robin Hale' }) : gqlError('UNAUTHENTICATED', 'Please sign in')),
      HomeOverview: () => ({ data: null, errors: [{ message: 'later', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }),
    });
    const { user, location } = renderApp('/create-organization');
    await user.click(screen.getByRole('button', { name: 'Create organisation' }));
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/at least 10 characters/);
    expect(api.callsOf('CreateOrganization')).toHaveLength(0);

    await fillForm(user);
    expect(await screen.findByRole('button', { name: 'Account menu for Robin Hale' })).toBeInTheDocument();
    expect(location().pathname).toBe('/');
    expect(api.callsOf('CreateOrganization')[0]?.variables).toEqual({
      input: { organizationName: 'Harbour Peer Network', adminName: 'Robin Hale', email: 'robin@example.org', password: 'a sentence for a password' },
    });
  });
});
