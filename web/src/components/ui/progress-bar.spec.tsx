import { render, screen } from '@testing-library/react';
import { ProgressBar } from './progress-bar';

describe('ProgressBar', () => {
  it('reports how far along it is when the amount is known', () => {
    render(<ProgressBar label="Reading roster.csv" value={512} max={2048} />);
    const bar = screen.getByRole('progressbar', { name: /Reading roster.csv/ });
    expect(bar).toHaveAttribute('aria-valuenow', '512');
    expect(bar).toHaveAttribute('aria-valuemax', '2048');
    expect(screen.getByText('25%')).toBeInTheDocument();
  });

  it('has no value while the amount is unknown, and says what is happening', () => {
    render(<ProgressBar label="Importing" status="Importing…" />);
    const bar = screen.getByRole('progressbar', { name: /Importing/ });
    expect(bar).not.toHaveAttribute('aria-valuenow');
    expect(screen.getByRole('status')).toHaveTextContent('Importing…');
  });
});
