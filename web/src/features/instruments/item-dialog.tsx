import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Checkbox } from '../../components/ui/checkbox-group';
import { Dialog } from '../../components/ui/dialog';
import { Select } from '../../components/ui/select';
import { TextAreaField } from '../../components/ui/text-field';
import type { AddInstrumentItemInput, InstrumentDriftPattern, UpdateInstrumentItemInput } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-client';
import { problemsOf } from './import-instrument-card';
import { useAddInstrumentItem, useUpdateInstrumentItem, type InstrumentItemFields, type InstrumentVersionFields } from './use-instruments';
import { TEXT_LIMITS } from '@tandem/shared';

interface ItemForm {
  dimensionCode: string;
  polarity: 'CORE' | 'DRIFT';
  driftPattern: '' | InstrumentDriftPattern;
  self: string;
  supervisor: string;
  reviewer: string;
  personServed: string;
  help: string;
  reflectionPrompt: string;
  naAllowed: boolean;
  inShortForm: boolean;
  replacesItemCode: string;
}

function formOf(item: InstrumentItemFields | undefined, dimensionCode: string): ItemForm {
  return {
    dimensionCode: item?.dimensionCode ?? dimensionCode,
    polarity: item?.polarity === 'DRIFT' ? 'DRIFT' : 'CORE',
    driftPattern: (item?.driftPattern ?? '') as ItemForm['driftPattern'],
    self: item?.prompts.self ?? '',
    supervisor: item?.prompts.supervisor ?? '',
    reviewer: item?.prompts.reviewer ?? '',
    personServed: item?.prompts.personServed ?? '',
    help: item?.help ?? '',
    reflectionPrompt: item?.reflectionPrompt ?? '',
    naAllowed: item?.naAllowed ?? true,
    inShortForm: item?.inShortForm ?? false,
    replacesItemCode: '',
  };
}

/** Only what changed, as updateInstrumentItem expects (omitted = unchanged; '' or null removes optional texts). */
function updateInput(key: string, item: InstrumentItemFields, form: ItemForm): UpdateInstrumentItemInput {
  const before = formOf(item, item.dimensionCode);
  const input: UpdateInstrumentItemInput = { instrumentKey: key, itemCode: item.code };
  const prompts: NonNullable<UpdateInstrumentItemInput['prompts']> = {};
  for (const k of ['self', 'supervisor', 'reviewer', 'personServed'] as const) if (form[k] !== before[k]) prompts[k] = form[k];
  if (Object.keys(prompts).length) input.prompts = prompts;
  if (form.help !== before.help) input.help = form.help;
  if (form.reflectionPrompt !== before.reflectionPrompt) input.reflectionPrompt = form.reflectionPrompt;
  if (form.naAllowed !== before.naAllowed) input.naAllowed = form.naAllowed;
  if (form.inShortForm !== before.inShortForm) input.inShortForm = form.inShortForm;
  if (form.driftPattern !== before.driftPattern) input.driftPattern = form.driftPattern || null;
  return input;
}

function addInput(key: string, form: ItemForm): AddInstrumentItemInput {
  return {
    instrumentKey: key,
    dimensionCode: form.dimensionCode,
    polarity: form.polarity,
    driftPattern: form.polarity === 'DRIFT' && form.driftPattern ? form.driftPattern : null,
    prompts: {
      self: form.self,
      supervisor: form.supervisor,
      reviewer: form.reviewer || null,
      personServed: form.personServed || null,
    },
    help: form.help,
    naAllowed: form.naAllowed,
    inShortForm: form.inShortForm,
    reflectionPrompt: form.polarity === 'DRIFT' ? form.reflectionPrompt || null : null,
    replacesItemCode: form.replacesItemCode || null,
  };
}

export interface ItemDialogProps {
  instrumentKey: string;
  draft: InstrumentVersionFields;
  /** Edit this item; without it, add a new one. */
  item?: InstrumentItemFields;
  /** Items of the newest published version (a new item may replace one). */
  previousItems: InstrumentItemFields[];
  defaultDimension?: string;
  onClose: () => void;
}

