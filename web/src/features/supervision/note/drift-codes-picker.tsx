import { Checkbox } from '../../../components/ui/checkbox-group';
import { Skeleton } from '../../../components/ui/spinner';
import { DRIFT_FAMILY_LABELS } from '../labels';
import { useDriftCodes } from '../use-notes';

/** Drift codes discussed, grouped by pattern (from supervisionDriftCodes); groups with a choice start open. */
export function DriftCodesPicker({ value, onChange }: { value: string[]; onChange: (codes: string[]) => void }) {
  const codes = useDriftCodes();
  if (codes.isPending) return <Skeleton lines={2} label="Loading drift codes" />;
  if (codes.isError) return <p className="field__error">The drift codes could not be loaded.</p>;
  const families = [...new Set(codes.data.map((c) => c.family))];
  const order = codes.data.map((c) => c.code);
  const toggle = (code: string, on: boolean) => {
    const next = new Set(value);
    if (on) next.add(code);
    else next.delete(code);
    onChange(order.filter((c) => next.has(c)));
  };
  return (
    <fieldset className="fieldset drift-picker">
      <legend className="field__label">Drift codes discussed</legend>
      <p className="field__description">Patterns you talked about together — a topic for reflection, not a finding about the person.</p>
      {families.map((family) => {
        const list = codes.data.filter((c) => c.family === family);
        const chosen = list.filter((c) => value.includes(c.code)).length;
        return (
          <details key={family} className="drift-picker__family" open={chosen > 0 || undefined}>
            <summary>
              {DRIFT_FAMILY_LABELS[family] ?? family}
              {chosen ? <span className="muted small"> · {chosen} chosen</span> : null}
            </summary>
            <div className="checkbox-list drift-picker__codes">
              {list.map((c) => (
                <Checkbox key={c.code} label={`${c.code} ${c.label}`} checked={value.includes(c.code)} onChange={(e) => toggle(c.code, e.target.checked)} />
              ))}
            </div>
          </details>
        );
      })}
    </fieldset>
  );
}
