import { Button } from '../../../components/ui/button';
import { Select } from '../../../components/ui/select';
import { TextField } from '../../../components/ui/text-field';
import { useToast } from '../../../components/ui/toast';
import type { ActionItemStatus, SupervisionDimension } from '../../../gql/graphql';
import { errorMessage } from '../../../lib/graphql-client';
import { ACTION_STATUS_LABELS, DIMENSIONS } from '../labels';
import { useUpdateActionItem, type ActionItem } from '../use-notes';
import { newKey, type DraftActionItem } from './note-draft';
import { TEXT_LIMITS } from '@tandem/shared';

export interface Owner {
  id: string;
  name: string;
  role: 'supervisor' | 'supervisee';
}

const STATUS_OPTIONS = (Object.keys(ACTION_STATUS_LABELS) as ActionItemStatus[]).map((s) => ({ value: s, label: ACTION_STATUS_LABELS[s] }));
const DIMENSION_OPTIONS = DIMENSIONS.map((d) => ({ value: d.code, label: `${d.code} ${d.shortTitle}` }));

/** The status of a saved action, changed straight away (it stays changeable after the note is locked). */
export function ActionStatusSelect({ item, label = 'Status' }: { item: Pick<ActionItem, 'id' | 'status' | 'description'>; label?: string }) {
  const update = useUpdateActionItem();
  const toast = useToast();
  return (
    <Select
      label={label}
      value={item.status}
      options={STATUS_OPTIONS}
      disabled={update.isPending}
      error={update.error ? errorMessage(update.error) : undefined}
      onChange={(e) =>
        update.mutate(
          { actionItemId: item.id, status: e.target.value as ActionItemStatus },
          { onSuccess: (saved) => toast.show(`Action marked ${ACTION_STATUS_LABELS[saved.status].toLowerCase()}.`) },
        )
      }
    />
  );
}

export interface ActionItemsEditorProps {
  items: DraftActionItem[];
  onChange: (items: DraftActionItem[]) => void;
  owners: Owner[];
  /** Saved items as the server has them (for their status). */
  saved: ActionItem[];
}

/** Agreed actions: what, who, by when, which dimension; the status of saved ones changes at once. */
export function ActionItemsEditor({ items, onChange, owners, saved }: ActionItemsEditorProps) {
  const byId = new Map(saved.map((a) => [a.id, a]));
  const update = (key: string, patch: Partial<DraftActionItem>) => onChange(items.map((a) => (a.key === key ? { ...a, ...patch } : a)));
  const defaultOwner = owners.find((o) => o.role === 'supervisee')?.id ?? owners[0]?.id ?? '';
  const ownerOptions = owners.map((o) => ({ value: o.id, label: o.name }));
  return (
    <fieldset className="fieldset action-items">
      <legend className="field__label">Agreed actions</legend>
      <p className="field__description">Small, shared next steps. An action is saved once it has a description.</p>
      {items.length === 0 ? <p className="muted small">No actions yet.</p> : null}
      <ol className="action-items__list">
        {items.map((a, i) => {
          const server = a.id ? byId.get(a.id) : undefined;
          return (
            <li key={a.key} className="action-item">
              <div className="action-item__head">
                <span className="action-item__number">Action {i + 1}</span>
                <Button size="sm" variant="ghost" onClick={() => onChange(items.filter((x) => x.key !== a.key))} aria-label={`Remove action ${i + 1}`}>
                  Remove
                </Button>
              </div>
              <TextField label="What" maxLength={TEXT_LIMITS.actionDescription} value={a.description} onChange={(e) => update(a.key, { description: e.target.value })} placeholder="e.g. Try asking the person what would help before offering ideas" />
              <div className="sv-form-row sv-form-row--4">
                <Select label="Who" value={a.ownerId} options={ownerOptions} onChange={(e) => update(a.key, { ownerId: e.target.value })} />
                <TextField label="By" type="date" optional value={a.dueOn} onChange={(e) => update(a.key, { dueOn: e.target.value })} />
                <Select
                  label="Dimension"
                  optional
                  value={a.dimension}
                  emptyOption="None"
                  options={DIMENSION_OPTIONS}
                  onChange={(e) => update(a.key, { dimension: e.target.value as SupervisionDimension | '' })}
                />
                {server ? (
                  <ActionStatusSelect item={server} />
                ) : (
                  <div className="field">
                    <span className="field__label">Status</span>
                    <span className="muted small action-item__new">{a.description.trim() ? 'Open (saving…)' : 'New'}</span>
                  </div>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <div>
        <Button size="sm" onClick={() => onChange([...items, { key: newKey(), description: '', ownerId: defaultOwner, dueOn: '', dimension: '' }])}>
          Add an action
        </Button>
      </div>
    </fieldset>
  );
}
