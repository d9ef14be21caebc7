import { progressiveDelayMs } from './login-throttle';

describe('progressiveDelayMs', () => {
  it('lets the first two attempts of a client through at once, then doubles from 250 ms', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => progressiveDelayMs(n, 0))).toEqual([0, 0, 250, 500, 1000, 2000]);
  });

  it('slows an account failing from many clients, doubling per further 10 failures', () => {
    expect([5, 10, 11, 20, 21, 31, 41].map((n) => progressiveDelayMs(1, n))).toEqual([0, 0, 250, 250, 500, 1000, 2000]);
  });

  it('takes the larger of the two and never waits more than 5 s', () => {
    expect(progressiveDelayMs(4, 21)).toBe(500);
    expect(progressiveDelayMs(40, 0)).toBe(5000);
    expect(progressiveDelayMs(1, 10_000)).toBe(5000);
  });
});
