import { render, screen } from '@testing-library/react';
import { ChartCard } from './chart-card';
import { useChartSurfaceProps } from './chart-name';

/** Stands where a Recharts chart would: an element carrying the props the chart's surface gets. */
function Surface({ secondary = false }: { secondary?: boolean }) {
  const { accessibilityLayer, ...aria } = useChartSurfaceProps(secondary);
  return <div data-testid={secondary ? 'strip' : 'surface'} tabIndex={accessibilityLayer ? 0 : undefined} role={accessibilityLayer ? 'application' : undefined} {...aria} />;
}

describe('chart keyboard stops', () => {
  it('are named by the card’s title and described by its summary', () => {
    render(
      <ChartCard title="Fidelity over time" summary="Team North rose from 3.1 to 3.6 over six months.">
        <Surface />
        <Surface secondary />
      </ChartCard>,
    );
    const chart = screen.getByRole('application', { name: 'Fidelity over time' });
    expect(chart).toHaveAttribute('tabindex', '0');
    expect(chart).toHaveAccessibleDescription('Team North rose from 3.1 to 3.6 over six months.');
    // A strip under the chart is never a second stop.
    expect(screen.getByTestId('strip')).not.toHaveAttribute('tabindex');
  });

  it('are not stops at all without a text summary, or outside a card', () => {
    render(
      <>
        <ChartCard title="No summary">
          <Surface />
        </ChartCard>
        <Surface />
      </>,
    );
    expect(screen.queryByRole('application')).not.toBeInTheDocument();
    for (const s of screen.getAllByTestId('surface')) expect(s).not.toHaveAttribute('tabindex');
  });
});
