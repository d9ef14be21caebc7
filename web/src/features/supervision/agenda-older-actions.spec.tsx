import { screen, within } from '@testing-library/react';
import { answer, stubGraphQL } from '../../test/graphql-stub';
import { SupervisionAgendaQueryDocument, SupervisionDriftCodesQueryDocument, SupervisionNoteQueryDocument } from './notes.graphql';
import { SupervisionOccurrenceQueryDocument } from './supervision.graphql';
import { meResponse, renderApp } from '../../test/render-app';
import { agendaResponse, DRIFT_CODES, noteFixture, occurrenceFixture, reflectionResponse, SUPERVISOR } from './testing/fixtures';

const OCCURRENCE = occurrenceFixture({ status: 'COMPLETED' });

describe('Agenda: long-overdue actions', () => {
  it('says how many older open actions are left off the agenda, why, and where they are', async () => {
    const note = noteFixture();
    const agenda = agendaResponse();
    stubGraphQL({
      Me: () => meResponse(['SUPERVISOR'], { id: SUPERVISOR.id, name: SUPERVISOR.name }),
      SupervisionOccurrence: () => answer(SupervisionOccurrenceQueryDocument, { supervisionOccurrence: { ...OCCURRENCE, note: { id: note.id, status: note.status, version: note.version, lockedAt: note.lockedAt, openActionItemCount: 0 } } }),
      SupervisionNote: () => answer(SupervisionNoteQueryDocument, { supervisionNote: note }),
      SupervisionAgenda: () => answer(SupervisionAgendaQueryDocument, { supervisionAgenda: { ...agenda.data.supervisionAgenda, olderOpenActionCount: 2 } }),
      SupervisionDriftCodes: () => answer(SupervisionDriftCodesQueryDocument, { supervisionDriftCodes: DRIFT_CODES }),
      ReflectLanguage: (v) => reflectionResponse(String(v.text)),
    });
    renderApp(`/supervision/occurrences/${OCCURRENCE.id}`);
    const region = await screen.findByRole('region', { name: 'Agenda with Jordan Lee' }, { timeout: 10_000 });
    expect(await within(region).findByText(/2 older open actions are not shown/)).toHaveTextContent('until 60 days past their due date');
    expect(within(region).getByRole('link', { name: 'Overdue actions' })).toHaveAttribute('href', '/actions?overdue=1');
  });
});
