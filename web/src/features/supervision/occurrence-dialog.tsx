import { useState } from 'react';
import { Alert } from '../../components/ui/alert';
import { Button, ButtonLink } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { useToast } from '../../components/ui/toast';
import { errorMessage } from '../../lib/graphql-client';
import { useViewer } from '../auth/use-auth';
import { personNames } from './labels';
import { ACTION_LABELS, availableActions, OccurrenceDetails, type OccurrenceAction } from './occurrence-details';
import { CancelOccurrenceForm, EndSeriesForm, MarkMissedForm, MoveOccurrenceForm, useMarkHeld } from './occurrence-forms';
import { formatOccurrenceWhen } from './time';
import type { Occurrence } from './use-supervision';

const DONE_MESSAGES: Record<Exclude<OccurrenceAction, 'held'>, string> = {
  move: 'Session moved.',
  cancel: 'Session cancelled.',
  missed: 'Marked as missed.',
  end: 'Series ended.',
};

/** Hands a forms' result back: warnings stay in view, otherwise a toast and done. */
export function useActionDone(onClose: () => void) {
  const toast = useToast();
  const [warnings, setWarnings] = useState<string[] | null>(null);
  return {
    warnings,
    clear: () => setWarnings(null),
    done: (action: Exclude<OccurrenceAction, 'held'>, list: string[]) => {
      if (list.length) setWarnings([DONE_MESSAGES[action], ...list]);
      else {
        toast.show(DONE_MESSAGES[action]);
        onClose();
      }
    },
  };
}

export function WarningsAfterSave({ warnings, onClose }: { warnings: string[]; onClose: () => void }) {
  const [headline, ...rest] = warnings;
  return (
    <div className="stack">
      <Alert tone="warning" title={`${headline} Worth knowing:`} live="status">
        <ul className="sv-warnings">
          {rest.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      </Alert>
      <div className="form-actions">
        <Button variant="primary" onClick={onClose} data-autofocus>
          Done
        </Button>
      </div>
    </div>
  );
}

/** A calendar occurrence: its details, a link to the session page, .ics, and the actions the viewer may take. */
export function OccurrenceDialog({ occurrence, onClose }: { occurrence: Occurrence | null; onClose: () => void }) {
  const viewer = useViewer();
  const [mode, setMode] = useState<OccurrenceAction | null>(null);
  const held = useMarkHeld();
  const close = () => {
    setMode(null);
    after.clear();
    onClose();
  };
  const after = useActionDone(close);
  if (!occurrence) return null;
  const o = occurrence;
  const actions = availableActions(o, viewer);
  const formProps = { occurrence: o, onBack: () => setMode(null) };
  const title = personNames(o.supervisees) ? `Supervision with ${personNames(o.supervisees)}` : o.title || 'Supervision session';

  let body;
  if (after.warnings) body = <WarningsAfterSave warnings={after.warnings} onClose={close} />;
  else if (mode === 'move') body = <MoveOccurrenceForm {...formProps} onDone={(w) => after.done('move', w)} />;
  else if (mode === 'cancel') body = <CancelOccurrenceForm {...formProps} onDone={(w) => after.done('cancel', w)} />;
  else if (mode === 'missed') body = <MarkMissedForm {...formProps} onDone={(w) => after.done('missed', w)} />;
  else if (mode === 'end') body = <EndSeriesForm {...formProps} onDone={(w) => after.done('end', w)} />;
  else {
    body = (
      <>
        <OccurrenceDetails occurrence={o} />
        {held.error ? <Alert tone="danger" title="Nothing was changed">{errorMessage(held.error)}</Alert> : null}
        <div className="form-actions">
          <ButtonLink to={`/supervision/occurrences/${encodeURIComponent(o.id)}`} variant="primary" data-autofocus>
            {o.note ? 'Open the note' : 'Open session'}
          </ButtonLink>
          <a className="btn btn--secondary" href={o.icsPath} download>
            Download .ics
          </a>
        </div>
        {actions.length ? (
          <div className="sv-action-row" role="group" aria-label="Change this session">
            {actions.map((a) => (
              <Button
                key={a}
                size="sm"
                variant={a === 'cancel' || a === 'end' ? 'ghost' : 'secondary'}
                loading={a === 'held' && held.pending}
                onClick={() => (a === 'held' ? held.run(o, close) : setMode(a))}
              >
                {ACTION_LABELS[a]}
              </Button>
            ))}
          </div>
        ) : null}
      </>
    );
  }

  return (
    <Dialog open onClose={close} title={title} description={mode ? `${ACTION_LABELS[mode].replace('…', '')} · ${formatOccurrenceWhen(o.startsAt, o.endsAt)}` : undefined} size="md">
      {body}
    </Dialog>
  );
}
