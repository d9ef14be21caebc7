import { screen, waitFor } from '@testing-library/react';
import { answer, gqlError, stubGraphQL, type GraphQLResponseStub } from '../../test/graphql-stub';
import type { OrganizationQuery } from '../../gql/graphql';
import { OrganizationQueryDocument, UpdateOrganizationMutationDocument } from './settings.graphql';
import { meResponse, renderApp } from '../../test/render-app';

const organization: OrganizationQuery['organization'] = {
  id: 'org-1', name: 'Riverbend Recovery Collaborative', managersReadNotes: false, noteSigningOrder: 'SUPERVISEES_FIRST', createdAt: '2025-03-02T12:00:00.000Z',
};

const saved = (input: Record<string, unknown>): GraphQLResponseStub => answer(UpdateOrganizationMutationDocument, { updateOrganization: { ...organization, ...(input as Partial<OrganizationQuery['organization']>) } });

function stubSettings(update: (input: Record<string, unknown>) => GraphQLResponseStub = saved) {
  return stubGraphQL({
    Me: () => meResponse(['ADMIN']),
    Organization: () => answer(OrganizationQueryDocument, { organization }),
    UpdateOrganization: (v) => update(v.input as Record<string, unknown>),
  });
}

describe('Organisation settings', () => {
  it('shows the signing order in force and saves a change to it with the other settings', async () => {
    const api = stubSettings();
    const { user } = renderApp('/settings');
    const recommended = await screen.findByRole('radio', { name: /supervisee signs, then the supervisor counter-signs/ });
    expect(recommended).toBeChecked();
    const save = screen.getByRole('button', { name: 'Save settings' });
    expect(save).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: /supervisor may sign as soon as the note is finalised/ }));
    expect(save).toBeEnabled();
    await user.click(save);
    await waitFor(() => expect(api.callsOf('UpdateOrganization')).toHaveLength(1));
    expect(api.callsOf('UpdateOrganization')[0]!.variables.input).toEqual({
      name: 'Riverbend Recovery Collaborative', managersReadNotes: false, noteSigningOrder: 'EITHER',
    });
    expect(await screen.findByText('Organisation settings saved')).toBeInTheDocument();
  });

  it('keeps the choice on screen and says why when the server refuses it', async () => {
    stubSettings(() => gqlError('FORBIDDEN', 'Only an admin can change organisation settings'));
    const { user } = renderApp('/settings');
    await user.click(await screen.findByRole('radio', { name: /supervisor may sign as soon as the note is finalised/ }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('Settings weren’t saved')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /supervisor may sign as soon as the note is finalised/ })).toBeChecked();
  });
});
