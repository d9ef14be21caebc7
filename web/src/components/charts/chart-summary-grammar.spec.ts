import { gapSummary, heatMapSummary, languageSummary, teamsSignalSummary, trendSummary } from './chart-summary';

// The sentence builders behind every chart's text: whose figure (a team's is "at" it, a person's is theirs), and
// every count in the right number.

const team = { subject: 'Harbor House', subjectKind: 'team' as const };
const person = { subject: 'Grace Kim', subjectKind: 'person' as const };
const points = [{ period: '2026-05', value: 70 }, { period: '2026-06', value: 80 }];

describe('trendSummary: whose figure', () => {
  it.each([
    ['a team', team, 'Mutuality Fidelity Index at Harbor House rose from 70 to 80 since May 2026; no signals fired.'],
    ['a person', person, 'Grace Kim’s Mutuality Fidelity Index rose from 70 to 80 since May 2026; no signals fired.'],
    ['nobody named', {}, 'Mutuality Fidelity Index rose from 70 to 80 since May 2026; no signals fired.'],
  ])('%s', (_case, who, sentence) => {
    expect(trendSummary({ label: 'Mutuality Fidelity Index', points, badDirection: 'down', ...who })).toBe(sentence);
  });

  it.each([
    ['a team', team, 'Medical-model drift at Harbor House: no ratings in this range yet.'],
    ['a person', person, 'Grace Kim’s medical-model drift: no ratings in this range yet.'],
  ])('with no points, %s', (_case, who, sentence) => {
    expect(trendSummary({ label: 'Medical-model drift', points: [], badDirection: 'up', ...who })).toBe(sentence);
  });

  it('never puts a person after “at”', () => {
    for (const label of ['Mutuality Fidelity Index', 'Hierarchical drift', 'Lived experience']) {
      expect(trendSummary({ label, points, badDirection: 'down', ...person })).not.toMatch(/ at Grace Kim/);
    }
  });
});

describe('gapSummary and languageSummary: whose ratings and notes', () => {
  const gaps = [{ period: '2026-06', self: 80, others: 70, gap: 10 }];
  it.each([
    ['a team', 'Harbor House', 'team' as const, 'In Jun 2026 self-assessments at Harbor House were 10 points above others’ ratings.'],
    ['a person', 'Grace Kim', 'person' as const, 'In Jun 2026 Grace Kim’s self-assessments were 10 points above others’ ratings.'],
  ])('gap, %s', (_case, subject, kind, sentence) => {
    expect(gapSummary(gaps, subject, kind)).toBe(sentence);
  });

  it.each([
    [1, '1 point above'],
    [1.4, '1 point above'],
    [-1, '1 point below'],
    [2, '2 points above'],
    [0.4, 'level with'],
  ])('a gap of %d reads “%s”', (gap, words) => {
    expect(gapSummary([{ period: '2026-06', self: 70 + gap, others: 70, gap }], 'Harbor House')).toContain(words);
  });

  const shown = [{ period: '2026-09', suppressed: false, densities: { medicalModel: 4, hierarchical: 1, errand: 0, mutuality: 7 } }];
  it.each([
    ['a team', 'Harbor House', 'team' as const, shown, /^In Sep 2026 supervision notes at Harbor House used/],
    ['a person', 'Grace Kim', 'person' as const, shown, /^In Sep 2026 Grace Kim’s supervision notes used/],
    ['a team, no month', 'Harbor House', 'team' as const, [], /^No month has enough supervision notes at Harbor House to show yet\.$/],
    ['a person, no month', 'Grace Kim', 'person' as const, [], /^No month has enough of Grace Kim’s supervision notes to show yet\.$/],
  ])('language, %s', (_case, subject, kind, input, sentence) => {
    expect(languageSummary(input, subject, kind)).toMatch(sentence);
  });
});

describe('counts in the right number', () => {
  const signal = (severity: string) => ({ severity, metricLabel: 'Medical-model drift' });
  it.each([
    [[{ name: 'A', signals: [signal('alert')] }], '1 of 1 team has an alert: A (medical-model drift).'],
    [[{ name: 'A', signals: [signal('alert')] }, { name: 'B', signals: [] }], '1 of 2 teams has an alert: A (medical-model drift).'],
    [[{ name: 'A', signals: [signal('alert')] }, { name: 'B', signals: [signal('alert')] }], '2 of 2 teams have alerts: A (medical-model drift) and B (medical-model drift).'],
    [[{ name: 'A', signals: [signal('watch')] }, { name: 'B', signals: [] }], '1 is on watch: A (medical-model drift).'],
    [[{ name: 'A', signals: [] }], 'The team shows no drift signal in the last three periods.'],
    [[{ name: 'A', signals: [] }, { name: 'B', signals: [] }], 'None of the 2 teams shows a drift signal in the last three periods.'],
    [[], 'No teams match these filters.'],
  ])('teams with signals %#', (rows, sentence) => {
    expect(teamsSignalSummary(rows)).toBe(sentence);
  });

  const cell = (score: number | null, suppressed = false) => ({ title: 'Lived experience', score, suppressed });
  it.each([
    [[cell(60)], 'every shown score is at least 50.'],
    [[cell(40), cell(60)], '1 cell is below 50, a development area.'],
    [[cell(40), cell(45)], '2 cells are below 50, a development area.'],
    [[cell(60), cell(null, true)], '1 cell has too few ratings to show.'],
    [[cell(60), cell(null, true), cell(null, true)], '2 cells have too few ratings to show.'],
  ])('heat map cells %#', (cells, words) => {
    expect(heatMapSummary([{ name: 'Harbor House', cells }])).toContain(words);
  });
});
