import { MUTUALITY_FIDELITY_V1, type InstrumentDefinition } from '@tandem/shared';
import { screen, waitFor, within } from '@testing-library/react';
import { answer, stubGraphQL, type OperationHandler } from '../../test/graphql-stub';
import { InstrumentEditorQueryDocument, InstrumentPublishedQueryDocument, MoveInstrumentItemMutationDocument, RetireInstrumentItemMutationDocument, UpdateInstrumentItemMutationDocument } from './instruments.graphql';
import { meResponse, renderApp } from '../../test/render-app';
import type { InstrumentVersionFields } from './use-instruments';

function versionOf(def: InstrumentDefinition, status: 'DRAFT' | 'PUBLISHED', problems: string[] = []): InstrumentVersionFields {
  return {
    id: `v-${def.version}`, version: def.version, status, publishedAt: status === 'PUBLISHED' ? '2026-01-10T09:00:00.000Z' : null,
    title: def.title, scaleLabels: [...def.scale.labels], naLabel: def.scale.naLabel, problems,
    dimensions: def.dimensions.map((d) => ({ code: d.code, title: d.title, shortTitle: d.shortTitle, inIndex: d.inIndex })),
    items: def.items.map((i) => ({
      code: i.code, dimensionCode: i.dimensionCode, order: i.order, help: i.help, polarity: i.polarity, driftPattern: i.driftPattern ?? null,
      naAllowed: i.naAllowed, inShortForm: i.inShortForm, reflectionPrompt: i.reflectionPrompt ?? null,
      prompts: { self: i.prompts.SELF, supervisor: i.prompts.SUPERVISOR, reviewer: i.prompts.REVIEWER, personServed: i.prompts.PERSON_SERVED ?? null },
    })),
    crosswalk: def.items.map((i) => ({ fromItemCode: i.code, toItemCode: i.code })),
  };
}

const v1 = versionOf(MUTUALITY_FIDELITY_V1, 'PUBLISHED');
const draft = versionOf({ ...MUTUALITY_FIDELITY_V1, version: 2 }, 'DRAFT', ['Drift item D1.3 needs a drift pattern.']);

function stubEditor(extra: Record<string, OperationHandler> = {}) {
  return stubGraphQL({
    Me: () => meResponse(['ADMIN']),
    InstrumentEditor: () => answer(InstrumentEditorQueryDocument, {
        instrument: {
          id: 'i-1', key: 'mutuality-fidelity', title: MUTUALITY_FIDELITY_V1.title, description: '', level: 'PRACTITIONER',
          versions: [{ id: 'v-2', version: 2, status: 'DRAFT', publishedAt: null }, { id: 'v-1', version: 1, status: 'PUBLISHED', publishedAt: '2026-01-10T09:00:00.000Z' }],
          draft,
        },
      }),
    InstrumentPublished: () => answer(InstrumentPublishedQueryDocument, { instrument: { id: 'i-1', currentVersion: v1 } }),
    ...extra,
  });
}

describe('Instrument editor', () => {
  it('lists the draft’s problems live, and reorders items', async () => {
    const moved = { ...draft, problems: [] };
    const api = stubEditor({ MoveInstrumentItem: () => answer(MoveInstrumentItemMutationDocument, { moveInstrumentItem: moved }) });
    const { user } = renderApp('/admin/instruments/mutuality-fidelity');
    const problems = await screen.findByText('To fix before publishing');
    expect(problems.parentElement).toHaveTextContent('Drift item D1.3 needs a drift pattern.');
    const d1 = screen.getByRole('region', { name: /D1 · Shared power and equality/ });
    expect(within(d1).getByRole('button', { name: 'Move up D1.1' })).toBeDisabled();
    await user.click(within(d1).getByRole('button', { name: 'Move down D1.1' }));
    expect(api.callsOf('MoveInstrumentItem')[0]?.variables).toEqual({ input: { instrumentKey: 'mutuality-fidelity', itemCode: 'D1.1', direction: 'DOWN' } });
    expect(await screen.findByText('Ready to publish')).toBeInTheDocument();
  });

  it('edits only what changed in an item', async () => {
    const api = stubEditor({ UpdateInstrumentItem: () => answer(UpdateInstrumentItemMutationDocument, { updateInstrumentItem: draft }) });
    const { user } = renderApp('/admin/instruments/mutuality-fidelity');
    await user.click(await screen.findByRole('button', { name: 'Edit D1.2' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit item D1.2' });
    const self = within(dialog).getByLabelText('Self-assessment wording');
    await user.clear(self);
    await user.type(self, 'We settle disagreements side by side.');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Part of the short form for people supported' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save item' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsOf('UpdateInstrumentItem')[0]?.variables).toEqual({
      input: { instrumentKey: 'mutuality-fidelity', itemCode: 'D1.2', prompts: { self: 'We settle disagreements side by side.' }, inShortForm: true },
    });
  });

  it('retires an item with a successor, so its trend carries on', async () => {
    const retired = { ...draft, items: draft.items.filter((i) => i.code !== 'D1.2'), crosswalk: draft.crosswalk.map((c) => (c.fromItemCode === 'D1.2' ? { fromItemCode: 'D1.2', toItemCode: 'D1.1' } : c)) };
    const api = stubEditor({ RetireInstrumentItem: () => answer(RetireInstrumentItemMutationDocument, { retireInstrumentItem: retired }) });
    const { user } = renderApp('/admin/instruments/mutuality-fidelity');
    await user.click(await screen.findByRole('button', { name: 'Retire D1.2' }));
    const dialog = screen.getByRole('dialog', { name: 'Retire item D1.2' });
    await user.selectOptions(within(dialog).getByLabelText('Replaced by'), 'D1.1');
    await user.click(within(dialog).getByRole('button', { name: 'Retire D1.2' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsOf('RetireInstrumentItem')[0]?.variables).toEqual({ input: { instrumentKey: 'mutuality-fidelity', itemCode: 'D1.2', replacedByItemCode: 'D1.1' } });
    const crosswalk = screen.getByRole('region', { name: 'How trends carry over' });
    expect(crosswalk).toHaveTextContent('D1.2 → D1.1');
  });

  it('shows every problem when publishing is refused', async () => {
    stubEditor({
      PublishInstrumentDraft: () => ({
        data: null,
        errors: [{ message: 'Version 2 cannot be published yet: …', extensions: { code: 'BAD_USER_INPUT', problems: ['Drift item D1.3 needs a drift pattern.', 'D2 needs at least 3 items.'] } }],
      }),
    });
    const { user } = renderApp('/admin/instruments/mutuality-fidelity');
    await user.click(await screen.findByRole('button', { name: 'Publish version 2' }));
    await user.click(within(screen.getByRole('alertdialog', { name: 'Publish version 2?' })).getByRole('button', { name: 'Publish' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Version 2 can’t be published yet');
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Drift item D1.3 needs a drift pattern.', 'D2 needs at least 3 items.']);
  });
});
