import { formatTime } from './checklist-wording';
import type { SaveStatus } from './use-checklist-autosave';

/** "Saving… / Saved 12:04 / Couldn't save — retrying", announced politely. */
export function SaveIndicator({ status }: { status: SaveStatus }) {
  let text: string;
  let tone = 'save-indicator';
  switch (status.kind) {
    case 'saving':
      text = 'Saving…';
      break;
    case 'saved':
      text = `Saved ${formatTime(status.at)}`;
      tone += ' save-indicator--saved';
      break;
    case 'retrying':
      text = 'Couldn’t save — retrying';
      tone += ' save-indicator--problem';
      break;
    case 'rejected':
      text = `Not saved: ${status.message}`;
      tone += ' save-indicator--problem';
      break;
    default:
      text = 'Your answers save as you go';
  }
  return (
    <p className={tone} role="status">
      {text}
    </p>
  );
}
