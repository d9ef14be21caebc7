import { LOCALE } from '../../../lib/locale';
import type { NoteSaveStatus } from './use-note-autosave';

const time = new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "Saving… / Saved 14:02 / Couldn't save — retrying", announced politely. */
export function SaveStatus({ status, idleText = 'Saves as you write' }: { status: NoteSaveStatus; idleText?: string }) {
  let text = idleText;
  let cls = 'save-status';
  if (status.kind === 'saving') text = 'Saving…';
  else if (status.kind === 'saved') {
    text = `Saved ${time.format(status.at)}`;
    cls += ' save-status--saved';
  } else if (status.kind === 'retrying') {
    text = 'Couldn’t save — retrying';
    cls += ' save-status--problem';
  } else if (status.kind === 'rejected') {
    text = `Not saved: ${status.message}`;
    cls += ' save-status--problem';
  }
  return (
    <p className={cls} role="status">
      {text}
    </p>
  );
}
