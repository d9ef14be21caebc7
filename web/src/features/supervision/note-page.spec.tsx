import { screen, waitFor, within } from '@testing-library/react';
import type { Role } from '@tandem/shared';
import { answer, stubGraphQL, type GraphQLResponseStub } from '../../test/graphql-stub';
import {
  AmendSupervisionNoteMutationDocument, FinalizeSupervisionNoteMutationDocument, RecordSupervisionNoteMutationDocument, SignSupervisionNoteMutationDocument,
  SupervisionDriftCodesQueryDocument, SupervisionNoteQueryDocument, UpdateSupervisionActionItemMutationDocument,
} from './notes.graphql';
import { SupervisionOccurrenceQueryDocument } from './supervision.graphql';
import { meResponse, renderApp } from '../../test/render-app';
import { actionItemFixture, agendaResponse, DRIFT_CODES, noteFixture, occurrenceFixture, reflectionResponse, SUPERVISEE, SUPERVISOR } from './testing/fixtures';
import type { Note } from './use-notes';

const WAIT = { timeout: 10_000 };
const OCCURRENCE = occurrenceFixture({ status: 'COMPLETED' });
const PATH = `/supervision/occurrences/${OCCURRENCE.id}`;

type Handler = (variables: Record<string, unknown>) => GraphQLResponseStub | Promise<GraphQLResponseStub>;

/** The session page's API, with a note that saving and signing really change. */
function stubNotePage(start: Note, as: 'SUPERVISOR' | 'SUPERVISEE', handlers: Record<string, Handler> = {}) {
  const state = { note: start };
  const who = as === 'SUPERVISOR' ? SUPERVISOR : SUPERVISEE;
  const roles: Role[] = as === 'SUPERVISOR' ? ['SUPERVISOR'] : ['STAFF'];
  const api = stubGraphQL({
    Me: () => meResponse(roles, { id: who.id, name: who.name }),
    SupervisionOccurrence: () => answer(SupervisionOccurrenceQueryDocument, {
      supervisionOccurrence: { ...OCCURRENCE, note: { id: state.note.id, status: state.note.status, version: state.note.version, lockedAt: state.note.lockedAt, openActionItemCount: 0 } },
    }),
    SupervisionNote: () => answer(SupervisionNoteQueryDocument, { supervisionNote: state.note }),
    SupervisionAgenda: () => agendaResponse(),
    SupervisionDriftCodes: () => answer(SupervisionDriftCodesQueryDocument, { supervisionDriftCodes: DRIFT_CODES }),
    ReflectLanguage: (v) => reflectionResponse(String(v.text)),
    RecordSupervisionNote: (v) => {
      const { noteId: _n, version: _v, occurrenceId: _o, superviseeReflection, ...fields } = v.input as Record<string, unknown>;
      const reflections = superviseeReflection === undefined ? state.note.reflections : state.note.reflections.map((r) => (r.superviseeId === who.id ? { ...r, reflection: String(superviseeReflection), signedAt: null } : r));
      state.note = { ...state.note, ...(fields as Partial<Note>), reflections, version: state.note.version + 1 };
      return answer(RecordSupervisionNoteMutationDocument, { recordSupervisionNote: state.note });
    },
    SignSupervisionNote: () => {
      const now = '2026-03-04T09:00:00.000Z';
      const reflections = as === 'SUPERVISEE' ? state.note.reflections.map((r) => ({ ...r, signedAt: now })) : state.note.reflections;
      const supervisorSignedAt = as === 'SUPERVISOR' ? now : state.note.supervisorSignedAt;
      const locked = !!supervisorSignedAt && reflections.every((r) => r.signedAt);
      state.note = {
        ...state.note, reflections, supervisorSignedAt, supervisorSignedBy: supervisorSignedAt ? SUPERVISOR : null, version: state.note.version + 1,
        status: locked ? 'LOCKED' : as === 'SUPERVISOR' ? 'SIGNED_BY_SUPERVISOR' : 'SIGNED_BY_SUPERVISEE', lockedAt: locked ? now : null,
      };
      return answer(SignSupervisionNoteMutationDocument, { signSupervisionNote: state.note });
    },
    FinalizeSupervisionNote: () => {
      state.note = { ...state.note, finalizedAt: '2026-03-04T08:00:00.000Z', version: state.note.version + 1 };
      return answer(FinalizeSupervisionNoteMutationDocument, { finalizeSupervisionNote: state.note });
    },
    AmendSupervisionNote: (v) => {
      const input = v.input as { text: string };
      state.note = { ...state.note, amendments: [...state.note.amendments, { id: 'am-1', text: input.text, createdAt: '2026-03-05T10:00:00.000Z', author: who }] };
      return answer(AmendSupervisionNoteMutationDocument, { amendSupervisionNote: state.note });
    },
    ...handlers,
  });
  return { api, state };
}

