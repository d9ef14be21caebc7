import { render, screen } from '@testing-library/react';
import { AfterFirstPaint } from './after-first-paint';

describe('AfterFirstPaint', () => {
  it('holds the chart’s place on the first paint and draws it right after', async () => {
    const { container } = render(
      <>
        <p>Key figures</p>
        <AfterFirstPaint height="320px">
          <p>The heavy chart</p>
        </AfterFirstPaint>
      </>,
    );
    // First paint: what surrounds the chart is there, the chart's space is kept, the chart is not drawn yet.
    expect(screen.getByText('Key figures')).toBeInTheDocument();
    expect(screen.queryByText('The heavy chart')).not.toBeInTheDocument();
    expect(container.querySelector<HTMLElement>('.after-first-paint')?.style.minHeight).toBe('320px');
    // Then the chart, in place of the reserved space.
    expect(await screen.findByText('The heavy chart')).toBeInTheDocument();
    expect(container.querySelector('.after-first-paint')).toBeNull();
  });
});
