/** The organisation's pooled within-period spread of single ratings per metric: variance and degrees of freedom. */
export type Within = Map<string, { variance: number; df: number }>;

/** team → metric → its within-period sum of squares and degrees of freedom (see `withinPeriodSpreadByTeam`). */
export type SpreadPartials = Map<string, Map<string, { ss: number; df: number }>>;

/**
 * The organisation's spread from its teams' parts, added up in team order, so the same parts always give the same
 * figures to the last bit (whether they were all read at once or kept and partly read again). A metric counts once it
 * has a positive sum of squares on at least one degree of freedom.
 */
export function pooledWithin(partials: SpreadPartials): Within {
  const totals = new Map<string, { ss: number; df: number }>();
  for (const team of [...partials.keys()].sort()) {
    for (const [metric, p] of partials.get(team)!) {
      const t = totals.get(metric) ?? { ss: 0, df: 0 };
      totals.set(metric, { ss: t.ss + p.ss, df: t.df + p.df });
    }
  }
  return new Map([...totals].filter(([, t]) => t.df > 0 && t.ss > 0).map(([metric, t]) => [metric, { variance: t.ss / t.df, df: t.df }]));
}

/** Whether two spreads are the same figures. */
export function sameWithin(a: Within, b: Within): boolean {
  if (a.size !== b.size) return false;
  for (const [m, x] of a) {
    const y = b.get(m);
    if (!y || y.variance !== x.variance || y.df !== x.df) return false;
  }
  return true;
}
