import type { RenderedMessage } from '../outbox/outbox.templates';

/**
 * Notification messages (reminders and events), in the product's calm voice. Only names, dates and links — never note
 * text or other record content. Dates are written in the recipient's time zone, and say which zone it is.
 */
const lines = (...parts: (string | false | null | undefined)[]) => parts.filter((p) => p !== false && p != null).join('\n');
const sign = (organizationName: string) => `— Tandem for ${organizationName}`;

export function formatIn(instant: Date, timeZone: string): string {
  const text = new Intl.DateTimeFormat('en-GB', {
    timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).format(instant);
  return `${text} (${timeZone})`;
}

interface SessionVars {
  personName: string;
  organizationName: string;
  supervisorName: string;
  startsAt: Date;
  timeZone: string;
  durationMinutes: number;
  url: string;
  recurring: boolean;
}

export function supervisionScheduledMessage(v: SessionVars): RenderedMessage {
  return {
    kind: 'SUPERVISION_SCHEDULED',
    subject: `Supervision with ${v.supervisorName} on ${formatIn(v.startsAt, v.timeZone).replace(/ \(.*\)$/, '')}`,
    actionUrl: v.url,
    bodyText: lines(
      `Hello ${v.personName},`,
      '',
      v.recurring
        ? `${v.supervisorName} has set up regular supervision with you. The first session is on ${formatIn(v.startsAt, v.timeZone)}, for ${v.durationMinutes} minutes.`
        : `${v.supervisorName} has scheduled supervision with you on ${formatIn(v.startsAt, v.timeZone)}, for ${v.durationMinutes} minutes.`,
      '',
      'The calendar invitation is attached. To see it in Tandem:',
      v.url,
      '',
      sign(v.organizationName),
    ),
  };
}

export function supervisionReminderMessage(v: SessionVars): RenderedMessage {
  return {
    kind: 'SUPERVISION_REMINDER',
    subject: `Tomorrow: supervision with ${v.supervisorName}`,
    actionUrl: v.url,
    bodyText: lines(
      `Hello ${v.personName},`,
      '',
      `A reminder that you have supervision with ${v.supervisorName} tomorrow, ${formatIn(v.startsAt, v.timeZone)}.`,
      'If there is something from your week you would like to bring, it can help to jot it down beforehand.',
      '',
      v.url,
      '',
      sign(v.organizationName),
    ),
  };
}

interface MovedVars extends SessionVars {
  previousStartsAt: Date;
}

export function supervisionMovedMessage(v: MovedVars): RenderedMessage {
  return {
    kind: 'SUPERVISION_MOVED',
    subject: `Supervision with ${v.supervisorName} moved to ${formatIn(v.startsAt, v.timeZone).replace(/ \(.*\)$/, '')}`,
    actionUrl: v.url,
    bodyText: lines(
      `Hello ${v.personName},`,
      '',
      `Your supervision with ${v.supervisorName} that was on ${formatIn(v.previousStartsAt, v.timeZone)} is now on ${formatIn(v.startsAt, v.timeZone)}, for ${v.durationMinutes} minutes.`,
      '',
      'The updated calendar invitation is attached. To see it in Tandem:',
      v.url,
      '',
      sign(v.organizationName),
    ),
  };
}

export function supervisionCancelledMessage(v: SessionVars & { reason: string; series?: boolean }): RenderedMessage {
  return {
    kind: 'SUPERVISION_CANCELLED',
    subject: `Cancelled: supervision with ${v.supervisorName} ${v.series ? 'from' : 'on'} ${formatIn(v.startsAt, v.timeZone).replace(/ \(.*\)$/, '')}`,
    actionUrl: v.url,
    bodyText: lines(
      `Hello ${v.personName},`,
      '',
      v.series
        ? `Your regular supervision with ${v.supervisorName} is cancelled from ${formatIn(v.startsAt, v.timeZone)} on; sessions before then are unchanged.`
        : `Your supervision with ${v.supervisorName} on ${formatIn(v.startsAt, v.timeZone)} has been cancelled.`,
      v.reason ? `The reason given: ${v.reason}` : null,
      '',
      'The attached calendar update removes it from your calendar. To see your sessions in Tandem:',
      v.url,
      '',
      sign(v.organizationName),
    ),
  };
}

interface NoteVars {
  personName: string;
  organizationName: string;
  /** Who the note is with (the supervisor for a supervisee, and the other way round). */
  otherName: string;
  heldAt: Date;
  timeZone: string;
  url: string;
}

const heldOn = (v: NoteVars) => formatIn(v.heldAt, v.timeZone);

export function noteReadyForReflectionMessage(v: NoteVars): RenderedMessage {
  return {
    kind: 'NOTE_READY_FOR_REFLECTION',
    subject: `Your reflection: supervision with ${v.otherName}`,
    actionUrl: v.url,
    bodyText: lines(
      `Hello ${v.personName},`,
      '',
      `${v.otherName} has written and signed the note of your supervision on ${heldOn(v)}.`,
      'When you are ready, add your reflection and sign it:',
      v.url,
      '',
      sign(v.organizationName),
    ),
  };
}

export function noteReadyToSignMessage(v: NoteVars): RenderedMessage {
  return {
    kind: 'NOTE_READY_TO_SIGN',
    subject: `A supervision note is ready to sign (${v.otherName})`,
    actionUrl: v.url,
    bodyText: lines(
      `Hello ${v.personName},`,
      '',
      `${v.otherName} has signed the note of your supervision on ${heldOn(v)}. It is ready for your signature:`,
      v.url,
      '',
      sign(v.organizationName),
    ),
  };
}

export function noteSignatureRemovedMessage(v: NoteVars): RenderedMessage {
  return {
    kind: 'NOTE_SIGNATURE_REMOVED',
    subject: `Please sign again: supervision note with ${v.otherName}`,
    actionUrl: v.url,
    bodyText: lines(
      `Hello ${v.personName},`,
      '',
      `${v.otherName} changed the note of your supervision on ${heldOn(v)} after you signed it, so your signature was removed.`,
      'Please read it again and sign if you agree:',
      v.url,
      '',
      sign(v.organizationName),
    ),
  };
}
