import { act, render, screen } from '@testing-library/react';
import { destroyIntersectionMocking, mockAllIsIntersecting, setupIntersectionMocking } from 'react-intersection-observer/test-utils';
import { WhenVisible } from './team-list';

beforeEach(() => setupIntersectionMocking(jest.fn));
afterEach(() => destroyIntersectionMocking());

describe('A chart drawn when it comes near the screen', () => {
  it('holds its place until scrolled near, then draws and stays drawn', () => {
    render(<WhenVisible height="130px"><p>chart</p></WhenVisible>);
    expect(screen.queryByText('chart')).not.toBeInTheDocument();
    act(() => mockAllIsIntersecting(true));
    expect(screen.getByText('chart')).toBeInTheDocument();
    act(() => mockAllIsIntersecting(false));
    expect(screen.getByText('chart')).toBeInTheDocument();
  });

  it('draws every chart when the page is printed, where nothing scrolls into view', () => {
    render(<><WhenVisible height="130px"><p>first</p></WhenVisible><WhenVisible height="130px"><p>second</p></WhenVisible></>);
    expect(screen.queryByText('second')).not.toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByText('first')).toBeInTheDocument();
    expect(screen.getByText('second')).toBeInTheDocument();
  });
});
