import { render } from '@testing-library/react';
import { ChartCard } from './chart-card';
import { TrendSpark, type SparkRow } from './trend-spark';

const rows: SparkRow[] = [
  { period: '2026-01', value: 80 },
  { period: '2026-02', value: 82 },
  { period: '2026-03', value: null },
  { period: '2026-04', value: null },
  { period: '2026-05', value: 86, signal: 'watch' },
  { period: '2026-06', value: 85 },
];
const band = (period: string) => ({ period, centre: 81, lower: 74, upper: 88 });

function draw(props: Partial<Parameters<typeof TrendSpark>[0]> = {}) {
  return render(<TrendSpark rows={rows} domain={[70, 100]} valueLabel="Mutuality Fidelity Index" {...props} />).container;
}

describe('TrendSpark (a small multiple)', () => {
  it('shades the usual range where the detector judged the period, and not without one', () => {
    const shaded = draw({ usualRange: [null, band('2026-02'), null, null, band('2026-05'), band('2026-06')] });
    const area = shaded.querySelector('.usual-range .recharts-area-area');
    expect(area).not.toBeNull();
    expect(area!.getAttribute('d')).toMatch(/^M/);
    expect(area!.getAttribute('fill')).toBe('#d6e6f2');

    expect(draw().querySelector('.usual-range')).toBeNull();
  });

  it('joins the points either side of a gap with one dotted segment and marks each missing period on the axis', () => {
    const container = draw();
    const bridges = container.querySelectorAll('.gap-bridge path.recharts-line-curve');
    expect(bridges).toHaveLength(1);
    expect(bridges[0]!.getAttribute('stroke-dasharray')).toBe('2 3');
    // One straight segment: from February's point to May's.
    expect(bridges[0]!.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(container.querySelectorAll('[data-gap-mark]')).toHaveLength(2);
  });

  it('draws no bridge or gap mark for a series without gaps, nor for missing periods at its ends', () => {
    const ends = draw({ rows: [{ period: '2026-01', value: null }, { period: '2026-02', value: 80 }, { period: '2026-03', value: 81 }, { period: '2026-04', value: null }] });
    expect(ends.querySelector('.gap-bridge')).toBeNull();
    expect(ends.querySelectorAll('[data-gap-mark]')).toHaveLength(0);
  });

  it('keeps the accessible name and summary of the card it sits in', () => {
    const { container } = render(
      <ChartCard title="Mutuality Fidelity Index by team" summary="Harbor House rose from 63 to 90.">
        <TrendSpark rows={rows} domain={[70, 100]} valueLabel="Mutuality Fidelity Index" />
      </ChartCard>,
    );
    const svg = container.querySelector('svg.recharts-surface')!;
    expect(document.getElementById(svg.getAttribute('aria-labelledby')!)).toHaveTextContent('Mutuality Fidelity Index by team');
    expect(document.getElementById(svg.getAttribute('aria-describedby')!)).toHaveTextContent('Harbor House rose from 63 to 90.');
  });
});
