// Plain-text side-by-side table of an evaluation (scenario × method).
import { METHODS, type EvaluationResult, type MethodName, type MethodResult } from './evaluate';

const WIDTH = 30;

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`.padStart(6);
}

function cell(r: MethodResult | undefined): string {
  if (!r) return ''.padEnd(WIDTH);
  if (r.scenario === 'stable') return pct(r.falseAlarmRate).padEnd(WIDTH);
  const delay = r.medianDelay === null ? '>end' : String(r.medianDelay);
  return `${pct(r.falseAlarmRate)} ${pct(r.detectionRate)} ${pct(r.detectedByEnd)} ${delay.padStart(5)}`.padEnd(WIDTH);
}

export function methodLabels(result: EvaluationResult): Record<MethodName, string> {
  return {
    detector: 'detector',
    shewhart: 'Shewhart 3σ (plain)',
    shewhartTuned: `Shewhart ${result.tuning.shewhartSigmas.toFixed(2)}σ (same FA)`,
    fixed: `fixed ${result.direction === 'up' ? '>' : '<'} ${result.fixedThreshold.toFixed(1)} (same FA)`,
    knownEwma: `EWMA, true level/SD (bound)`,
  };
}

/**
 * One line per scenario, one column group per method: FA = share of series with an alert (stable) or
 * with an alert before the shift (shift scenarios); det≤W = alerted within W periods of the shift's
 * start; end = alerted by the end of the series; med = median periods to the alert (first shifted = 1).
 */
export function formatEvaluationTable(result: EvaluationResult): string {
  const labels = methodLabels(result);
  const heads = METHODS.map((m) => labels[m].padEnd(WIDTH)).join(' | ');
  const sub = `${'FA'.padStart(6)} ${`det≤${result.window}`.padStart(6)} ${'end'.padStart(6)} ${'med'.padStart(5)}`;
  const lines = [`${'scenario'.padEnd(12)} | ${heads}`, `${''.padEnd(12)} | ${METHODS.map(() => sub.padEnd(WIDTH)).join(' | ')}`];
  for (const scenario of [...new Set(result.rows.map((r) => r.scenario))]) {
    const rows = METHODS.map((m) => result.rows.find((r) => r.scenario === scenario && r.method === m));
    lines.push(`${scenario.padEnd(12)} | ${rows.map(cell).join(' | ')}`);
  }
  return lines.join('\n');
}
