import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { answer, stubGraphQL, type GraphQLResponseStub } from '../../test/graphql-stub';
import { ImportRosterMutationDocument } from './roster.graphql';
import { meResponse, renderApp } from '../../test/render-app';

const CSV_WITH_BAD_ROW = [
  'name,email,team,roles,supervisor email',
  'Sam Rivera,sam@example.org,Northside Peers,staff,',
  'Kim Lee,kim@example.org,Moonbase,staff,',
  'Ola Berg,ola@example.org,Northside Peers,supervisor,',
].join('\n');

type Row = { line: number; name: string; email: string; team: string; action: string; errors: string[]; invited?: boolean };

function importResult(rows: Row[], dryRun: boolean): GraphQLResponseStub {
  const count = (action: string) => rows.filter((r) => r.action === action).length;
  return answer(ImportRosterMutationDocument, {
    importRoster: {
      dryRun,
      applied: !dryRun,
      totalRows: rows.length,
      createCount: count('CREATE'),
      updateCount: count('UPDATE'),
      errorCount: count('ERROR'),
      fileErrors: [],
      rows: rows.map((r) => ({ roles: ['STAFF' as const], supervisorEmail: '', invited: false, ...r })),
    },
  });
}

const sam: Row = { line: 2, name: 'Sam Rivera', email: 'sam@example.org', team: 'Northside Peers', action: 'CREATE', errors: [] };
const kim: Row = { line: 3, name: 'Kim Lee', email: 'kim@example.org', team: 'Moonbase', action: 'ERROR', errors: ['Team "Moonbase" does not exist'] };
const ola: Row = { line: 4, name: 'Ola Berg', email: 'ola@example.org', team: 'Northside Peers', action: 'UPDATE', errors: [] };

