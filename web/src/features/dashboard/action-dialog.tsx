import { formatDriftPeriod, TEXT_LIMITS } from '@tandem/shared';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { Select } from '../../components/ui/select';
import { TextAreaField, TextField } from '../../components/ui/text-field';
import { todayIso } from '../../lib/format';
import { Link } from 'react-router-dom';
import { ApiError, errorMessage } from '../../lib/graphql-client';
import { isDimensionMetric, itemsForSignal, signalName, type DriftSignal } from './drift-shaping';
import type { ItemMovement } from './overview-types';

export interface ActionValues {
  description: string;
  /**
   * TEAM: the whole team, nobody named (the default for a team's signal). CASELOAD: one supervisor and the people they supervise.
   * PERSON: one member's supervision agenda.
   */
  scope: 'TEAM' | 'CASELOAD' | 'PERSON';
  /** PERSON: whose next supervision agenda the action goes on (a team member). */
  superviseeId: string;
  /** CASELOAD: whose caseload it is (a supervisor of team members). */
  supervisorId: string;
  ownerId: string;
  dueOn: string;
  dimension: string;
}

export interface ActionPerson {
  id: string;
  name: string;
  supervisor?: { id: string; name: string } | null;
}

/** A starting description in plain, non-blaming words: what fired, since when, and which items to start with. */
export function actionDraft(signal: DriftSignal, teamName: string, items: readonly ItemMovement[]): { description: string; dimension: string } {
  const moved = itemsForSignal(signal.metric, items).filter((i) => i.worse);
  const start = moved.slice(0, 3).map((i) => i.itemCode);
  const dimension = isDimensionMetric(signal.metric) ? signal.metric.slice(4) : (moved[0]?.dimensionCode ?? '');
  const description = `Reflect together on ${signal.metricLabel.toLowerCase()} at ${teamName} (${signalName(signal).toLowerCase()}, ${formatDriftPeriod(signal.period)})`
    + `${start.length ? `; start with items ${start.join(', ')}` : ''}.`;
  return { description, dimension };
}

/** A refused duplicate points to the open action already agreed on the signal. */
function existingActionPath(error: unknown): string | null {
  const path = error instanceof ApiError ? error.details.existingActionPath : null;
  return typeof path === 'string' ? path : null;
}

