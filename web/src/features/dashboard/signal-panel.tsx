import { formatDriftPeriod } from '@tandem/shared';
import type { ReactNode } from 'react';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { SeverityBadge } from './drift-badges';
import { isDimensionMetric, itemsForSignal, ruleWords, type DriftSignal } from './drift-shaping';
import type { ItemMovement } from './overview-types';

const METRIC_PRIORITY = (metric: string) => (['MDI', 'HDI', 'EDI', 'ODI'].includes(metric) ? 0 : metric === 'MFI' ? 1 : 2);

/** Active before earlier; alerts before watches; drift indices (which say "which way") before MFI and dimensions. */
export function orderSignals(signals: readonly DriftSignal[]): DriftSignal[] {
  return [...signals].sort((a, b) =>
    Number(b.active) - Number(a.active)
    || Number(b.severity === 'alert') - Number(a.severity === 'alert')
    || METRIC_PRIORITY(a.metric) - METRIC_PRIORITY(b.metric)
    || b.period.localeCompare(a.period));
}

function signalTitle(s: DriftSignal): string {
  return `${s.metricLabel}: ${ruleWords(s.rule).name.toLowerCase()}`;
}

export function SignalList({ signals, selectedId, onSelect }: { signals: DriftSignal[]; selectedId: string | null; onSelect: (s: DriftSignal) => void }) {
  const active = signals.filter((s) => s.active);
  const earlier = signals.filter((s) => !s.active);
  const item = (s: DriftSignal) => (
    <li key={s.id}>
      <button type="button" className="signal-list__button" aria-current={s.id === selectedId ? 'true' : undefined} onClick={() => onSelect(s)}>
        <span className="row" style={{ gap: '0.5rem' }}>
          <SeverityBadge severity={s.severity} period={s.period} />
          {s.active ? null : <Badge>earlier</Badge>}
        </span>
        <span className="signal-list__metric">{signalTitle(s)}</span>
      </button>
    </li>
  );
  return (
    <div className="stack-sm">
      {active.length ? <ul className="signal-list" aria-label="Active signals">{active.map(item)}</ul> : <p className="muted small">No signal is active in the last three periods.</p>}
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
  const moved = itemsForSignal(signal.metric, items);
  return (
    <div className="signal-explain" id="signal-explanation" aria-live="polite">
      <div className="row" style={{ gap: '0.5rem' }}>
        <SeverityBadge severity={signal.severity} period={signal.period} />
        {signal.active ? <Badge tone="info">active now</Badge> : <Badge>earlier in the range</Badge>}
      </div>
      <h3 className="signal-explain__rule">
        {signal.metricLabel}: {words.name.toLowerCase()}
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
        Signals point to where a conversation may help; they say nothing about any one person. First noticed in {formatDriftPeriod(signal.period)}.
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
