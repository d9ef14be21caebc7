import { SETUP_STEP_TEXT, SETUP_STEPS, type SetupStepKey } from '@tandem/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button } from '../../components/ui/button';
import { ProgressBar } from '../../components/ui/progress-bar';
import { plural } from '../../lib/format';
import { request } from '../../lib/graphql-client';
import { SetupProgressQueryDocument } from './setup-guide.graphql';
import './setup-guide.css';

/** Where each step is done, and what the link says before and after. */
const STEP_LINKS: Record<SetupStepKey, { to: string; todo: string; review: string }> = {
  PROGRAMS: { to: '/teams', todo: 'Add a program', review: 'See programs' },
  TEAMS: { to: '/teams', todo: 'Add a team', review: 'See teams' },
  PEOPLE: { to: '/people', todo: 'Invite people or import a roster', review: 'See people' },
  CHECKLIST_CYCLE: { to: '/admin/instruments', todo: 'Set how often checklists are due', review: 'See the checklist schedule' },
  SUPERVISION_POLICY: { to: '/admin/supervision-policy', todo: 'Choose a supervision policy', review: 'See the supervision policy' },
};

export interface SetupStepProgress {
  key: SetupStepKey;
  done: boolean;
  count: number;
}

const dismissKey = (organizationId: string) => `tandem.setup-guide.dismissed.${organizationId}`;

function readDismissed(organizationId: string): boolean {
  try {
    return window.localStorage.getItem(dismissKey(organizationId)) === '1';
  } catch {
    return false; // storage blocked: the guide simply stays
  }
}

/**
 * The first-run checklist of a new organisation: each step ticked from the organisation's own data, linked to where it
 * is done. It can be put away only once every step is done (remembered in this browser).
 */
export function SetupChecklist({ organizationId, steps }: { organizationId: string; steps: SetupStepProgress[] }) {
  const [dismissed, setDismissed] = useState(() => readDismissed(organizationId));
  const byKey = new Map(steps.map((s) => [s.key, s]));
  const ordered = SETUP_STEPS.map((key) => byKey.get(key) ?? { key, done: false, count: 0 });
  const doneCount = ordered.filter((s) => s.done).length;
  const complete = doneCount === ordered.length;
  if (complete && dismissed) return null;

  const dismiss = () => {
    try {
      window.localStorage.setItem(dismissKey(organizationId), '1');
    } catch {
      // storage blocked: hidden for this visit only
    }
    setDismissed(true);
  };

  return (
    <section className="card setup-guide" aria-labelledby="setup-guide-title">
      <h2 id="setup-guide-title" className="card-title">
        {complete ? 'Your organisation is set up' : 'Set up your organisation'}
      </h2>
      <p className="muted">
        {complete
          ? 'Every step is done. Checklists and supervision now feed the dashboard as people use them.'
          : 'These steps give the dashboard and each supervisor something to work with. Each one ticks itself when it is done.'}
      </p>
      <ProgressBar label={`${doneCount} of ${ordered.length} steps done`} value={doneCount} max={ordered.length} />
      <ol className="setup-guide__steps">
        {ordered.map((step, i) => {
          const text = SETUP_STEP_TEXT[step.key];
          const link = STEP_LINKS[step.key];
          return (
            <li key={step.key} className={step.done ? 'setup-guide__step setup-guide__step--done' : 'setup-guide__step'}>
              <span className="setup-guide__mark" aria-hidden="true">
                {step.done ? '✓' : i + 1}
              </span>
              <div className="setup-guide__body">
                <h3 className="setup-guide__title">
                  {text.title}
                  <span className="visually-hidden">{step.done ? ' (done)' : ' (to do)'}</span>
                </h3>
                <p className="muted small">{step.done ? plural(step.count, ...text.counted) : text.why}</p>
                <Link to={link.to}>{step.done ? link.review : link.todo}</Link>
              </div>
            </li>
          );
        })}
      </ol>
      {complete ? (
        <div className="form-actions">
          <Button onClick={dismiss}>Hide this guide</Button>
        </div>
      ) : null}
    </section>
  );
}

/** The guide on an administrator's home, from `setupProgress`; nothing while it loads or if it cannot be read. */
export function SetupGuide({ organizationId }: { organizationId: string }) {
  const progress = useQuery({ queryKey: ['home', 'setup-progress'], queryFn: () => request(SetupProgressQueryDocument) });
  const data = progress.data?.setupProgress;
  if (!data) return null;
  return <SetupChecklist organizationId={organizationId} steps={data.steps.map((s) => ({ key: s.key as SetupStepKey, done: s.done, count: s.count }))} />;
}
