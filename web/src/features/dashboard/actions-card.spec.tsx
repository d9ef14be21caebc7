import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { ActionsCard, outcomeText } from './actions-card';
import type { ActionMarker } from './overview-types';

const action = (over: Partial<ActionMarker>): ActionMarker => ({
  id: 'a1', createdOn: '2026-05-14', description: 'Reflect together on sharing lived experience', dimensionCode: 'D3', dueDate: '2026-06-11',
  ownerName: 'Dr. Helen Marsh', signalId: 's1', status: 'DONE', scope: 'PERSON', metric: 'DIM:D3', overdue: false, before: 3.1, after: 3.9, outcome: null, outcomeSignalId: null, ...over,
});

describe('ActionsCard', () => {
  it('shows, beside before → after, whether the detector sees the practice improving since the action', () => {
    render(
      <MemoryRouter>
        <ActionsCard
          actions={[action({ outcome: 'better', outcomeSignalId: 't:SELF:DIM:D3:2026-09:CUSUM' }), action({ id: 'a2', dimensionCode: null, metric: 'MFI', before: null, after: null, outcome: 'worse' }), action({ id: 'a3', outcome: null })]}
          dimensionTitles={{ D3: 'Lived experience' }}
        />
      </MemoryRouter>,
    );
    const items = within(screen.getByRole('region', { name: 'Actions and what followed' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('D3 Lived experience: 3.1 → 3.9');
    expect(items[0]).toHaveTextContent('improving: an improvement signal is in force');
    expect(items[1]).toHaveTextContent('Mutuality Fidelity Index:');
    expect(items[1]).toHaveTextContent('still drifting: a drift signal is in force');
    expect(items[2]).toHaveTextContent('no clear change yet');
  });

  it('raises an overdue action and says when an action is the whole team’s', () => {
    render(
      <MemoryRouter>
        <ActionsCard actions={[action({ status: 'OPEN', overdue: true, scope: 'TEAM' }), action({ id: 'a2', status: 'OPEN' })]} dimensionTitles={{}} />
      </MemoryRouter>,
    );
    const items = screen.getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('overdue');
    expect(items[0]).toHaveTextContent('whole team');
    expect(items[1]).not.toHaveTextContent('overdue');
    expect(screen.getByRole('link', { name: 'All actions' })).toHaveAttribute('href', '/actions');
  });

  it('words each outcome', () => {
    expect(outcomeText('better').tone).toBe('success');
    expect(outcomeText('worse').tone).toBe('warning');
    expect(outcomeText(undefined)).toEqual({ tone: 'neutral', text: 'no clear change yet' });
  });
});
