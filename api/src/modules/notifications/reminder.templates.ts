import type { RenderedMessage } from '../outbox/outbox.templates';

/**
 * Reminder messages (checklists, action items) and the new-device sign-in notice, in the product's calm voice: names,
 * dates and links only, never record content. Dates are calendar days in the recipient's time zone, and say which.
 */
const lines = (...parts: (string | false | null | undefined)[]) => parts.filter((p) => p !== false && p != null).join('\n');
const sign = (organizationName: string) => `— Tandem for ${organizationName}`;

/** `2026-03-05` → `Thursday 5 March 2026` (a calendar date, no zone shift). */
export function formatDay(isoDate: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
    .format(new Date(`${isoDate}T00:00:00Z`));
}

/** "today", "tomorrow", "in 3 days", "2 days ago" between two calendar dates. */
export function relativeDay(isoDate: string, today: string): string {
  const days = Math.round((Date.parse(`${isoDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 1 ? `in ${days} days` : `${-days} days ago`;
}

interface ChecklistVars {
  personName: string;
  organizationName: string;
  /** Whose checklist: the person themself (a self-assessment) or a supervisee's name. */
  subjectName: string | null;
  dueDate: string;
  today: string;
  timeZone: string;
  url: string;
}

const what = (v: ChecklistVars) => (v.subjectName ? `the supervisor checklist for ${v.subjectName}` : 'your self-assessment checklist');

export function checklistDueMessage(v: ChecklistVars): RenderedMessage {
  const when = relativeDay(v.dueDate, v.today);
  return {
    kind: 'CHECKLIST_DUE',
    subject: v.subjectName ? `Checklist for ${v.subjectName} due ${when}` : `Your self-assessment is due ${when}`,
    actionUrl: v.url,
    bodyText: lines(
      `Hello ${v.personName},`,
      '',
      `A gentle reminder that ${what(v)} is due ${when}, on ${formatDay(v.dueDate)} (${v.timeZone}).`,
      'It usually takes about ten minutes. You can start it here, and come back to a draft at any time:',
      v.url,
      '',
      sign(v.organizationName),
    ),
  };
}

export function checklistOverdueMessage(v: ChecklistVars): RenderedMessage {
  return {
    kind: 'CHECKLIST_OVERDUE',
    subject: v.subjectName ? `Checklist for ${v.subjectName} is waiting` : 'Your self-assessment is waiting',
    actionUrl: v.url,
    bodyText: lines(
      `Hello ${v.personName},`,
      '',
      `${v.subjectName ? `The supervisor checklist for ${v.subjectName}` : 'Your self-assessment checklist'} was due on ${formatDay(v.dueDate)} (${v.timeZone}) and has not been submitted yet.`,
      'Weeks get busy. When you have a quiet moment, it is here:',
      v.url,
      '',
      sign(v.organizationName),
    ),
  };
}

export function firstSelfAssessmentMessage(v: ChecklistVars & { teamName: string }): RenderedMessage {
  return {
    kind: 'CHECKLIST_DUE',
    subject: `Welcome to ${v.teamName}: your first self-assessment`,
    actionUrl: v.url,
    bodyText: lines(
      `Hello ${v.personName},`,
      '',
      `Welcome to ${v.teamName}. Your first self-assessment checklist is due by ${formatDay(v.dueDate)} (${v.timeZone}).`,
      'It is a short look at how your peer-support work is going, for you and your supervisor to talk about — not a test.',
      v.url,
      '',
      sign(v.organizationName),
    ),
  };
}

/** The item's text stays in Tandem (it comes from a supervision note); the mail says when and where to look. */
export function actionItemDueMessage(v: {
  personName: string; organizationName: string; agreedWith: string | null; dueDate: string; today: string; timeZone: string; url: string;
}): RenderedMessage {
  const when = relativeDay(v.dueDate, v.today);
  return {
    kind: 'ACTION_ITEM_DUE',
    subject: `An action item is due ${when}`,
    actionUrl: v.url,
    bodyText: lines(
      `Hello ${v.personName},`,
      '',
      `An action item${v.agreedWith ? ` agreed in supervision with ${v.agreedWith}` : ' from supervision'} is due ${when}, on ${formatDay(v.dueDate)} (${v.timeZone}).`,
      'If it is done, you can mark it so in Tandem; if it needs more time, that is worth a word at your next session.',
      v.url,
      '',
      sign(v.organizationName),
    ),
  };
}

export function newDeviceSignInMessage(v: {
  personName: string; organizationName: string; at: string; browser: string; url: string;
}): RenderedMessage {
  return {
    kind: 'NEW_DEVICE_SIGN_IN',
    subject: `A new sign-in to your ${v.organizationName} account on Tandem`,
    actionUrl: v.url,
    bodyText: lines(
      `Hello ${v.personName},`,
      '',
      `Someone signed in to your account on ${v.at} from ${v.browser}, a device or browser we had not seen for you before.`,
      'If that was you, there is nothing to do.',
      'If it was not, change your password and sign out your other sessions here:',
      v.url,
      '',
      sign(v.organizationName),
    ),
  };
}
