import {
  METRIC_CATALOGUE,
  formatFigure,
  formatFigureWithUnit,
  metricDefinition,
  metricLabel,
  ratingAsFigure,
  supervisionWindow,
  windowEndingAt,
  windowText,
  worseDirection,
} from './catalogue';
import { INDEX_HIGH_MIN, INDEX_MODERATE_MIN, indexBand, reportFigure, toHundred, toRating } from './scale';
import { DAY_MS, HOUR_MS, MINUTE_MS, WEEK_MS } from '../time-units';

describe('scale', () => {
  it('converts 1–5 to 0–100 and back', () => {
    expect([1, 2, 3, 4, 5].map(toHundred)).toEqual([0, 25, 50, 75, 100]);
    expect(toRating(84)).toBeCloseTo(4.36, 10);
    expect(toRating(toHundred(3.21))).toBeCloseTo(3.21, 10);
  });

  it('puts the bands at 75 and 50 and judges them on the reported figure', () => {
    expect([INDEX_HIGH_MIN, INDEX_MODERATE_MIN]).toEqual([75, 50]);
    expect(reportFigure(74.95)).toBe(75);
    expect(indexBand(74.95)).toBe('HIGH');
    expect(indexBand(74.94)).toBe('MODERATE');
    expect(indexBand(49.96)).toBe('MODERATE');
    expect(indexBand(49.94)).toBe('LOW');
  });
});

describe('metric catalogue', () => {
  it('names each index once, with the direction that is worse', () => {
    expect(Object.values(METRIC_CATALOGUE).map((m) => [m.key, m.worse])).toEqual([
      ['MFI', 'down'], ['HDI', 'up'], ['MDI', 'up'], ['EDI', 'up'], ['ODI', 'up'], ['SUPERVISION', 'down'],
    ]);
    expect(metricLabel('MDI')).toBe('Medical-model drift');
    expect(worseDirection('HDI')).toBe('up');
    expect(worseDirection('DIM:D3')).toBe('down');
  });

  it('labels dimensions by their instrument title, or their code', () => {
    expect(metricLabel('DIM:D3', { D3: 'Lived experience' })).toBe('Lived experience');
    expect(metricLabel('DIM:D4')).toBe('D4');
    expect(metricDefinition('DIM:D4').scale.unit).toBe('/100');
  });

  it('computes each figure from its inputs on 0–100', () => {
    expect(METRIC_CATALOGUE.MFI.formula([4, 4, 4, 4, 4, 5])).toBe(79.2); // mean 4.1667 → 79.17
    expect(METRIC_CATALOGUE.MDI.formula([1, 5])).toBe(50);
    expect(METRIC_CATALOGUE.ODI.formula([4])).toBe(25);
    expect(METRIC_CATALOGUE.MFI.formula([])).toBeNull();
    // One person's extra sessions do not make up for another's missed ones: (min(12, 10) + min(2, 10)) / 20.
    expect(METRIC_CATALOGUE.SUPERVISION.formula([12, 10, 2, 10])).toBe(0.6);
    expect(METRIC_CATALOGUE.SUPERVISION.formula([3, 0])).toBeNull();
  });

  it('writes figures on their own scale', () => {
    expect(formatFigure('MFI', 84)).toBe('84.0');
    expect(formatFigureWithUnit('MFI', 84)).toBe('84.0/100');
    expect(formatFigureWithUnit('SUPERVISION', 0.936)).toBe('94%');
    expect(formatFigure('HDI', null)).toBe('—');
    expect(ratingAsFigure(4.38)).toBe(84.5);
    expect(ratingAsFigure(3.21)).toBe(55.3);
    expect(ratingAsFigure(null)).toBeNull();
  });

  it('takes "last 90 days" as the 90 days ending at the end of the range, or today if that is earlier', () => {
    expect(windowEndingAt('2026-06-30', '2026-12-02', 90)).toEqual({
      from: '2026-04-02', to: '2026-06-30', startsAt: '2026-04-02T00:00:00.000Z', endsAt: '2026-07-01T00:00:00.000Z',
    });
    expect(supervisionWindow('2027-01-31', '2026-12-02')).toMatchObject({ from: '2026-09-04', to: '2026-12-02' });
    expect(windowText(METRIC_CATALOGUE.SUPERVISION.window)).toBe('last 90 days');
    expect(windowText({ kind: 'recent-periods', periods: 3 }, 'WEEK')).toBe('last 3 weeks');
  });
});

describe('time units', () => {
  it('are one chain of definitions', () => {
    expect([MINUTE_MS, HOUR_MS, DAY_MS, WEEK_MS]).toEqual([60_000, 3_600_000, 86_400_000, 604_800_000]);
  });
});
