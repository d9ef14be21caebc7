import { lastCompleteQuarter, parseFidelityReviewQuery, quarterName } from './fidelity-review.inputs';
import { signalClause, teamNarrative } from './fidelity-review.narrative';
import type { ReviewSignal, ReviewTeamBase } from './fidelity-review.types';

const ID = '0b7e3a52-6c1f-4f55-9d3e-2f4a8e1c9b10';

describe('review period', () => {
  it('defaults to the last complete calendar quarter', () => {
    expect(lastCompleteQuarter('2026-12-02')).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(lastCompleteQuarter('2026-01-01')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(lastCompleteQuarter('2026-04-30')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(parseFidelityReviewQuery({ programId: ID }, '2026-05-10')).toEqual({ programId: ID, from: '2026-01-01', to: '2026-03-31' });
  });

  it('names a period that is exactly one quarter', () => {
    expect(quarterName('2026-07-01', '2026-09-30')).toBe('Q3 2026');
    expect(quarterName('2026-01-01', '2026-03-31')).toBe('Q1 2026');
    expect(quarterName('2026-07-01', '2026-09-29')).toBeNull();
    expect(quarterName('2026-08-01', '2026-10-31')).toBeNull();
  });

  it('accepts a leap day and a year-long period, refuses what cannot be read', () => {
    expect(parseFidelityReviewQuery({ programId: ID, from: '2028-02-29', to: '2028-03-31' }, '2028-05-01').from).toBe('2028-02-29');
    expect(() => parseFidelityReviewQuery({ programId: ID, from: '2027-02-29', to: '2027-03-31' }, '2027-05-01')).toThrow('from must be a date');
    expect(parseFidelityReviewQuery({ programId: ID, from: '2025-01-01', to: '2025-12-31' }, '2026-05-01').to).toBe('2025-12-31');
    expect(() => parseFidelityReviewQuery({ programId: ID, from: '2025-01-01', to: '2026-01-02' }, '2026-05-01')).toThrow('at most a year');
    expect(() => parseFidelityReviewQuery({ programId: { $ne: 1 } }, '2026-05-01')).toThrow('Give programId once');
  });
});

const signal = (over: Partial<ReviewSignal>): ReviewSignal => ({
  id: 's', metric: 'HDI', metricLabel: 'Hierarchical drift', period: '2026-08', since: '2026-07', rule: 'CUSUM', severity: 'alert',
  direction: 'worse', inForce: true, message: '…', ...over,
});

const team = (over: Partial<ReviewTeamBase>): ReviewTeamBase => ({
  id: 't', name: 'Team', latest: { period: '2026-09', mutualityIndex: 71.0, band: 'MODERATE', n: 6 }, dimensions: [],
  supervision: { required: 20, recorded: 12, ratio: 0.6, overdue: null, supervisees: 5 }, supervisionByMonth: [], charts: [],
  signals: [], actions: [], annotations: [], itemsMoved: [], ...over,
});

describe('team narrative', () => {
  it('says in words which way each signal went, from when, and whether it still holds', () => {
    expect(signalClause(signal({}))).toBe('hierarchical drift rose above its usual level from Jul 2026, and still is');
    expect(signalClause(signal({ metric: 'MFI', metricLabel: 'Mutuality Fidelity Index', inForce: false }))).toBe('Mutuality Fidelity Index fell below its usual level from Jul 2026, and has since settled');
    expect(signalClause(signal({ direction: 'better', rule: 'SHEWHART_3SIGMA', period: '2026-09' }))).toBe('hierarchical drift was unusually good in Sep 2026');
  });

  it('builds the level, the signals, supervision and actions into a few sentences', () => {
    const text = teamNarrative(team({ signals: [signal({})] }));
    expect(text).toEqual([
      'Mutuality was moderate in Sep 2026: 71.0/100.',
      'Worth a conversation: hierarchical drift rose above its usual level from Jul 2026, and still is.',
      'Supervision fell behind: 12 sessions held against 20 required (60%).',
      'No action has been agreed on these signals yet.',
    ]);
  });

  it('says nothing of a level hidden by small cells, and reports a quiet team as such', () => {
    const text = teamNarrative(team({ latest: { period: null, mutualityIndex: null, band: null, n: 0 }, supervision: null }));
    expect(text[0]).toMatch(/^Too few checklists to report a level/);
    expect(text[1]).toBe('No signals: the team stayed within its usual range throughout the period.');
  });
});
