import { validatePolicy } from '@tandem/shared';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Checkbox, CheckboxGroup } from '../../components/ui/checkbox-group';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Select } from '../../components/ui/select';
import { Skeleton } from '../../components/ui/spinner';
import { TextField } from '../../components/ui/text-field';
import { useToast } from '../../components/ui/toast';
import type { SupervisionModality, SupervisionPolicyPreset, SupervisionPolicyQuery } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-client';
import { MODALITIES, MODALITY_LABELS, POLICY_PRESET_OPTIONS } from './labels';
import { usePolicy, usePrograms, useUpdatePolicy } from './use-supervision-admin';
import './supervision.css';

type Policy = SupervisionPolicyQuery['supervisionPolicy'];
interface StageDraft {
  untilMonths: string;
  everyDays: string;
}

/** "Weekly until month 6, then every 14 days." */
export function describeStages(stages: { untilMonths: number | null; everyDays: number }[]): string {
  const every = (d: number) => (d === 7 ? 'weekly' : d === 14 ? 'every two weeks' : d === 30 ? 'monthly' : `every ${d} days`);
  return stages
    .map((s, i) => (s.untilMonths === null ? `${i === 0 ? '' : 'then '}${every(s.everyDays)}` : `${i === 0 ? '' : 'then '}${every(s.everyDays)} until month ${s.untilMonths}`))
    .join(', ')
    .replace(/^./, (c) => c.toUpperCase());
}

/** Admin: a program's supervision policy — a preset or custom stages, and what counts. */
export function PolicyPage() {
  const programs = usePrograms();
  const [params, setParams] = useSearchParams();
  const programId = params.get('program') ?? programs.data?.[0]?.id ?? '';
  const policy = usePolicy(programId);
  return (
    <>
      <PageHeader title="Supervision policy" description="How often each program’s peer specialists should have supervision, and which sessions count." />
      {programs.isPending ? (
        <Skeleton lines={3} label="Loading programs" />
      ) : programs.isError ? (
        <ErrorState error={programs.error} onRetry={() => void programs.refetch()} />
      ) : programs.data.length === 0 ? (
        <EmptyState title="No programs yet">Create a program on the Teams & programs page first.</EmptyState>
      ) : (
        <div className="stack">
          <div className="sv-filters">
            <Select label="Program" value={programId} options={programs.data.map((p) => ({ value: p.id, label: p.name }))} onChange={(e) => setParams({ program: e.target.value }, { replace: true })} />
          </div>
          {policy.isPending ? (
            <div className="card">
              <Skeleton lines={5} label="Loading the policy" />
            </div>
          ) : policy.isError ? (
            <ErrorState error={policy.error} onRetry={() => void policy.refetch()} />
          ) : (
            <PolicyForm key={`${policy.data.programId}-${policy.data.updatedAt ?? 'default'}`} policy={policy.data} />
          )}
        </div>
      )}
    </>
  );
}

