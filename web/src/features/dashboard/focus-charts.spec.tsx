import { render, screen } from '@testing-library/react';
import { fromFirstNote, GapCard, LanguageCard } from './focus-charts';

const state = { loading: false, error: undefined, onRetry: () => undefined };
const densities = { medicalModel: 4, hierarchical: 1, errand: 0.5, mutuality: 7 };
const month = (m: string, notes: number, shown = notes >= 3) => ({
  month: m, notes, suppressed: notes > 0 && !shown, balance: shown ? 0.5 : null, densities: shown ? densities : null,
});

describe('LanguageCard', () => {
  const series = {
    teamId: 't1', team: { id: 't1', name: 'Harbor House' },
    points: [month('2025-12', 0), month('2026-01', 0), month('2026-02', 4), month('2026-03', 0), month('2026-04', 5)],
  };

  it('starts at the first month with a note, not at the start of the range', () => {
    expect(fromFirstNote(series.points).map((p) => p.month)).toEqual(['2026-02', '2026-03', '2026-04']);
    expect(fromFirstNote([month('2026-01', 0), month('2026-02', 1)]).map((p) => p.month)).toEqual(['2026-02']);
    expect(fromFirstNote([month('2026-01', 0)])).toEqual([]);
  });

  it('says where it starts and names the month without a figure', () => {
    render(<LanguageCard series={series} subject="Harbor House" state={state} />);
    const summary = screen.getByText(/supervision notes at Harbor House used/);
    expect(summary).toHaveTextContent('The chart starts at the first month with a note, Feb 2026.');
    expect(summary).toHaveTextContent('No figure for Mar 2026; a dotted line joins the periods either side.');
    expect(summary).not.toHaveTextContent(/Dec 2025|Jan 2026/);
  });
});

describe('GapCard (self vs others)', () => {
  const gap = (period: string, self: number | null, others: number | null) => ({ period, self, others, gap: self !== null && others !== null ? self - others : null });

  it.each([
    ['higher', [gap('2026-01', 80, 70), gap('2026-02', 82, 71), gap('2026-03', 79, 72)], /Self-ratings run higher than others’ here, by 9 points on average\./],
    ['lower', [gap('2026-01', 60, 70), gap('2026-02', 62, 71), gap('2026-03', 64, 72)], /Self-ratings run lower than others’ here, by 9 points on average\./],
    ['about the same', [gap('2026-01', 71, 70), gap('2026-02', 70, 71), gap('2026-03', 73, 72)], /Self-ratings and others’ are about the same here/],
  ])('says %s only when the figures show it', (_case, points, sentence) => {
    render(<GapCard points={points} subject="Grace Kim" subjectKind="person" state={state} />);
    const summary = screen.getByText(/Grace Kim’s self-assessments/);
    expect(summary).toHaveTextContent(sentence);
    expect(summary).not.toHaveTextContent(/self-assessments at Grace Kim/);
  });

  it('says nothing about higher or lower with too few paired periods, and names a gap', () => {
    render(<GapCard points={[gap('2026-01', 90, 70), gap('2026-02', null, 71), gap('2026-03', 91, 72)]} subject="Harbor House" state={state} />);
    const summary = screen.getByText(/self-assessments at Harbor House/);
    expect(summary).not.toHaveTextContent(/run higher|run lower|about the same/);
    expect(summary).toHaveTextContent('No self-assessment figure for Feb 2026; a dotted line joins the periods either side.');
  });
});
