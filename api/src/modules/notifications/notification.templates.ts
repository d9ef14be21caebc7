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
