import { quarterOptions, reviewPacketHref } from './review-packet';

describe('review packet periods', () => {
  it('offers the quarter so far, then complete quarters newest first (the last complete one is the default)', () => {
    const q = quarterOptions('2026-12-02', 3);
    expect(q.map((x) => [x.label, x.from, x.to])).toEqual([
      ['Q4 2026 (so far)', '2026-10-01', '2026-12-02'],
      ['Q3 2026', '2026-07-01', '2026-09-30'],
      ['Q2 2026', '2026-04-01', '2026-06-30'],
      ['Q1 2026', '2026-01-01', '2026-03-31'],
    ]);
    expect(quarterOptions('2027-01-15', 1).map((x) => x.value)).toEqual(['2027-Q1', '2026-Q4']);
  });

  it('links to the API’s PDF with the programme and the period', () => {
    expect(reviewPacketHref('p-1', { from: '2026-07-01', to: '2026-09-30' })).toBe('/reports/fidelity-review.pdf?programId=p-1&from=2026-07-01&to=2026-09-30');
  });
});
