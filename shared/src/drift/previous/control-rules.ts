// Control-chart rules on the frozen baseline: Shewhart 3σ, 2 of 3 beyond 2σ, one-sided EWMA and CUSUM.
import { ewmaPath, type Baseline, type UsablePoint } from './baseline';
import { describePoints, formatPair, formatPeriod, formatPoints, formatValue, sideWord } from '../format';
import { DRIFT_RULES } from '../types';
import type { FrozenParams, FrozenSignal } from './types';

/**
 * Evaluates every monitored point (after the baseline) in order. Each rule emits when it first becomes
 * triggered and only again after it has reset, so a rule that stays triggered does not repeat itself.
 * A 'watch' is not emitted for a period that has an 'alert', nor while an alert stays triggered.
 */
export function controlChartSignals(
  baseline: Baseline,
  monitored: UsablePoint[],
  direction: 'up' | 'down',
  params: FrozenParams,
): FrozenSignal[] {
  const { centre, sign, limitSigma } = baseline;
  const side = sideWord(direction);
  const usual = formatValue(centre);
  const signals: FrozenSignal[] = [];
  const active = { shewhart: false, extreme: false, twoOfThree: false, ewma: false, cusum: false };
  const dist = (p: UsablePoint): number => (sign * (p.value - centre)) / limitSigma;

  // The same EWMA path (and limits) that frozenLimits() hands to the dashboard.
  const path = ewmaPath(baseline, monitored, params);
  let ewmaStart = 0;
  let s = 0;
  let cusumStart = 0;

  monitored.forEach((p, i) => {
    const alerts: FrozenSignal[] = [];
    const watches: FrozenSignal[] = [];
    const d = dist(p);

    // Shewhart: one point beyond 3σ on the bad side is a 'watch'; beyond alertSigmas it is an 'alert'.
    // Within one spell of consecutive points beyond 3σ, a rule emits once, plus once more on escalating.
    const shewhart = d > params.shewhartSigmas;
    const extreme = d > params.alertSigmas;
    if ((shewhart && !active.shewhart) || (extreme && !active.extreme)) {
      const [value, limit] = formatPair(p.value, centre + sign * params.shewhartSigmas * limitSigma);
      const signal: FrozenSignal = {
        period: p.period,
        rule: DRIFT_RULES.shewhart,
        severity: extreme ? 'alert' : 'watch',
        message:
          `In ${formatPeriod(p.period)} the value (${value}) was ${side} the control limit of ${limit} ` +
          `(usual level ${usual})` +
          (extreme
            ? `, more than ${params.alertSigmas} standard deviations away: far beyond the usual ups and downs. ` +
              `Worth checking what changed.`
            : `. A single point like this happens now and then; it matters more if the next ones stay ${direction === 'up' ? 'high' : 'low'}.`),
      };
      (extreme ? alerts : watches).push(signal);
    }
    active.shewhart = shewhart;
    active.extreme = extreme;

    // Two of the last three beyond 2σ on the bad side, the current point being one of them.
    const window = monitored.slice(Math.max(0, i - 2), i + 1);
    const beyond = window.filter((q) => dist(q) > 2);
    const twoOfThree = d > 2 && beyond.length >= 2;
    if (twoOfThree && !active.twoOfThree) {
      watches.push({
        period: p.period,
        rule: DRIFT_RULES.twoOfThree,
        severity: 'watch',
        message:
          `${beyond.length} of the last ${window.length} values were well ${side} the usual level of ${usual} ` +
          `(more than 2 standard deviations: ${formatPoints(beyond)}). One to keep an eye on.`,
      });
    }
    active.twoOfThree = twoOfThree;

    // One-sided EWMA (reflected at the centre so a good spell does not bank credit).
    const ewmaPoint = path[i];
    if (params.ewmaL > 0 && ewmaPoint) {
      const before = i === 0 ? 0 : sign * ((path[i - 1]?.value ?? centre) - centre);
      if (before <= 0) ewmaStart = i;
      const ewma = sign * (ewmaPoint.value - ewmaPoint.limit) > 0;
      if (ewma && !active.ewma) {
        const span = monitored.slice(ewmaStart, i + 1);
        const first = (span[0] as UsablePoint).period;
        const [smoothed, limit] = formatPair(ewmaPoint.value, ewmaPoint.limit);
        alerts.push({
          period: p.period,
          rule: DRIFT_RULES.ewma,
          severity: 'alert',
          message:
            `The value has been drifting ${side} its usual level of ${usual} since ${formatPeriod(first)}: its ` +
            `smoothed average (EWMA) reached ${smoothed} in ${formatPeriod(p.period)}, past the limit of ${limit} ` +
            `(${describePoints(span)}). ` +
            `Small, steady changes like this are easy to miss point by point.`,
        });
      }
      active.ewma = ewma;
    }

    // One-sided CUSUM in σ units: S = max(0, S + d − k), signal while S > h (no restart: no repeats).
    if (params.cusumH > 0) {
      if (s === 0) cusumStart = i;
      s = Math.max(0, s + d - params.cusumK);
      const cusum = s > params.cusumH;
      if (cusum && !active.cusum) {
        const span = monitored.slice(cusumStart, i + 1);
        alerts.push({
          period: p.period,
          rule: DRIFT_RULES.cusum,
          severity: 'alert',
          message:
            `Small ${direction === 'up' ? 'rises' : 'falls'} have been adding up: the value has mostly been ${side} ` +
            `its usual level of ${usual} since ${formatPeriod((span[0] as UsablePoint).period)}, and the running total ` +
            `(CUSUM) passed its decision limit in ${formatPeriod(p.period)} ` +
            `(${describePoints(span)}).`,
        });
      }
      active.cusum = cusum;
    }

    // While an alert is still triggered the episode is already flagged: no extra watches.
    const inEpisode = active.ewma || active.cusum || active.extreme;
    signals.push(...alerts, ...(alerts.length > 0 || inEpisode ? [] : watches));
  });
  return signals;
}
