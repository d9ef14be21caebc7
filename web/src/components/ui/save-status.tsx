import { formatTimeOfDay } from '../../lib/format';
import type { AutosaveStatus } from '../../lib/use-autosave';
import './save-status.css';

/** What an autosaving form says: "Saving… / Saved 12:04 / Couldn't save — retrying", announced politely. */
export function SaveStatus({ status, idleText = 'Saves as you write' }: { status: AutosaveStatus; idleText?: string }) {
  let text = idleText;
  let cls = 'save-status';
  if (status.kind === 'saving') text = 'Saving…';
  else if (status.kind === 'saved') {
    text = `Saved ${formatTimeOfDay(status.at)}`;
    cls += ' save-status--saved';
  } else if (status.kind === 'retrying') {
    text = 'Couldn’t save — retrying';
    cls += ' save-status--retrying';
  } else if (status.kind === 'rejected') {
    text = `Not saved: ${status.message}`;
    cls += ' save-status--rejected';
  }
  return (
    <p className={cls} role="status">
      {text}
    </p>
  );
}
