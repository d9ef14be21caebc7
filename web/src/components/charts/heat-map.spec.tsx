import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HeatMap, type HeatMapRow } from './heat-map';
import { contrastRatio } from './palette';

const columns = [
  { key: 'D1', code: 'D1', title: 'Shared power and equality' },
  { key: 'D3', code: 'D3', title: 'Lived experience and purposeful self-disclosure' },
  { key: 'D7', code: 'D7', title: 'Organisational conditions' },
];

const rows: HeatMapRow[] = [
  {
    id: 't1', label: 'Inpatient Bridge', status: 'alert', href: '/dashboard/teams/t1',
    cells: [{ column: 'D1', value: 4.46, suppressed: false, n: 15 }, { column: 'D3', value: 1.2, suppressed: false, n: 15 }, { column: 'D7', value: null, suppressed: false }],
  },
  {
    id: 't2', label: 'Crisis Respite',
    cells: [{ column: 'D1', value: null, suppressed: true }, { column: 'D3', value: 3.0, suppressed: false, n: 4 }, { column: 'D7', value: null, suppressed: false }],
  },
];

describe('HeatMap', () => {
  it('prints every value in its cell and names each cell for screen readers', () => {
    render(<HeatMap rows={rows} columns={columns} domain={[1, 5]} label="Dimension scores by team" minCellSize={3} />);
    const grid = screen.getByRole('group', { name: 'Dimension scores by team' });
    expect(within(grid).getByText('4.5')).toBeInTheDocument();
    expect(within(grid).getByText('1.2')).toBeInTheDocument();
    expect(within(grid).getByRole('img', { name: 'Inpatient Bridge, D1 Shared power and equality: 4.5 of 5, 15 ratings' })).toBeInTheDocument();
    expect(within(grid).getByRole('img', { name: 'Crisis Respite, D3 Lived experience and purposeful self-disclosure: 3.0 of 5, 4 ratings' })).toBeInTheDocument();
    expect(within(grid).getByRole('img', { name: 'Inpatient Bridge, D7 Organisational conditions: no ratings in this range' })).toBeInTheDocument();
  });

  it('hatches suppressed cells and says "too few ratings" instead of a value', () => {
    const { container } = render(<HeatMap rows={rows} columns={columns} domain={[1, 5]} label="Heat" minCellSize={3} />);
    const cell = screen.getByRole('img', { name: 'Crisis Respite, D1 Shared power and equality: too few ratings' });
    const rect = cell.querySelector('rect')!;
    const patternId = /url\(#(.+)\)/.exec(rect.getAttribute('fill') ?? '')?.[1];
    expect(patternId).toBeTruthy();
    expect(container.querySelector(`pattern[id="${patternId}"]`)).not.toBeNull();
    expect(cell).toHaveTextContent('too fewratings');
    expect(screen.getByText('too few ratings (< 3)')).toBeInTheDocument();
  });

  it('colours cells on a sequential scale with readable text: dark cells get white, light cells black', () => {
    render(<HeatMap rows={rows} columns={columns} domain={[1, 5]} label="Heat" />);
    const low = screen.getByRole('img', { name: /Inpatient Bridge, D3/ });
    const high = screen.getByRole('img', { name: /Inpatient Bridge, D1/ });
    for (const cell of [low, high]) {
      const fill = cell.querySelector('rect')!.getAttribute('fill')!;
      const ink = cell.querySelector('text')!.getAttribute('fill')!;
      expect(contrastRatio(fill, ink)).toBeGreaterThanOrEqual(4.5);
    }
    expect(low.querySelector('text')!.getAttribute('fill')).toBe('#ffffff');
    expect(high.querySelector('text')!.getAttribute('fill')).toBe('#000000');
  });

  it('marks alert rows and follows a row link', async () => {
    const onRowActivate = jest.fn();
    render(<HeatMap rows={rows} columns={columns} domain={[1, 5]} label="Heat" onRowActivate={onRowActivate} />);
    const link = screen.getByRole('link', { name: 'Inpatient Bridge (alert)' });
    expect(link).toHaveAttribute('href', '/dashboard/teams/t1');
    await userEvent.click(link);
    expect(onRowActivate).toHaveBeenCalledWith(expect.objectContaining({ id: 't1' }));
  });
});