function inDays(days: number): string {
  const d = new Date(`${todayIso()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export interface ActionDialogProps {
  open: boolean;
  onClose: () => void;
  signal: DriftSignal;
  teamName: string;
  items: readonly ItemMovement[];
  /** Team members (with their supervisors): the agenda to put it on, and who may own it. */
  members: ActionPerson[];
  dimensionTitles?: Record<string, string>;
  /** The person creating it, offered as owner ("Me"). */
  me?: { id: string; name: string };
  onSubmit: (values: ActionValues) => void;
  pending?: boolean;
  error?: unknown;
}

/** From a signal to an agreed action: description (prefilled), owner, due date and dimension. */
export function ActionDialog({ open, onClose, signal, teamName, items, members, me, onSubmit, pending = false, error }: ActionDialogProps) {
  const draft = actionDraft(signal, teamName, items);
  const [values, setValues] = useState<ActionValues>({
    description: draft.description, scope: 'TEAM', superviseeId: '', supervisorId: '', ownerId: me?.id ?? '', dueOn: inDays(28), dimension: draft.dimension,
  });
  const supervised = members.filter((m) => m.supervisor);
  const supervisors = [...new Map(supervised.map((m) => [m.supervisor!.id, m.supervisor!.name] as const)).entries()]
    .map(([id, name]) => ({ id, name, count: supervised.filter((m) => m.supervisor!.id === id).length }))
    .sort((a, b) => a.name.localeCompare(b.name));
  // Owners: you, team members and their supervisors, each once.
  const owners = [...new Map([
    ...(me ? [[me.id, `${me.name} (me)`] as const] : []),
    ...members.map((m) => [m.id, m.name] as const),
    ...supervised.map((m) => [m.supervisor!.id, `${m.supervisor!.name} (supervisor)`] as const),
  ]).entries()]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const chooseSupervisee = (superviseeId: string) => {
    const supervisor = members.find((m) => m.id === superviseeId)?.supervisor;
    // The supervisor usually carries an action into supervision; suggest them unless someone other than you was chosen.
    setValues((v) => ({ ...v, superviseeId, ownerId: (v.ownerId && v.ownerId !== me?.id ? v.ownerId : supervisor?.id) || v.ownerId }));
  };
  const chooseSupervisor = (supervisorId: string) =>
    // A caseload's action is usually carried by its supervisor; suggest them unless someone other than you was chosen.
    setValues((v) => ({ ...v, supervisorId, ownerId: (v.ownerId && v.ownerId !== me?.id ? v.ownerId : supervisorId) || v.ownerId }));
  const [errors, setErrors] = useState<Partial<Record<keyof ActionValues, string>>>({});

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: typeof errors = {};
    if (!values.description.trim()) next.description = 'Say what will be done';
    if (values.scope === 'PERSON' && !values.superviseeId) next.superviseeId = 'Choose whose supervision it goes to';
    if (values.scope === 'CASELOAD' && !values.supervisorId) next.supervisorId = 'Choose whose caseload it is';
    if (!values.ownerId) next.ownerId = 'Choose who will take it forward';
    if (!values.dueOn) next.dueOn = 'Choose a due date';
    else if (values.dueOn < todayIso()) next.dueOn = 'Choose a date from today on';
    setErrors(next);
    if (Object.keys(next).length === 0) {
      onSubmit({
        ...values,
        superviseeId: values.scope === 'PERSON' ? values.superviseeId : '',
        supervisorId: values.scope === 'CASELOAD' ? values.supervisorId : '',
        description: values.description.trim(),
      });
    }
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      dismissible={!pending}
      title="Create an action from this signal"
      description="A team’s signal is about the team: by default the action is the team’s, naming nobody. It shows on the team’s charts and on the Actions page, with the figure before and after."
      footer={
        <>
          <Button onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" form="action-form" loading={pending}>
            Create action
          </Button>
        </>
      }
    >
      <form id="action-form" className="stack" onSubmit={submit} noValidate>
        {error ? (
          <Alert tone="danger" title="The action was not created">
            {errorMessage(error)}
            {existingActionPath(error) ? (
              <>
                {' '}
                <Link to={existingActionPath(error)!}>Open the existing action</Link>
              </>
            ) : null}
          </Alert>
        ) : null}
        <TextAreaField label="What will be done" maxLength={TEXT_LIMITS.actionDescription} required rows={3} value={values.description} error={errors.description} onChange={(e) => setValues({ ...values, description: e.target.value })} />
        <fieldset className="fieldset">
          <legend className="field__label">Who it is for</legend>
          <label className="radio-row">
            <input type="radio" name="action-scope" value="TEAM" checked={values.scope === 'TEAM'} onChange={() => setValues({ ...values, scope: 'TEAM' })} />
            The whole team (nobody in particular is named)
          </label>
          {supervisors.length > 0 ? (
            <label className="radio-row">
              <input type="radio" name="action-scope" value="CASELOAD" checked={values.scope === 'CASELOAD'} onChange={() => setValues({ ...values, scope: 'CASELOAD' })} />
              One supervisor’s caseload (the supervisor and the people they supervise, nobody singled out)
            </label>
          ) : null}
          <label className="radio-row">
            <input type="radio" name="action-scope" value="PERSON" checked={values.scope === 'PERSON'} onChange={() => setValues({ ...values, scope: 'PERSON' })} />
            One person, on their next supervision agenda
          </label>
        </fieldset>
        {values.scope === 'CASELOAD' ? (
          <Select
            label="Whose caseload"
            required
            value={values.supervisorId}
            emptyOption="Choose a supervisor"
            description="Nobody in the caseload is named; the supervisor sees it on the Actions page."
            options={supervisors.map((s) => ({ value: s.id, label: `${s.name} — supervises ${s.count} ${s.count === 1 ? 'person' : 'people'} here` }))}
            error={errors.supervisorId}
            onChange={(e) => chooseSupervisor(e.target.value)}
          />
        ) : null}
        {values.scope === 'PERSON' ? <Select
          label="On whose supervision agenda"
          required
          value={values.superviseeId}
          emptyOption="Choose a team member"
          description="It goes on their next supervision agenda, where it is talked through together."
          options={supervised.map((m) => ({ value: m.id, label: `${m.name} — with ${m.supervisor!.name}` }))}
          error={errors.superviseeId}
          onChange={(e) => chooseSupervisee(e.target.value)}
        /> : null}
        <Select
          label="Owner"
          required
          value={values.ownerId}
          emptyOption="Choose a person"
          options={owners.map((o) => ({ value: o.id, label: o.name }))}
          error={errors.ownerId}
          onChange={(e) => setValues({ ...values, ownerId: e.target.value })}
        />
        <TextField label="Due date" type="date" required min={todayIso()} value={values.dueOn} error={errors.dueOn} onChange={(e) => setValues({ ...values, dueOn: e.target.value })} />
      </form>
    </Dialog>
  );
}