/** Add an item to the draft, or change an item's wording, flags and drift pattern. */
export function ItemDialog({ instrumentKey, draft, item, previousItems, defaultDimension, onClose }: ItemDialogProps) {
  const [form, setForm] = useState<ItemForm>(() => formOf(item, defaultDimension ?? draft.dimensions[0]?.code ?? 'D1'));
  const [selfError, setSelfError] = useState<string | null>(null);
  const update = useUpdateInstrumentItem(instrumentKey);
  const add = useAddInstrumentItem(instrumentKey);
  const mutation = item ? update : add;
  const set = <K extends keyof ItemForm>(k: K, v: ItemForm[K]) => setForm((f) => ({ ...f, [k]: v }));
  const drift = form.polarity === 'DRIFT';

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!form.self.trim()) {
      setSelfError('Write the self-assessment wording (first person, “I …”)');
      document.getElementById('item-self')?.focus();
      return;
    }
    setSelfError(null);
    if (item) update.mutate(updateInput(instrumentKey, item, form), { onSuccess: onClose });
    else add.mutate(addInput(instrumentKey, form), { onSuccess: onClose });
  };

  const problems = problemsOf(mutation.error);
  return (
    <Dialog
      open
      onClose={onClose}
      size="lg"
      dismissible={!mutation.isPending}
      title={item ? `Edit item ${item.code}` : 'Add an item'}
      description={item ? 'Changes apply to the draft only; published versions never change.' : 'It goes at the end of its dimension with the next free code.'}
    >
      <form id="item-form" className="stack" onSubmit={handleSubmit} noValidate>
        {!item ? (
          <div className="grid-2">
            <Select
              label="Dimension"
              value={form.dimensionCode}
              onChange={(e) => set('dimensionCode', e.target.value)}
              options={draft.dimensions.map((d) => ({ value: d.code, label: `${d.code} · ${d.title}` }))}
            />
            <Select
              label="Kind"
              value={form.polarity}
              onChange={(e) => set('polarity', e.target.value as ItemForm['polarity'])}
              options={[
                { value: 'CORE', label: 'Core: describes mutual practice' },
                { value: 'DRIFT', label: 'Drift: describes drift (counted the other way round)' },
              ]}
            />
          </div>
        ) : null}
        {drift ? (
          <Select
            label="Drift pattern"
            value={form.driftPattern}
            emptyOption="Choose a pattern"
            description="Needed before publishing."
            onChange={(e) => set('driftPattern', e.target.value as ItemForm['driftPattern'])}
            options={[
              { value: 'HIERARCHICAL', label: 'Hierarchical' },
              { value: 'MEDICAL_MODEL', label: 'Medical model' },
              { value: 'ERRAND', label: 'Errand' },
            ]}
          />
        ) : null}
        <TextAreaField id="item-self" className="field--prose" label="Self-assessment wording" maxLength={TEXT_LIMITS.instrumentText} description="First person: “I …”" rows={2} value={form.self} error={selfError} onChange={(e) => set('self', e.target.value)} />
        <TextAreaField className="field--prose" label="Observer wording (supervisor)" maxLength={TEXT_LIMITS.instrumentText} description="Third person: “The peer specialist …”" rows={2} value={form.supervisor} onChange={(e) => set('supervisor', e.target.value)} />
        <TextAreaField className="field--prose" label="Reviewer wording" maxLength={TEXT_LIMITS.instrumentText} optional description="Defaults to the observer wording." rows={2} value={form.reviewer} onChange={(e) => set('reviewer', e.target.value)} />
        <TextAreaField className="field--prose" label="Plain-language wording for people supported" maxLength={TEXT_LIMITS.instrumentText} optional description="Needed for short-form items: “My peer worker …”" rows={2} value={form.personServed} onChange={(e) => set('personServed', e.target.value)} />
        <TextAreaField className="field--prose" label="Help: what to look for" maxLength={TEXT_LIMITS.instrumentText} optional rows={2} value={form.help} onChange={(e) => set('help', e.target.value)} />
        {drift ? (
          <TextAreaField className="field--prose" label="Reflection prompt for supervision" maxLength={TEXT_LIMITS.instrumentText} optional description="Shown when the item is rated 4 or 5." rows={2} value={form.reflectionPrompt} onChange={(e) => set('reflectionPrompt', e.target.value)} />
        ) : null}
        <div className="checkbox-list">
          <Checkbox label="Allow “not applicable”" checked={form.naAllowed} onChange={(e) => set('naAllowed', e.target.checked)} />
          <Checkbox label="Part of the short form for people supported" checked={form.inShortForm} onChange={(e) => set('inShortForm', e.target.checked)} />
        </div>
        {!item && previousItems.length ? (
          <Select
            label="Replaces an item of the published version"
            optional
            value={form.replacesItemCode}
            emptyOption="No — a new question"
            description="Its trend then continues on this item."
            onChange={(e) => set('replacesItemCode', e.target.value)}
            options={previousItems.map((i) => ({ value: i.code, label: `${i.code} · ${i.prompts.self.slice(0, 70)}${i.prompts.self.length > 70 ? '…' : ''}` }))}
          />
        ) : null}
        {mutation.isError ? (
          <Alert tone="danger" title="Nothing was changed">
            {problems.length ? <ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul> : errorMessage(mutation.error)}
          </Alert>
        ) : null}
        <div className="form-actions">
          <Button type="submit" variant="primary" loading={mutation.isPending}>
            {item ? 'Save item' : 'Add item'}
          </Button>
          <Button onClick={onClose} disabled={mutation.isPending}>
            Cancel
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