describe('The session note (supervisor)', () => {
  it('shows gentle language hints beside the text: a hit marked with an idea, a set-aside one greyed with its reason', async () => {
    const { api } = stubNotePage(noteFixture({ supervisorNote: '' }), 'SUPERVISOR');
    const { user } = renderApp(PATH);
    expect(await screen.findByRole('heading', { level: 1, name: 'Supervision with Jordan Lee' })).toBeInTheDocument();
    // The agenda brings dashboard actions and recent drift codes.
    const agenda = await screen.findByRole('region', { name: 'Agenda with Jordan Lee' });
    expect(await within(agenda).findByText('Talk about sharing decisions')).toBeInTheDocument();
    expect(within(agenda).getByText('From the drift dashboard')).toBeInTheDocument();
    expect(within(agenda).getByText(/H1 Expert stance, advice-giving · 2×/)).toBeInTheDocument();

    await user.type(screen.getByLabelText(/^Supervisor note/), 'She was non-compliant with her meds. I did not write "patient".');
    const hints = screen.getByRole('complementary', { name: 'Wording reflection on your note' });
    const mark = await within(hints).findByText('non-compliant', { selector: 'mark' }, WAIT);
    expect(mark.closest('li')).toHaveClass('hint--drift');
    expect(within(hints).getByText(/You might try: Describe what the person decided/)).toBeInTheDocument();
    const quoted = within(hints).getByText('patient', { selector: 'mark' }).closest('li')!;
    expect(quoted).toHaveClass('hint--suppressed');
    expect(within(quoted).getByText('Set aside: quoted')).toBeInTheDocument();
    expect(within(quoted).getByText(/You might try: The person, or their name/)).toBeInTheDocument();
    expect(within(hints).getByRole('status')).toHaveTextContent('1 phrase might read differently to the person you work with.');

    // Never blocking: the draft saves with the version it read.
    await waitFor(() => expect(api.callsOf('RecordSupervisionNote').length).toBeGreaterThan(0), WAIT);
    expect(api.callsOf('RecordSupervisionNote')[0]!.variables.input).toMatchObject({ noteId: 'note-1', version: 3, supervisorNote: expect.stringContaining('non-compliant') });
    expect(await screen.findByText(/^Saved \d{2}:\d{2}$/, {}, WAIT)).toBeInTheDocument();
  });

  it('adds an action item to the draft', async () => {
    const { api } = stubNotePage(noteFixture(), 'SUPERVISOR');
    const { user } = renderApp(PATH);
    await user.click(await screen.findByRole('button', { name: 'Add an action' }));
    await user.type(screen.getByLabelText('What'), 'Try asking before advising');
    await user.selectOptions(screen.getByLabelText('Dimension (optional)'), 'D1');
    await waitFor(() => expect(api.callsOf('RecordSupervisionNote').length).toBeGreaterThan(0), WAIT);
    await waitFor(() => {
      const last = api.callsOf('RecordSupervisionNote').at(-1)!.variables.input as { actionItems?: unknown[] };
      expect(last.actionItems).toEqual([{ description: 'Try asking before advising', ownerId: SUPERVISEE.id, dueOn: null, dimension: 'D1' }]);
    }, WAIT);
  });

  it('signs; when the supervisee has signed too the note locks, reads only, and takes amendments', async () => {
    const { api } = stubNotePage(
      noteFixture({
        status: 'SIGNED_BY_SUPERVISEE', finalizedAt: '2026-03-03T17:00:00.000Z',
        reflections: [{ superviseeId: SUPERVISEE.id, supervisee: SUPERVISEE, reflection: 'I want to slow down.', signedAt: '2026-03-03T18:00:00.000Z' }],
      }),
      'SUPERVISOR',
    );
    const { user } = renderApp(PATH);
    await user.click(await screen.findByRole('button', { name: 'Counter-sign' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Sign this note?' });
    expect(dialog).toHaveTextContent(/session with Jordan Lee on .*including their reflection.*the note is locked/);
    expect(api.callsOf('SignSupervisionNote')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Sign' }));
    await waitFor(() => expect(api.callsOf('SignSupervisionNote')).toHaveLength(1));
    expect(api.callsOf('SignSupervisionNote')[0]!.variables.input).toEqual({ noteId: 'note-1', version: 3 });
    const locked = await screen.findByRole('region', { name: 'Session note' });
    expect(await within(locked).findByText('Signed by both · locked')).toBeInTheDocument();
    expect(screen.queryByLabelText(/^Supervisor note/)).not.toBeInTheDocument();
    expect(screen.getByText('We talked about the week.')).toBeInTheDocument();
    expect(screen.getByText('I want to slow down.')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Signatures' })).toHaveTextContent(/Sam Okafor \(supervisor\): signed/);

    await user.click(screen.getByRole('button', { name: 'Add an amendment' }));
    await user.type(screen.getByLabelText('Amendment'), 'The date of the next review is 12 March.');
    await user.click(screen.getByRole('button', { name: 'Add the amendment' }));
    await waitFor(() => expect(api.callsOf('AmendSupervisionNote')).toHaveLength(1));
    expect(await screen.findByText('The date of the next review is 12 March.')).toBeInTheDocument();
  });

  it('on a version conflict reloads the note, keeps what was typed and says so — nothing is lost', async () => {
    let conflicted = false;
    const { api, state } = stubNotePage(noteFixture(), 'SUPERVISOR', {
      RecordSupervisionNote: (v) => {
        if (!conflicted) {
          conflicted = true;
          // Someone else saved meanwhile.
          state.note = { ...state.note, version: 7, strengths: 'Changed in another tab.' };
          return { data: null, errors: [{ message: 'This note was changed elsewhere.', extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' } }] };
        }
        const input = v.input as { supervisorNote?: string };
        state.note = { ...state.note, supervisorNote: input.supervisorNote ?? state.note.supervisorNote, version: state.note.version + 1 };
        return answer(RecordSupervisionNoteMutationDocument, { recordSupervisionNote: state.note });
      },
    });
    const { user } = renderApp(PATH);
    const noteField = await screen.findByLabelText(/^Supervisor note/);
    await user.type(noteField, ' Jordan led the agenda.');
    expect(await screen.findByText(/This note was also changed somewhere else/, {}, WAIT)).toHaveTextContent(
      'kept your unsaved changes to the supervisor note — nothing is lost.',
    );
    await waitFor(() => expect(api.callsOf('RecordSupervisionNote')).toHaveLength(2), WAIT);
    expect(api.callsOf('RecordSupervisionNote')[1]!.variables.input).toMatchObject({ noteId: 'note-1', version: 7, supervisorNote: 'We talked about the week. Jordan led the agenda.' });
    expect(screen.getByLabelText(/^Strengths/)).toHaveValue('Changed in another tab.');
    expect(screen.getByLabelText(/^Supervisor note/)).toHaveValue('We talked about the week. Jordan led the agenda.');
  });
});

describe('The supervisee’s reflect-and-sign view', () => {
  it('reads the note, marks an action done, writes a reflection with the same gentle hints, signs and sees the lock', async () => {
    const { api } = stubNotePage(
      noteFixture({
        viewerParty: 'SUPERVISEE', status: 'SIGNED_BY_SUPERVISOR', supervisorSignedAt: '2026-03-03T17:00:00.000Z', supervisorSignedBy: SUPERVISOR,
        finalizedAt: '2026-03-03T17:00:00.000Z', signingOrder: 'EITHER', actionItems: [actionItemFixture()],
      }),
      'SUPERVISEE',
      { UpdateSupervisionActionItem: () => (answer(UpdateSupervisionActionItemMutationDocument, { updateActionItem: actionItemFixture({ status: 'DONE' }) })) },
    );
    const { user } = renderApp(PATH);
    expect(await screen.findByRole('heading', { level: 1, name: 'Supervision with Sam Okafor' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Sam Okafor’s note' })).toBeInTheDocument();
    expect(screen.getByText('We talked about the week.')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Sam Okafor’s note' })).getByText('Signed by supervisor')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Mark done.*Ask what would help/ }));
    await waitFor(() => expect(api.callsOf('UpdateSupervisionActionItem')).toHaveLength(1));
    expect(api.callsOf('UpdateSupervisionActionItem')[0]!.variables.input).toEqual({ actionItemId: 'ai-1', status: 'DONE' });

    await user.type(screen.getByRole('textbox', { name: /^Your reflection on the session/ }), 'I noticed I said "patient" out of habit.');
    const hints = screen.getByRole('complementary', { name: 'Wording reflection on your reflection' });
    expect(await within(hints).findByText('Set aside: quoted', {}, WAIT)).toBeInTheDocument();
    await waitFor(() => expect(api.callsOf('RecordSupervisionNote').length).toBeGreaterThan(0), WAIT);
    expect(api.callsOf('RecordSupervisionNote')[0]!.variables.input).toEqual({ noteId: 'note-1', version: 3, superviseeReflection: 'I noticed I said "patient" out of habit.' });

    await user.click(screen.getByRole('button', { name: 'Sign' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Sign this note?' });
    expect(dialog).toHaveTextContent(/signing Sam Okafor’s note of your session on .*with your reflection as it is now/);
    await user.click(within(dialog).getByRole('button', { name: 'Sign' }));
    await waitFor(() => expect(api.callsOf('SignSupervisionNote')).toHaveLength(1));
    expect(api.callsOf('SignSupervisionNote')[0]!.variables.input).toEqual({ noteId: 'note-1', version: 4 });
    expect(await within(await screen.findByRole('region', { name: 'Session note' })).findByText('Signed by both · locked')).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /^Your reflection on the session/ })).not.toBeInTheDocument();
    expect(screen.getByText('I noticed I said "patient" out of habit.')).toBeInTheDocument();
  });
});

describe('Safe signing order', () => {
  it('the supervisor finalises first, confirming what that means; counter-signing waits for the supervisee', async () => {
    const { api } = stubNotePage(noteFixture(), 'SUPERVISOR');
    const { user } = renderApp(PATH);
    await user.click(await screen.findByRole('button', { name: 'Finalise for signing' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Finalise this note?' });
    expect(dialog).toHaveTextContent(/Jordan Lee will be asked to read it, add a reflection and sign/);
    await user.click(within(dialog).getByRole('button', { name: 'Finalise' }));
    await waitFor(() => expect(api.callsOf('FinalizeSupervisionNote')).toHaveLength(1));
    expect(api.callsOf('FinalizeSupervisionNote')[0]!.variables.input).toEqual({ noteId: 'note-1', version: 3 });
    expect(await screen.findByText('Waiting for Jordan Lee to reflect and sign. You can counter-sign after that.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign as supervisor' })).toBeDisabled();
    expect(api.callsOf('SignSupervisionNote')).toHaveLength(0);
  });

  it('a supervisee cannot sign while the supervisor is still writing', async () => {
    stubNotePage(noteFixture({ viewerParty: 'SUPERVISEE' }), 'SUPERVISEE');
    renderApp(PATH);
    expect(await screen.findByText('You can sign once Sam Okafor has finalised the note.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign' })).toBeDisabled();
  });

  it('says whose signature a change withdrew, and when', async () => {
    stubNotePage(noteFixture({
      viewerParty: 'SUPERVISEE',
      signatureWithdrawals: [
        { kind: 'FINALIZED', signedAt: '2026-03-03T17:00:00.000Z', withdrawnAt: '2026-03-04T10:00:00.000Z', person: SUPERVISOR, changedBy: SUPERVISOR },
        { kind: 'SUPERVISEE_SIGNATURE', signedAt: '2026-03-03T18:00:00.000Z', withdrawnAt: '2026-03-04T10:00:00.000Z', person: SUPERVISEE, changedBy: SUPERVISOR },
      ],
    }), 'SUPERVISEE');
    renderApp(PATH);
    const list = await screen.findByRole('list', { name: 'Withdrawn signatures' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(list).toHaveTextContent(/Jordan Lee’s signature was withdrawn because the note changed on .*2026.* \(a change by Sam Okafor\)\. It had been signed on/);
  });
});
