import { niceTicks } from './chart-parts';
import { gapSummary, heatMapSummary, languageSummary, patternSummary, teamsSignalSummary, trendSummary } from './chart-summary';

const months = (start: number, values: (number | null)[]) =>
  values.map((value, i) => {
    const m = start + i;
    const year = 2025 + Math.floor((m - 1) / 12);
    return { period: `${year}-${String(((m - 1) % 12) + 1).padStart(2, '0')}`, value };
  });

// Inpatient Bridge's medical-model drift in the demo data (Apr 2025 – Nov 2026).
const MDI = months(4, [11, 12.3, 9.7, 11.5, 8.7, 12.5, 11.7, 8, 6.3, 5, 4, 9, 10.5, 17.8, 25, 37.5, 38.8, 42.4, 55.7, 63.5]);

describe('trendSummary', () => {
  it('says what moved, from where, since when, and which signal fired', () => {
    expect(trendSummary({
      label: 'Medical-model drift', subject: 'Inpatient Bridge', points: MDI, badDirection: 'up', centre: 9.14,
      signals: [{ period: '2026-06', severity: 'alert', inForce: true }, { period: '2026-06', severity: 'watch', inForce: false }],
    })).toBe('Medical-model drift at Inpatient Bridge rose from 9 to 64 since Mar 2026; an alert fired in Jun 2026.');
  });

  it('starts a fall where the fidelity index last stood at its usual level', () => {
    const mfi = months(1, [88.6, 88.2, 88.1, 79.9, 79.5, 78.3, 77, 72.1, 70.5]).map((p) => ({ ...p, period: p.period.replace('2025', '2026') }));
    expect(trendSummary({ label: 'Mutuality Fidelity Index', points: mfi, badDirection: 'down', centre: 87.7, signals: [{ period: '2026-08', severity: 'alert', inForce: true }] }))
      .toBe('Mutuality Fidelity Index fell from 88 to 71 since Mar 2026; an alert fired in Aug 2026.');
  });

  it('never dates the movement after the alert it explains, even when the usual level was reset since', () => {
    // After a restart the usual level is the new one (30): the last point on its usual side (Aug, 25) is later than the
    // alert (Jul), so the movement is told from the last point before the alert instead.
    const mdi = months(1, [8, 9, 10, 11, 18, 22, 25, 35, 44, 43, 56]).map((p) => ({ ...p, period: p.period.replace('2025', '2026') }));
    expect(trendSummary({ label: 'Medical-model drift', subject: 'Inpatient Bridge', points: mdi, badDirection: 'up', centre: 30, signals: [{ period: '2026-07', severity: 'alert', inForce: true }] }))
      .toBe('Medical-model drift at Inpatient Bridge rose from 22 to 56 since Jun 2026; an alert fired in Jul 2026.');
  });

  it('calls small wobbles around the usual level steady, and a recovery an improvement', () => {
    expect(trendSummary({ label: 'Your Mutuality Fidelity Index', points: months(1, [89, 91, 87.8]), badDirection: 'down', centre: 89.3, signals: [] }))
      .toBe('Your Mutuality Fidelity Index is at 88, close to its usual level of 89; no signals fired.');
    expect(trendSummary({ label: 'Mutuality Fidelity Index', subject: 'Harbor House', points: months(1, [63, 61, 88.5]), badDirection: 'down', centre: 63, signals: [{ period: '2025-02', severity: 'watch', inForce: false }] }))
      .toBe('Mutuality Fidelity Index at Harbor House is at 89, well above its baseline level of 63; no signal is active now.');
    // An improvement in force is named as one, not as an alert.
    expect(trendSummary({
      label: 'Mutuality Fidelity Index', subject: 'Harbor House', points: months(1, [63, 61, 88.5]), badDirection: 'down', centre: 63,
      signals: [{ period: '2025-03', severity: 'alert', inForce: true, direction: 'better' }],
    })).toBe('Mutuality Fidelity Index at Harbor House is at 89, well above its baseline level of 63; an improvement signal fired in Mar 2025.');
  });

  it('works without control limits, on the 1–5 dimension scale, and with no data', () => {
    expect(trendSummary({ label: 'Lived experience', points: months(1, [4.4, null, 3.9, 3.0]), badDirection: 'down', scale: '1-5', signals: [{ period: '2025-04', severity: 'watch', inForce: true }] }))
      .toBe('Lived experience fell from 4.4 to 3.0 since Jan 2025; a watch signal fired in Apr 2025.');
    expect(trendSummary({ label: 'Errand drift', subject: 'ED Navigators', points: months(1, [null, null]), badDirection: 'up' }))
      .toBe('Errand drift at ED Navigators: no ratings in this range yet.');
  });
});