describe('Roster import', () => {
  it('shows each row’s problems, blocks the import until they are gone, then imports and points to the invitations in the Outbox', async () => {
    const api = stubGraphQL({
      Me: () => meResponse(['ADMIN']),
      ImportRoster: (v) => {
        const { csv, dryRun } = v.input as { csv: string; dryRun: boolean };
        if (csv.includes('Moonbase')) return importResult([sam, kim, { ...ola, line: 4 }], dryRun);
        if (dryRun) return importResult([sam, { ...ola, line: 3 }], true);
        return importResult([{ ...sam, invited: true }, { ...ola, line: 3 }], false);
      },
    });
    const { user } = renderApp('/people/import');

    const textarea = await screen.findByLabelText('Roster (CSV)');
    fireEvent.change(textarea, { target: { value: CSV_WITH_BAD_ROW } });
    expect(screen.getByText('3 rows after the header')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Preview' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('1 row needs fixing before anything is imported');
    expect(summary).toHaveTextContent('3 rows checked: 1 new, 1 updated, 1 with errors');
    expect(api.callsOf('ImportRoster')[0]?.variables).toEqual({ input: { csv: CSV_WITH_BAD_ROW, dryRun: true } });

    const table = screen.getByRole('table', { name: 'Preview of the import' });
    const kimRow = within(table).getByRole('row', { name: /Kim Lee/ });
    expect(kimRow).toHaveClass('table-row--error');
    expect(within(kimRow).getByRole('list', { name: 'Problems on line 3' })).toHaveTextContent('Team "Moonbase" does not exist');
    const samRow = within(table).getByRole('row', { name: /Sam Rivera/ });
    expect(samRow).not.toHaveClass('table-row--error');
    expect(within(samRow).queryByRole('list')).not.toBeInTheDocument();
    expect(within(samRow).getByText('New')).toBeInTheDocument();

    const importButton = screen.getByRole('button', { name: 'Import 3 people' });
    expect(importButton).toBeDisabled();

    // Removing the bad row edits the text and previews again.
    await user.click(within(kimRow).getByRole('button', { name: /Remove row 3/ }));
    await screen.findByText('Ready to import');
    expect(screen.getByLabelText('Roster (CSV)')).not.toHaveValue(expect.stringContaining('Moonbase'));
    expect((screen.getByLabelText('Roster (CSV)') as HTMLTextAreaElement).value.split('\n')).toHaveLength(3);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    const ready = screen.getByRole('button', { name: 'Import 2 people' });
    expect(ready).toBeEnabled();
    await user.click(ready);

    expect(await screen.findByText('Imported 2 people')).toBeInTheDocument();
    const applied = api.callsOf('ImportRoster').at(-1);
    expect(applied?.variables).toEqual({ input: { csv: expect.not.stringContaining('Moonbase'), dryRun: false } });
    const invitations = screen.getByRole('region', { name: 'Invitations' });
    expect(invitations).toHaveTextContent('1 invitation has been written, one to each new person');
    expect(within(invitations).getByRole('link', { name: 'Outbox' })).toHaveAttribute('href', '/outbox?kind=INVITATION');
    expect(screen.queryByText(/\/invite\//)).not.toBeInTheDocument();
  });

  it('asks for a fresh preview when the text changes after one', async () => {
    stubGraphQL({
      Me: () => meResponse(['ADMIN']),
      ImportRoster: () => importResult([sam], true),
    });
    const { user } = renderApp('/people/import');
    const textarea = await screen.findByLabelText('Roster (CSV)');
    fireEvent.change(textarea, { target: { value: 'name,email\nSam Rivera,sam@example.org' } });
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    expect(await screen.findByRole('button', { name: 'Import 1 person' })).toBeEnabled();

    fireEvent.change(textarea, { target: { value: 'name,email\nSam Rivera,sam@example.org\nKim Lee,kim@example.org' } });
    expect(screen.getByText('The roster changed since this preview')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
  });

  it('shows an indeterminate progress bar while the server checks the rows', async () => {
    let reply: (value: GraphQLResponseStub) => void = () => undefined;
    stubGraphQL({
      Me: () => meResponse(['ADMIN']),
      ImportRoster: () => new Promise<GraphQLResponseStub>((resolve) => (reply = resolve)),
    });
    const { user } = renderApp('/people/import');
    fireEvent.change(await screen.findByLabelText('Roster (CSV)'), { target: { value: CSV_WITH_BAD_ROW } });
    await user.click(screen.getByRole('button', { name: 'Preview' }));

    const bar = await screen.findByRole('progressbar', { name: /Checking the roster/ });
    expect(bar).not.toHaveAttribute('aria-valuenow');
    expect(screen.getByText('Checking 3 rows…')).toBeInTheDocument();

    reply(importResult([sam], true));
    await waitFor(() => expect(screen.queryByRole('progressbar')).not.toBeInTheDocument());
  });

  it('reads a chosen file into the editor, with progress', async () => {
    stubGraphQL({ Me: () => meResponse(['ADMIN']) });
    const { user } = renderApp('/people/import');
    const input = await screen.findByLabelText('Roster CSV file');
    const file = new File(['name,email\nSam Rivera,sam@example.org\n'], 'team.csv', { type: 'text/csv' });

    await user.upload(input, file);

    await waitFor(() => expect(screen.getByLabelText('Roster (CSV)')).toHaveValue('name,email\nSam Rivera,sam@example.org\n'));
    expect(screen.getByText('From team.csv')).toBeInTheDocument();
  });

  it('refuses files that are not CSV', async () => {
    stubGraphQL({ Me: () => meResponse(['ADMIN']) });
    renderApp('/people/import');
    const input = await screen.findByLabelText('Roster CSV file');
    // As if dropped or chosen past the picker's filter.
    fireEvent.change(input, { target: { files: [new File(['x'], 'roster.xlsx', { type: 'application/vnd.ms-excel' })] } });
    expect(await screen.findByRole('alert')).toHaveTextContent('“roster.xlsx” isn’t a CSV file');
  });

  it('is for administrators only', async () => {
    stubGraphQL({ Me: () => meResponse(['SUPERVISOR']) });
    renderApp('/people/import');
    expect(await screen.findByText('This page isn’t part of your role')).toBeInTheDocument();
    expect(screen.queryByLabelText('Roster (CSV)')).not.toBeInTheDocument();
  });
});
