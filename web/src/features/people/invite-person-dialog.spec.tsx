import { TEXT_LIMITS, tooLongMessage } from '@tandem/shared';
import { screen, within } from '@testing-library/react';
import { answer, gqlError, stubGraphQL, type GraphQLResponseStub } from '../../test/graphql-stub';
import { TeamOptionsQueryDocument } from '../teams/teams.graphql';
import { InvitePersonMutationDocument, PeopleQueryDocument, SupervisorOptionsQueryDocument } from './people.graphql';
import { meResponse, renderApp } from '../../test/render-app';

const people = answer(PeopleQueryDocument, {
  people: {
    totalCount: 1,
    items: [
      {
        id: 'p-1', name: 'Dana Whitfield', email: 'dana@example.org', jobTitle: 'Peer supervisor', roles: ['SUPERVISOR', 'STAFF'],
        active: true, invitationPending: false, team: { id: 'team-1', name: 'Northside Peers' }, supervisor: null,
      },
    ],
  },
});
const teamOptions = answer(TeamOptionsQueryDocument, {
  programs: [
    { id: 'program-1', name: 'Community Peer Support' },
    { id: 'program-2', name: 'Hospital Bridge' },
  ],
  teams: [
    { id: 'team-1', name: 'Northside Peers', programId: 'program-1' },
    { id: 'team-2', name: 'Harbor House', programId: 'program-1' },
  ],
});
const supervisors = answer(SupervisorOptionsQueryDocument, {
  people: {
    totalCount: 2,
    items: [
      { id: 'p-1', name: 'Dana Whitfield', active: true, team: { id: 'team-1', name: 'Northside Peers' } },
      { id: 'p-9', name: 'Former Supervisor', active: false, team: null },
    ],
  },
});

function stubPeoplePage(invite: () => GraphQLResponseStub = () => answer(InvitePersonMutationDocument, {
  invitePerson: { person: { id: 'p-new', name: 'Sam Rivera', email: 'sam@example.org' } },
})) {
  return stubGraphQL({
    Me: () => meResponse(['ADMIN']),
    People: () => people,
    TeamOptions: () => teamOptions,
    SupervisorOptions: () => supervisors,
    InvitePerson: invite,
  });
}

