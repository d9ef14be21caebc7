/**
 * A team's (or person's) usual range at each period: the band the drift detector expects a period with that many
 * ratings to fall in if nothing has changed — the usual level learned from the series' own earlier periods, ± 3 of
 * that period's predicted standard deviations. A point outside it is what the detector marks; the control chart's
 * limits and the small multiples' shading are these same numbers.
 */
export interface UsualRangePoint {
  period: string;
  centre: number;
  lower: number;
  upper: number;
}

/** The detector's per-period limits as the API returns them (`MetricSeries.limits`). */
export interface UsualRangeSource {
  points: readonly UsualRangePoint[];
}

/** The usual range for each of `periods`, in order; null where the detector does not judge that period yet (or it had too few ratings). */
export function usualRange(limits: UsualRangeSource | null | undefined, periods: readonly string[]): (UsualRangePoint | null)[] {
  const byPeriod = new Map((limits?.points ?? []).map((p) => [p.period, p]));
  return periods.map((period) => {
    const p = byPeriod.get(period);
    return p ? { period, centre: p.centre, lower: p.lower, upper: p.upper } : null;
  });
}

/** Whether a value sits inside a period's usual range (limits included). */
export function withinUsualRange(value: number, range: Pick<UsualRangePoint, 'lower' | 'upper'>): boolean {
  return value >= range.lower && value <= range.upper;
}
