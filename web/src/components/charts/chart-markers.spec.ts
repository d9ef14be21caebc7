import { groupMarkers } from './chart-markers';

describe('groupMarkers', () => {
  it('puts markers of the same period on one line with every mark in its label', () => {
    const grouped = groupMarkers([
      { id: 'a', period: '2026-03', mark: 'A1', label: 'First' },
      { id: 'b', period: '2026-04', mark: 'A2', label: 'Second' },
      { id: 'c', period: '2026-03', mark: 'A3', label: 'Third' },
    ]);
    expect(grouped).toEqual([
      { id: 'a+c', period: '2026-03', mark: 'A1, A3', label: 'First; Third' },
      { id: 'b', period: '2026-04', mark: 'A2', label: 'Second' },
    ]);
  });

  it('leaves markers in different periods alone', () => {
    expect(groupMarkers([{ id: 'a', period: '2026-03', mark: '1', label: 'x' }])).toEqual([{ id: 'a', period: '2026-03', mark: '1', label: 'x' }]);
    expect(groupMarkers([])).toEqual([]);
  });
});