describe('Invite person dialog', () => {
  it('checks the form, sends roles, team and supervisor, and says the invitation is in the person’s Outbox message (no link on screen)', async () => {
    const api = stubPeoplePage();
    const { user } = renderApp('/people');
    await user.click(await screen.findByRole('button', { name: 'Invite person' }));
    const dialog = screen.getByRole('dialog', { name: 'Invite a person' });

    await user.click(within(dialog).getByRole('button', { name: 'Add and send invitation' }));
    expect(within(dialog).getByLabelText('Name')).toHaveAccessibleDescription(/Enter the person’s name/);
    expect(within(dialog).getByLabelText('E-mail')).toHaveAccessibleDescription(/Enter their e-mail address/);
    expect(within(dialog).getByLabelText('Name')).toHaveFocus();
    expect(api.callsOf('InvitePerson')).toHaveLength(0);

    await user.type(within(dialog).getByLabelText('Name'), 'Sam Rivera');
    await user.type(within(dialog).getByLabelText('E-mail'), 'sam@example.org');
    // Peer specialist is ticked by default; add Program manager limited to one program.
    expect(within(dialog).getByRole('checkbox', { name: 'Peer specialist' })).toBeChecked();
    expect(within(dialog).queryByRole('group', { name: 'Programs this manager oversees' })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Program manager' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Hospital Bridge' }));
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /^Team/ }), 'Harbor House');
    const supervisorSelect = within(dialog).getByRole('combobox', { name: /^Supervisor/ });
    expect(within(supervisorSelect).queryByRole('option', { name: /Former Supervisor/ })).not.toBeInTheDocument();
    await user.selectOptions(supervisorSelect, 'Dana Whitfield (Northside Peers)');
    await user.click(within(dialog).getByRole('button', { name: 'Add and send invitation' }));

    const done = await screen.findByRole('dialog', { name: 'Sam Rivera has been added' });
    expect(api.callsOf('InvitePerson')[0]?.variables).toEqual({
      input: {
        name: 'Sam Rivera', email: 'sam@example.org', roles: ['STAFF', 'PROGRAM_MANAGER'], managedProgramIds: ['program-2'],
        teamId: 'team-2', supervisorId: 'p-1',
      },
    });
    expect(within(done).getByRole('status')).toHaveTextContent('An invitation to set a password and sign in has been written to Sam Rivera');
    expect(within(done).getByRole('link', { name: 'Outbox' })).toHaveAttribute('href', '/outbox?recipient=p-new');
    expect(within(done).queryByText(/\/invite\//)).not.toBeInTheDocument();
    expect(within(done).queryByRole('button', { name: /Copy link/ })).not.toBeInTheDocument();
  });

  it('puts a duplicate e-mail message on the e-mail field', async () => {
    stubPeoplePage(() => gqlError('CONFLICT', 'Someone with this e-mail address already has an account'));
    const { user } = renderApp('/people?invite=1');
    const dialog = await screen.findByRole('dialog', { name: 'Invite a person' });
    await user.type(within(dialog).getByLabelText('Name'), 'Dana Again');
    await user.type(within(dialog).getByLabelText('E-mail'), 'dana@example.org');
    await user.click(within(dialog).getByRole('button', { name: 'Add and send invitation' }));
    expect(await within(dialog).findByText('Someone with this e-mail address already has an account')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('E-mail')).toHaveAccessibleDescription(/already has an account/);
  });

  it('caps each text at the API’s limit and shows the API’s field messages beside their fields', async () => {
    stubPeoplePage(() => ({
      data: null,
      errors: [{
        message: `${tooLongMessage(TEXT_LIMITS.jobTitle)}; Enter a valid e-mail address`,
        extensions: { code: 'BAD_USER_INPUT', fieldErrors: { jobTitle: tooLongMessage(TEXT_LIMITS.jobTitle), email: 'Enter a valid e-mail address' } },
      }],
    }));
    const { user } = renderApp('/people?invite=1');
    const dialog = await screen.findByRole('dialog', { name: 'Invite a person' });
    expect(within(dialog).getByLabelText('Name')).toHaveAttribute('maxLength', String(TEXT_LIMITS.personName));
    expect(within(dialog).getByLabelText('E-mail')).toHaveAttribute('maxLength', String(TEXT_LIMITS.email));
    expect(within(dialog).getByLabelText(/^Job title/)).toHaveAttribute('maxLength', String(TEXT_LIMITS.jobTitle));
    await user.type(within(dialog).getByLabelText('Name'), 'Sam Rivera');
    await user.type(within(dialog).getByLabelText('E-mail'), 'sam@example.org');
    await user.click(within(dialog).getByRole('button', { name: 'Add and send invitation' }));
    await within(dialog).findByRole('alert');
    expect(within(dialog).getByLabelText(/^Job title/)).toHaveAccessibleDescription(/Use at most 120 characters\./);
    expect(within(dialog).getByLabelText('E-mail')).toHaveAccessibleDescription(/Enter a valid e-mail address/);
  });

  it('closes with Escape and gives focus back to the button that opened it', async () => {
    stubPeoplePage();
    const { user, location } = renderApp('/people');
    const opener = await screen.findByRole('button', { name: 'Invite person' });
    await user.click(opener);
    expect(screen.getByRole('dialog', { name: 'Invite a person' })).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(location().search).toBe('');
  });

  it('keeps Tab inside the dialog', async () => {
    stubPeoplePage();
    const { user } = renderApp('/people?invite=1');
    const dialog = await screen.findByRole('dialog', { name: 'Invite a person' });
    const submit = within(dialog).getByRole('button', { name: 'Add and send invitation' });
    submit.focus();
    await user.tab();
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(submit).toHaveFocus();
  });
});
