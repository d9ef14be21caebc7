import { screen } from '@testing-library/react';
import { PASSWORD_MESSAGES } from '@tandem/shared';
import { answer, gqlError, stubGraphQL } from '../../test/graphql-stub';
import { PasswordResetQueryDocument, RequestPasswordResetMutationDocument, ResetPasswordMutationDocument } from './auth.graphql';
import { renderApp } from '../../test/render-app';

const TOKEN = 'reset_abcdefghijklmnopqrstuvwxyz0123456789';

describe('Forgot password', () => {
  it('is linked from sign-in, asks for the address and answers the same way whatever it is', async () => {
    const api = stubGraphQL({
      Me: () => gqlError('UNAUTHENTICATED', 'Please sign in'),
      RequestPasswordReset: () => answer(RequestPasswordResetMutationDocument, { requestPasswordReset: true }),
    });
    const { user, location } = renderApp('/sign-in');
    await user.click(await screen.findByRole('link', { name: 'Forgot password?' }));
    expect(location().pathname).toBe('/forgot-password');

    await user.click(screen.getByRole('button', { name: 'Send me a link' }));
    expect(screen.getByLabelText('E-mail')).toHaveAccessibleDescription(/Enter your e-mail address/);
    expect(api.callsOf('RequestPasswordReset')).toHaveLength(0);

    await user.type(screen.getByLabelText('E-mail'), 'sam@example.org');
    await user.click(screen.getByRole('button', { name: 'Send me a link' }));
    expect(await screen.findByRole('heading', { name: 'Check your e-mail' })).toBeInTheDocument();
    expect(screen.getByText(/has a Tandem account/)).toHaveTextContent('If sam@example.org has a Tandem account, a link to choose a new password is on its way');
    expect(api.callsOf('RequestPasswordReset')[0]?.variables).toEqual({ input: { email: 'sam@example.org' } });
  });

  it('says so when asked too often', async () => {
    stubGraphQL({ RequestPasswordReset: () => gqlError('TOO_MANY_REQUESTS', 'Too many attempts. Try again in 5 minute(s).') });
    const { user } = renderApp('/forgot-password');
    await user.type(await screen.findByLabelText('E-mail'), 'sam@example.org');
    await user.click(screen.getByRole('button', { name: 'Send me a link' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Please wait a little');
  });
});

describe('Reset password (the link)', () => {
  const preview = () => answer(PasswordResetQueryDocument, { passwordReset: { personName: 'Sam Rivera', email: 'sam@example.org', organizationName: 'Riverbend' } });

  it('names the account, checks the new password with the shared rule and meter, saves it and sends the person to sign in', async () => {
    const api = stubGraphQL({ PasswordReset: preview, ResetPassword: () => answer(ResetPasswordMutationDocument, { resetPassword: true }) });
    const { user } = renderApp(`/reset-password/${TOKEN}`);
    expect(await screen.findByRole('heading', { name: 'Choose a new password, Sam Rivera' })).toBeInTheDocument();
    expect(api.callsOf('PasswordReset')[0]?.variables).toEqual({ token: TOKEN });

    await user.type(screen.getByLabelText('New password'), 'aaaaaaaaaaaa');
    await user.click(screen.getByRole('button', { name: 'Save new password' }));
    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(new RegExp(PASSWORD_MESSAGES.tooSimple.slice(0, 30)));
    expect(api.callsOf('ResetPassword')).toHaveLength(0);

    await user.clear(screen.getByLabelText('New password'));
    await user.type(screen.getByLabelText('New password'), 'plum river lantern walk');
    expect(await screen.findByRole('meter', { name: 'Password strength' })).toHaveAttribute('aria-valuetext', expect.stringMatching(/strong/i));
    await user.type(screen.getByLabelText('Confirm password'), 'plum river lantern walk');
    await user.click(screen.getByRole('button', { name: 'Save new password' }));

    expect(await screen.findByRole('heading', { name: 'Your password has been changed' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to sign in' })).toHaveAttribute('href', '/sign-in');
    expect(api.callsOf('ResetPassword')[0]?.variables).toEqual({ input: { token: TOKEN, password: 'plum river lantern walk' } });
  });

  it('explains a used or expired link and offers a new one', async () => {
    stubGraphQL({ PasswordReset: () => gqlError('NOT_FOUND', 'Password reset link (it may have been used or expired) not found') });
    renderApp(`/reset-password/${TOKEN}`);
    expect(await screen.findByRole('heading', { name: 'This link can’t be used any more' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('expire after 60 minutes');
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/forgot-password');
  });
});
