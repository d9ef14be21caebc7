// Side-by-side tables of an evaluation (scenario × method), as plain text and as Markdown for the README, and the
// checks against the targets of issue 9.
import { METHODS, type EvaluationResult, type MethodName, type MethodResult } from './evaluate';

const WIDTH = 30;

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}

function cell(r: MethodResult | undefined): string {
  if (!r) return ''.padEnd(WIDTH);
  if (r.scenario === 'stable') return pct(r.falseAlarmRate).padStart(6).padEnd(WIDTH);
  const delay = r.medianDelay === null ? '>end' : String(r.medianDelay);
  return `${pct(r.falseAlarmRate).padStart(6)} ${pct(r.detectionRate).padStart(6)} ${pct(r.detectedByEnd).padStart(6)} ${delay.padStart(5)}`.padEnd(WIDTH);
}

export function methodLabels(result: EvaluationResult): Record<MethodName, string> {
  return {
    detector: 'detector',
    previous: 'previous detector',
    shewhart: 'Shewhart 3σ (plain)',
    shewhartTuned: `Shewhart ${result.tuning.shewhartSigmas.toFixed(2)}σ (same FA)`,
    fixed: `fixed ${result.direction === 'up' ? '>' : '<'} ${result.fixedThreshold.toFixed(1)} (same FA)`,
    learnedLevel: 'CUSUM, true variance, learned level',
    bound: 'bound: CUSUM, true level/variance',
  };
}

export function rowOf(result: EvaluationResult, scenario: string, method: MethodName): MethodResult {
  const found = result.rows.find((r) => r.scenario === scenario && r.method === method);
  if (!found) throw new Error(`No evaluation row for ${scenario} / ${method}`);
  return found;
}

export function shiftScenarios(result: EvaluationResult): string[] {
  return [...new Set(result.rows.map((r) => r.scenario))].filter((s) => s !== 'stable');
}

/**
 * One line per scenario, one column group per method: FA = share of series with an alert (stable) or with an alert
 * before the shift (shift scenarios); det≤W = alerted within W periods of the shift's start; end = alerted by the
 * end of the series; med = median periods to the alert (first shifted = 1).
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

/**
 * The README table: the stable row gives each method's share of stable series with any alert; each shift row gives
 * "detected by the end · median delay · detected within W periods".
 */
export function formatEvaluationMarkdown(result: EvaluationResult): string {
  const labels = methodLabels(result);
  const lines = [
    `| scenario | ${METHODS.map((m) => labels[m]).join(' | ')} |`,
    `| --- | ${METHODS.map(() => '---:').join(' | ')} |`,
    `| stable: any alert in 52 periods | ${METHODS.map((m) => pct(rowOf(result, 'stable', m).falseAlarmRate)).join(' | ')} |`,
  ];
  for (const scenario of shiftScenarios(result)) {
    const cells = METHODS.map((m) => {
      const r = rowOf(result, scenario, m);
      return `${pct(r.detectedByEnd)} · ${r.medianDelay ?? '>end'} · ${pct(r.detectionRate)}`;
    });
    lines.push(`| ${scenario} | ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

export interface TargetCheck {
  label: string;
  value: string;
  met: boolean;
}

/** Issue 9's targets, each with the detector's figure (and the bound's where it helps to read it). */
export function targetChecks(result: EvaluationResult): TargetCheck[] {
  const d = (s: string) => rowOf(result, s, 'detector');
  const b = (s: string) => rowOf(result, s, 'bound');
  const fa = d('stable').falseAlarmRate;
  const beats = (method: MethodName) =>
    shiftScenarios(result).every((s) => {
      const mine = d(s);
      const other = rowOf(result, s, method);
      const slower = mine.medianDelay === null ? other.medianDelay !== null : other.medianDelay !== null && mine.medianDelay > other.medianDelay;
      return mine.detectedByEnd > other.detectedByEnd && !slower;
    });
  const delay = d('step 1.5 SD').medianDelay;
  return [
    { label: 'stable series with any alert ≤ 5%', value: pct(fa), met: fa <= 0.05 },
    { label: '1 SD steps detected by the end ≥ 80%', value: `${pct(d('step 1 SD').detectedByEnd)} (bound ${pct(b('step 1 SD').detectedByEnd)})`, met: d('step 1 SD').detectedByEnd >= 0.8 },
    { label: '1 SD ramps detected by the end ≥ 70%', value: `${pct(d('ramp 1 SD').detectedByEnd)} (bound ${pct(b('ramp 1 SD').detectedByEnd)})`, met: d('ramp 1 SD').detectedByEnd >= 0.7 },
    { label: 'median delay for 1.5 SD steps ≤ 6 periods', value: `${delay ?? '>end'} (bound ${b('step 1.5 SD').medianDelay ?? '>end'})`, met: delay !== null && delay <= 6 },
    ...(['shewhartTuned', 'fixed'] as const).map((m) => ({
      label: `beats ${methodLabels(result)[m]} in every scenario (detected by the end, median delay)`,
      value: `FA ${pct(rowOf(result, 'stable', m).falseAlarmRate)}`,
      met: rowOf(result, 'stable', m).falseAlarmRate <= fa && beats(m),
    })),
  ];
}
