import { screen } from '@testing-library/react';
import { PASSWORD_MESSAGES } from '@tandem/shared';
import { answer, gqlError, stubGraphQL } from '../../test/graphql-stub';
import { CreateOrganizationMutationDocument } from './auth.graphql';
import { renderApp } from '../../test/render-app';

async function fillForm(user: ReturnType<typeof renderApp>['user'], password = 'a sentence for a password') {
  await user.type(screen.getByLabelText('Organisation name'), 'Harbour Peer Network');
  await user.type(screen.getByLabelText('Your name'), 'Robin Hale');
  await user.type(screen.getByLabelText('Your e-mail'), 'robin@example.org');
  await user.type(screen.getByLabelText('Password'), password);
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

  it('checks the password with the shared rule and meter, then asks the founder to open the link in their e-mail', async () => {
    const api = stubGraphQL({ CreateOrganization: () => answer(CreateOrganizationMutationDocument, { createOrganization: true }) });
    const { user, location } = renderApp('/create-organization');
    await user.click(screen.getByRole('button', { name: 'Create organisation' }));
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(/At least 12 characters/);
    expect(api.callsOf('CreateOrganization')).toHaveLength(0);

    // A common password is refused with the same words the API uses, before anything is sent.
    await fillForm(user, 'password1234');
    expect(await screen.findByText(/Strength: Easy to guess|Strength: Very easy to guess/)).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(new RegExp(PASSWORD_MESSAGES.tooCommon.slice(0, 40)));
    expect(api.callsOf('CreateOrganization')).toHaveLength(0);

    await user.clear(screen.getByLabelText('Password'));
    await user.type(screen.getByLabelText('Password'), 'a sentence for a password');
    expect(await screen.findByText(/Strength: (Strong|Very strong)/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create organisation' }));

    expect(await screen.findByRole('heading', { name: 'Check your e-mail' })).toBeInTheDocument();
    expect(screen.getByText(/We’ve sent a message to/)).toHaveTextContent('We’ve sent a message to robin@example.org');
    expect(location().pathname).toBe('/create-organization');
    expect(api.callsOf('CreateOrganization')[0]?.variables).toEqual({
      input: { organizationName: 'Harbour Peer Network', adminName: 'Robin Hale', email: 'robin@example.org', password: 'a sentence for a password' },
    });
  });

  it('shows the API’s password message on the password field', async () => {
    stubGraphQL({
      CreateOrganization: () => ({ data: null, errors: [{ message: PASSWORD_MESSAGES.personal, extensions: { code: 'BAD_USER_INPUT', fields: ['password'] } }] }),
    });
    const { user } = renderApp('/create-organization');
    await fillForm(user, 'lantern river plum walk');
    expect(await screen.findByText(PASSWORD_MESSAGES.personal)).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(new RegExp(PASSWORD_MESSAGES.personal.slice(0, 30)));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
