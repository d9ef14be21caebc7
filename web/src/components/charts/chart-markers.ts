import type { ChartMarker } from './control-chart';

/**
 * Markers that fall in the same period share one line and one label ("A1, A2"), so two actions agreed in the same
 * month are never drawn on top of each other (one hiding the other). Order is kept; the label lists every item.
 */
export function groupMarkers(markers: readonly ChartMarker[]): ChartMarker[] {
  const byPeriod = new Map<string, ChartMarker>();
  for (const m of markers) {
    const seen = byPeriod.get(m.period);
    byPeriod.set(m.period, seen ? { id: `${seen.id}+${m.id}`, period: m.period, mark: `${seen.mark}, ${m.mark}`, label: `${seen.label}; ${m.label}` } : { ...m });
  }
  return [...byPeriod.values()];
}
