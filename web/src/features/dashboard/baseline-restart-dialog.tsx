import { TEXT_LIMITS } from '@tandem/shared';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { useToast } from '../../components/ui/toast';
import { TextAreaField, TextField } from '../../components/ui/text-field';
import { todayIso } from '../../lib/format';
import { errorMessage } from '../../lib/graphql-client';
import { useRebaselineTeam } from './use-baseline';

/**
 * Restart a team's drift baseline from a date, with the reason (a team day, a restructure): from that period on the
 * team is judged against its new usual level. Shown on the chart as an annotation; audited by the API.
 */
export function BaselineRestartDialog({ teamId, teamName, onClose }: { teamId: string; teamName: string; onClose: () => void }) {
  const toast = useToast();
  const rebaseline = useRebaselineTeam();
  const [fromDate, setFromDate] = useState(todayIso());
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ fromDate?: string; reason?: string }>({});

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: typeof errors = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fromDate)) next.fromDate = 'Choose a date';
    else if (fromDate > todayIso()) next.fromDate = 'Choose today or an earlier date';
    if (reason.trim().length < 3) next.reason = 'Say in a few words why the baseline restarts';
    setErrors(next);
    if (Object.keys(next).length) return;
    rebaseline.mutate({ teamId, fromDate, reason: reason.trim() }, {
      onSuccess: () => {
        toast.show('Baseline restarted');
        onClose();
      },
    });
  };

  return (
    <Dialog
      open
      onClose={onClose}
      dismissible={!rebaseline.isPending}
      title="Restart the drift baseline"
      description={`From the period that contains this date, ${teamName} is judged against its usual level from then on, not its earlier history. Earlier signals stop being in force. Use it after a real change, such as a team day or a restructure.`}
      footer={
        <>
          <Button onClick={onClose} disabled={rebaseline.isPending}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" form="baseline-form" loading={rebaseline.isPending}>
            Restart baseline
          </Button>
        </>
      }
    >
      <form id="baseline-form" className="stack" onSubmit={submit} noValidate>
        {rebaseline.error ? (
          <Alert tone="danger" title="The baseline was not restarted">
            {errorMessage(rebaseline.error)}
          </Alert>
        ) : null}
        <TextField label="From" type="date" required value={fromDate} max={todayIso()} error={errors.fromDate} onChange={(e) => setFromDate(e.target.value)} />
        <TextAreaField
          label="Why"
          required
          rows={3}
          maxLength={TEXT_LIMITS.baselineReason}
          value={reason}
          error={errors.reason}
          description="Shown on the chart, e.g. “Team day on sharing lived experience”."
          onChange={(e) => setReason(e.target.value)}
        />
      </form>
    </Dialog>
  );
}
