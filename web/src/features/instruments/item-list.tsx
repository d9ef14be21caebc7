import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import type { InstrumentItemFields, InstrumentVersionFields } from './use-instruments';

const PATTERNS: Record<string, string> = { HIERARCHICAL: 'Hierarchical', MEDICAL_MODEL: 'Medical model', ERRAND: 'Errand' };

export interface ItemListActions {
  onEdit: (item: InstrumentItemFields) => void;
  onMove: (item: InstrumentItemFields, direction: 'UP' | 'DOWN') => void;
  onRetire: (item: InstrumentItemFields) => void;
  onAdd: (dimensionCode: string) => void;
  /** The item being moved, to show progress on its buttons. */
  moving?: string | null;
}

function ItemRow({ item, first, last, actions }: { item: InstrumentItemFields; first: boolean; last: boolean; actions?: ItemListActions }) {
  return (
    <li className="item-row">
      <div className="item-row__head">
        <code className="item-row__code">{item.code}</code>
        {item.polarity === 'DRIFT' ? (
          <Badge tone="accent">Drift{item.driftPattern ? ` · ${PATTERNS[item.driftPattern] ?? item.driftPattern}` : ' · pattern missing'}</Badge>
        ) : (
          <Badge tone="primary">Core</Badge>
        )}
        {item.inShortForm ? <Badge tone="info">Short form</Badge> : null}
        {!item.naAllowed ? <Badge>No “not applicable”</Badge> : null}
      </div>
      <p className="item-row__prompt">{item.prompts.self}</p>
      <p className="muted small item-row__observer">Observer: {item.prompts.supervisor || <em>missing</em>}</p>
      {item.inShortForm && item.prompts.personServed ? <p className="muted small">People supported: {item.prompts.personServed}</p> : null}
      {actions ? (
        <div className="item-row__actions">
          <Button size="sm" onClick={() => actions.onEdit(item)}>
            Edit<span className="visually-hidden"> {item.code}</span>
          </Button>
          <Button size="sm" variant="ghost" disabled={first || actions.moving === item.code} onClick={() => actions.onMove(item, 'UP')}>
            Move up<span className="visually-hidden"> {item.code}</span>
          </Button>
          <Button size="sm" variant="ghost" disabled={last || actions.moving === item.code} onClick={() => actions.onMove(item, 'DOWN')}>
            Move down<span className="visually-hidden"> {item.code}</span>
          </Button>
          <Button size="sm" variant="ghost" onClick={() => actions.onRetire(item)}>
            Retire<span className="visually-hidden"> {item.code}</span>
          </Button>
        </div>
      ) : null}
    </li>
  );
}

/** A version's items by dimension, in display order; with actions when it is the draft. */
export function ItemList({ version, actions }: { version: InstrumentVersionFields; actions?: ItemListActions }) {
  const items = [...version.items].sort((a, b) => a.order - b.order);
  return (
    <div className="item-dimensions">
      {version.dimensions.map((d) => {
        const inDimension = items.filter((i) => i.dimensionCode === d.code);
        return (
          <section key={d.code} className="item-dimension" aria-labelledby={`dimension-${d.code}`}>
            <div className="item-dimension__head">
              <h3 id={`dimension-${d.code}`}>
                {d.code} · {d.title}
                {!d.inIndex ? <span className="muted small"> (not in the index)</span> : null}
              </h3>
              {actions ? (
                <Button size="sm" onClick={() => actions.onAdd(d.code)}>
                  Add item<span className="visually-hidden"> to {d.code}</span>
                </Button>
              ) : null}
            </div>
            {inDimension.length === 0 ? (
              <p className="muted small">No items.</p>
            ) : (
              <ol className="item-list">
                {inDimension.map((item, i) => (
                  <ItemRow key={item.code} item={item} first={i === 0} last={i === inDimension.length - 1} actions={actions} />
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}
