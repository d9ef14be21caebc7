import { formatDriftPeriod } from '@tandem/shared';
import type { ReactNode } from 'react';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { SeverityBadge } from './drift-badges';
import { isDimensionMetric, itemsForSignal, ruleWords, signalName, type DriftSignal } from './drift-shaping';
import type { ItemMovement } from './overview-types';

const METRIC_PRIORITY = (metric: string) => (['MDI', 'HDI', 'EDI', 'ODI'].includes(metric) ? 0 : metric === 'MFI' ? 1 : 2);

/**
 * In force before earlier; drift before improvement; alerts before watches; drift indices (which say "which way")
 * before MFI and dimensions; newest first.
 */
export function orderSignals(signals: readonly DriftSignal[]): DriftSignal[] {
  return [...signals].sort((a, b) =>
    Number(b.inForce) - Number(a.inForce)
    || Number(a.direction === 'better') - Number(b.direction === 'better')
    || Number(b.severity === 'alert') - Number(a.severity === 'alert')
    || METRIC_PRIORITY(a.metric) - METRIC_PRIORITY(b.metric)
    || b.period.localeCompare(a.period));
}

function signalTitle(s: DriftSignal): string {
  return `${s.metricLabel}: ${signalName(s).toLowerCase()}`;
}

/** "in force since Mar 2026" / "improving since …" / "earlier" / "before this range, still in force". */
export function SignalStatusBadges({ signal }: { signal: DriftSignal }) {
  return (
    <>
      {signal.direction === 'better' ? <Badge tone="success">improvement</Badge> : null}
      {signal.inForce ? <Badge tone="info">{signal.beforeRange ? 'before this range, still in force' : 'in force'}</Badge> : <Badge>earlier</Badge>}
    </>
  );
}

export function SignalList({ signals, selectedId, onSelect }: { signals: DriftSignal[]; selectedId: string | null; onSelect: (s: DriftSignal) => void }) {
  const active = signals.filter((s) => s.inForce);
  const earlier = signals.filter((s) => !s.inForce);
  const item = (s: DriftSignal) => (
    <li key={s.id}>
      <button type="button" className="signal-list__button" aria-current={s.id === selectedId ? 'true' : undefined} onClick={() => onSelect(s)}>
        <span className="row" style={{ gap: '0.5rem' }}>
          <SeverityBadge severity={s.severity} period={s.period} />
          <SignalStatusBadges signal={s} />
        </span>
        <span className="signal-list__metric">{signalTitle(s)}</span>
      </button>
    </li>
  );
  return (
    <div className="stack-sm">
      {active.length ? <ul className="signal-list" aria-label="Signals in force">{active.map(item)}</ul> : <p className="muted small">No signal is in force at the end of this range.</p>}
      {earlier.length ? (
        <details>
          <summary className="small">Earlier signals in this range ({earlier.length})</summary>
          <ul className="signal-list" aria-label="Earlier signals" style={{ marginTop: '0.5rem' }}>
            {earlier.map(item)}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

/** Which items moved, before → after on 1–5, with the direction said gently. */
export function ItemsMoved({ items }: { items: ItemMovement[] }) {
  if (items.length === 0) return <p className="muted small">No single item moved enough to stand out for this measure.</p>;
  return (
    <ul className="items-moved">
      {items.map((i) => (
        <li key={i.itemCode} className="items-moved__item">
          <p className="items-moved__prompt">
            <span className="items-moved__code">{i.itemCode}</span>
            {i.prompt}
          </p>
          <span className="items-moved__change">
            <span className="visually-hidden">Mean rating went from </span>
            {i.before.toFixed(1)} <span aria-hidden="true">→</span>
            <span className="visually-hidden"> to </span> <strong>{i.after.toFixed(1)}</strong>
          </span>
          <span className="items-moved__meta">
            {i.polarity === 'DRIFT' ? <Badge>describes drift{i.driftPattern ? ` · ${i.driftPattern.toLowerCase().replace('_', '-')}` : ''}</Badge> : <Badge tone="primary">core practice</Badge>}
            {i.worse ? <Badge tone="warning">moved toward drift</Badge> : <Badge tone="success">moved toward mutuality</Badge>}
          </span>
        </li>
      ))}
    </ul>
  );
}

export interface SignalExplanationProps {
  signal: DriftSignal;
  items: ItemMovement[];
  onShowOnChart?: () => void;
  /** "Create action" (when the API can record one) or a note on how to carry the signal into supervision. */
  actionSlot?: ReactNode;
  /** Links to the checklists behind the signal, for those who may open them. */
  checklistsSlot?: ReactNode;
}

/** Rule in plain words, the API's own message, and which items moved — the "why" behind a signal. */
export function SignalExplanation({ signal, items, onShowOnChart, actionSlot, checklistsSlot }: SignalExplanationProps) {
  const words = ruleWords(signal.rule);
  const name = signalName(signal);
  const moved = itemsForSignal(signal.metric, items);
  return (
    <div className="signal-explain" id="signal-explanation" aria-live="polite">
      <div className="row" style={{ gap: '0.5rem' }}>
        <SeverityBadge severity={signal.severity} period={signal.period} />
        <SignalStatusBadges signal={signal} />
      </div>
      <h3 className="signal-explain__rule">
        {signal.metricLabel}: {name.toLowerCase()}
      </h3>
      {words.explain ? <p className="small muted" style={{ margin: 0 }}>{words.explain}</p> : null}
      <p className="signal-explain__message">{signal.message}</p>
      <div>
        <h4 className="small" style={{ margin: '0 0 0.35rem' }}>
          {isDimensionMetric(signal.metric) ? 'Items in this dimension that moved' : 'Items that moved'}
          <span className="muted" style={{ fontWeight: 400 }}> — the last three periods against the rest of the range</span>
        </h4>
        <ItemsMoved items={moved} />
      </div>
      <p className="small muted" style={{ margin: 0 }}>
        Signals point to where a conversation may help; they say nothing about any one person.{' '}
        {signal.since !== signal.period ? `The change began about ${formatDriftPeriod(signal.since)}; it was ` : 'It was '}
        first noticed in {formatDriftPeriod(signal.period)}{signal.beforeRange ? ', before this range' : ''}.
      </p>
      <div className="row">
        {onShowOnChart ? (
          <Button size="sm" onClick={onShowOnChart}>
            Show on chart
          </Button>
        ) : null}
        {actionSlot}
      </div>
      {checklistsSlot}
    </div>
  );
}