describe('teamsSignalSummary', () => {
  it('names alert teams first, then those on watch', () => {
    expect(teamsSignalSummary([
      { name: 'Inpatient Bridge', signals: [{ severity: 'alert', metricLabel: 'Medical-model drift' }, { severity: 'alert', metricLabel: 'Mutuality Fidelity Index' }] },
      { name: 'Riverside Outreach', signals: [{ severity: 'alert', metricLabel: 'Hierarchical drift' }] },
      { name: 'Harbor House', signals: [{ severity: 'watch', metricLabel: 'Hierarchical drift' }] },
      { name: 'Northside Peers', signals: [] },
    ])).toBe('2 of 4 teams have alerts: Inpatient Bridge (medical-model drift, mutuality fidelity index) and Riverside Outreach (hierarchical drift); 1 is on watch: Harbor House (hierarchical drift).');
    expect(teamsSignalSummary([{ name: 'Northside Peers', signals: [] }])).toBe('The team shows no drift signal in the last three periods.');
  });
});

describe('heatMapSummary', () => {
  it('names the lowest cell, development areas and hidden cells', () => {
    expect(heatMapSummary([
      { name: 'Inpatient Bridge', cells: [{ title: 'Lived experience', score: 47.5, suppressed: false }, { title: 'Listening', score: 62.5, suppressed: false }] },
      { name: 'Crisis Respite', cells: [{ title: 'Lived experience', score: null, suppressed: true }, { title: 'Listening', score: 87.5, suppressed: false }] },
    ])).toBe('Lowest score: Lived experience at Inpatient Bridge (47.5 of 100); 1 cell is below 50, a development area. 1 cell has too few ratings to show.');
  });
});

describe('patternSummary', () => {
  it('says which way the drifting teams lean', () => {
    expect(patternSummary([
      { name: 'Inpatient Bridge', hierarchical: 12.9, medicalModel: 63.5 },
      { name: 'Riverside Outreach', hierarchical: 51.3, medicalModel: 12.5 },
      { name: 'Northside Peers', hierarchical: 7.9, medicalModel: 10.3 },
    ])).toBe('Inpatient Bridge (MDI 64) leans toward medical-model practice; Riverside Outreach (HDI 51) toward hierarchical practice; the other team stays below 25 on both.');
    expect(patternSummary([{ name: 'Northside Peers', hierarchical: 7.9, medicalModel: 10.3 }])).toBe('The team stays below 25 on both drift indices.');
  });
});

describe('gapSummary', () => {
  it('reports the latest gap and the widest one', () => {
    expect(gapSummary([
      { period: '2026-02', self: 88.8, others: 76.9, gap: 11.9 },
      { period: '2026-05', self: 88.1, others: 80.1, gap: 8 },
      { period: '2026-06', self: 79.9, others: 75.5, gap: 4.4 },
      { period: '2026-07', self: 79.5, others: null, gap: null },
    ], 'Inpatient Bridge')).toBe('In Jun 2026 self-assessments at Inpatient Bridge were 4 points above others’ ratings; the widest gap was 12 points (Feb 2026).');
    expect(gapSummary([{ period: '2026-07', self: 79.5, others: null, gap: null }])).toBe('No period has both self-assessments and others’ ratings yet.');
  });

  it('names a person in the possessive, never "self-assessments at Grace Kim", and counts one point as one', () => {
    expect(gapSummary([
      { period: '2026-05', self: 70, others: 68.6, gap: 1.4 },
      { period: '2026-06', self: 70, others: 70.2, gap: -0.2 },
    ], 'Grace Kim', 'person')).toBe('In Jun 2026 Grace Kim’s self-assessments were level with others’ ratings; the widest gap was 1 point (May 2026).');
    expect(gapSummary([], 'Grace Kim', 'person')).toBe('No period has both Grace Kim’s self-assessments and others’ ratings yet.');
  });
});

describe('languageSummary', () => {
  it('reads the latest month that has enough notes', () => {
    expect(languageSummary([
      { period: '2026-09', suppressed: false, densities: { medicalModel: 4.25, hierarchical: 1, errand: 0.3, mutuality: 6.8 } },
      { period: '2026-10', suppressed: true, densities: null },
    ], 'Inpatient Bridge')).toBe('In Sep 2026 supervision notes at Inpatient Bridge used medical-model wording 4.3 times per 1,000 words (hierarchical 1.0, errand 0.3) and mutual wording 6.8 times.');
  });
});

describe('niceTicks', () => {
  it('rounds an axis to friendly steps', () => {
    expect(niceTicks(330)).toEqual([0, 100, 200, 300, 400]);
    expect(niceTicks(10)).toEqual([0, 2.5, 5, 7.5, 10]);
    expect(niceTicks(13)).toEqual([0, 5, 10, 15]);
  });
});
