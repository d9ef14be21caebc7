import { render } from '@testing-library/react';
import { ControlChart, controlChartLegend, type ControlChartRow } from './control-chart';

const judged = (period: string, value: number | null, extra: Partial<ControlChartRow> = {}): ControlChartRow => ({
  period, value, n: value === null ? 0 : 6, suppressed: false, expected: 80, lowerLimit: 70, upperLimit: 90, ...extra,
});

const rows: ControlChartRow[] = [
  { period: '2026-01', value: 78, n: 6, suppressed: false },
  judged('2026-02', 81),
  judged('2026-03', null, { n: 2, suppressed: true, expected: null, lowerLimit: null, upperLimit: null }),
  judged('2026-04', null, { expected: null, lowerLimit: null, upperLimit: null }),
  judged('2026-05', 84),
  judged('2026-06', 79),
];

const draw = (r: ControlChartRow[]) => render(<ControlChart rows={r} domain={[0, 100]} valueLabel="Mutuality Fidelity Index" />).container;

describe('ControlChart (the team page)', () => {
  it('shades the usual range between each period’s limits', () => {
    const area = draw(rows).querySelector('.usual-range .recharts-area-area');
    expect(area).not.toBeNull();
    expect(area!.getAttribute('fill')).toBe('#d6e6f2');
  });

  it('bridges a gap with a dotted segment and marks a period with no ratings apart from one with too few', () => {
    const container = draw(rows);
    const bridges = container.querySelectorAll('.gap-bridge path.recharts-line-curve');
    expect(bridges).toHaveLength(1);
    expect(bridges[0]!.getAttribute('stroke-dasharray')).toBe('2 3');
    expect(container.querySelectorAll('[data-gap-mark]')).toHaveLength(1);
  });

  it('lists the usual range and the gap marks in its legend only when they are drawn', () => {
    const labels = controlChartLegend({ rows, valueLabel: 'MFI' }).map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['Usual range: limits for each period’s ratings', 'Too few ratings', 'No ratings', 'Across a gap']));
    const whole = controlChartLegend({ rows: rows.filter((r) => r.value !== null), valueLabel: 'MFI' }).map((i) => i.label);
    expect(whole).not.toEqual(expect.arrayContaining(['No ratings']));
    expect(whole).not.toEqual(expect.arrayContaining(['Across a gap']));
    expect(draw(rows.filter((r) => r.value !== null)).querySelector('.gap-bridge')).toBeNull();
  });
});