function PolicyForm({ policy }: { policy: Policy }) {
  const update = useUpdatePolicy();
  const toast = useToast();
  const [preset, setPreset] = useState<SupervisionPolicyPreset>(policy.preset);
  const [stages, setStages] = useState<StageDraft[]>(policy.stages.map((s) => ({ untilMonths: s.untilMonths === null ? '' : String(s.untilMonths), everyDays: String(s.everyDays) })));
  const [modalities, setModalities] = useState<SupervisionModality[]>(policy.countingModalities);
  const [minimum, setMinimum] = useState(String(policy.minimumMinutes));
  const [requireDocs, setRequireDocs] = useState(policy.requireDocumentation);
  const [submitted, setSubmitted] = useState(false);

  const parsed = stages.map((s) => ({ untilMonths: s.untilMonths.trim() === '' ? null : Number(s.untilMonths), everyDays: Number(s.everyDays) }));
  const stageProblems = preset === 'CUSTOM' ? validatePolicy({ preset, stages: parsed, countingModalities: modalities, minimumMinutes: Number(minimum) }) : [];
  const minutes = Number(minimum);
  const minimumProblem = !Number.isInteger(minutes) || minutes < 0 || minutes > 480 ? 'A whole number of minutes, 0 to 480.' : undefined;
  const modalityProblem = modalities.length === 0 ? 'Choose at least one kind of session.' : undefined;
  const setStage = (i: number, patch: Partial<StageDraft>) => setStages(stages.map((s, j) => (j === i ? { ...s, ...patch } : s)));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (stageProblems.length || minimumProblem || modalityProblem) return;
    update.mutate(
      {
        programId: policy.programId,
        preset,
        countingModalities: modalities,
        minimumMinutes: minutes,
        requireDocumentation: requireDocs,
        ...(preset === 'CUSTOM' ? { stages: parsed } : {}),
      },
      { onSuccess: () => toast.show('Supervision policy saved. Compliance now counts with it.') },
    );
  };

  return (
    <form className="card stack policy-form" onSubmit={submit} noValidate aria-labelledby="policy-title">
      <h2 id="policy-title" className="card-title">
        {policy.isDefault ? 'Using the product default' : 'This program’s policy'}
      </h2>
      <p className="muted small">
        Now: {describeStages(policy.stages)}.{policy.updatedAt ? ` Last changed ${formatDateTime(policy.updatedAt)}.` : ''}
      </p>
      <Select label="Frequency" value={preset} options={POLICY_PRESET_OPTIONS} onChange={(e) => setPreset(e.target.value as SupervisionPolicyPreset)} />
      {preset === 'CUSTOM' ? (
        <fieldset className="fieldset stages">
          <legend className="field__label">Stages</legend>
          <p className="field__description">Counted from each person’s start date. Leave “until month” empty on the last stage: it runs on from there.</p>
          <ol className="stages__list">
            {stages.map((s, i) => (
              <li key={i} className="stages__row">
                <TextField label={`Stage ${i + 1}: until month`} type="number" inputMode="numeric" min={1} value={s.untilMonths} onChange={(e) => setStage(i, { untilMonths: e.target.value })} optional={i === stages.length - 1} />
                <TextField label="At least one session every (days)" type="number" inputMode="numeric" min={1} value={s.everyDays} onChange={(e) => setStage(i, { everyDays: e.target.value })} />
                <Button size="sm" variant="ghost" disabled={stages.length === 1} onClick={() => setStages(stages.filter((_, j) => j !== i))} aria-label={`Remove stage ${i + 1}`}>
                  Remove
                </Button>
              </li>
            ))}
          </ol>
          <div>
            <Button size="sm" onClick={() => setStages([...stages, { untilMonths: '', everyDays: '14' }])}>
              Add a stage
            </Button>
          </div>
          {stageProblems.length === 0 ? (
            <p className="recurrence__sentence">{describeStages(parsed)}</p>
          ) : submitted ? (
            <Alert tone="danger" title="The stages need a look">
              <ul className="sv-warnings">
                {stageProblems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </Alert>
          ) : null}
        </fieldset>
      ) : null}
      <CheckboxGroup
        legend="Sessions that count"
        options={MODALITIES.map((m) => ({ value: m, label: MODALITY_LABELS[m] }))}
        value={modalities}
        onChange={setModalities}
        error={submitted ? modalityProblem : undefined}
        inline
      />
      <TextField label="Shortest session that counts (minutes)" type="number" inputMode="numeric" min={0} max={480} value={minimum} onChange={(e) => setMinimum(e.target.value)} error={submitted ? minimumProblem : undefined} />
      <Checkbox label="A session counts only once it has a note" description="Held sessions without a note show as “held, not documented”." checked={requireDocs} onChange={(e) => setRequireDocs(e.target.checked)} />
      {update.error ? <Alert tone="danger" title="Not saved">{errorMessage(update.error)}</Alert> : null}
      <div className="form-actions">
        <Button type="submit" variant="primary" loading={update.isPending}>
          Save policy
        </Button>
      </div>
    </form>
  );
}
