import { createContext, useContext, type ReactNode } from 'react';

interface ChartName {
  /** The id of the chart's visible title. */
  labelledBy: string;
  /** The id of the chart's one-sentence text summary. */
  describedBy: string;
}

const ChartNameContext = createContext<ChartName | null>(null);

/** Set by `ChartCard` around its chart when it has both a title and a text summary to name it with. */
export function ChartNameProvider({ value, children }: { value: ChartName | null; children: ReactNode }) {
  return <ChartNameContext.Provider value={value}>{children}</ChartNameContext.Provider>;
}

export interface ChartSurfaceProps {
  accessibilityLayer: boolean;
  'aria-labelledby'?: string;
  'aria-describedby'?: string;
}

/**
 * Props for a Recharts root chart. Recharts makes a chart a keyboard stop (arrow keys walk its points); it stays one
 * only when the card gives it a name and a text summary, otherwise it is left out of the tab order, since its
 * data table and summary already carry what it shows. `secondary` charts (a strip under another) are never stops.
 */
export function useChartSurfaceProps(secondary = false): ChartSurfaceProps {
  const name = useContext(ChartNameContext);
  if (!name || secondary) return { accessibilityLayer: false };
  return { accessibilityLayer: true, 'aria-labelledby': name.labelledBy, 'aria-describedby': name.describedBy };
}
