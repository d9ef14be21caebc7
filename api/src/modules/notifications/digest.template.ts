import type { RenderedMessage } from '../outbox/outbox.templates';
import { formatDay } from './reminder.templates';

/** What one program's week looked like, for its manager. Names, counts, dates and links only. */
export interface DigestContent {
  programName: string;
  /** New drift signals (worse) since the last digest, by team. */
  alerts: { teamName: string; message: string }[];
  /** New improvements (better) since the last digest, by team. */
  improvements: { teamName: string; message: string }[];
  /** Supervisees overdue for supervision by the program's policy. */
  overdueSupervision: { personName: string; teamName: string | null }[];
  /** Open action items of the program's teams that are past due, and due in the coming week. */
  actionsOverdue: number;
  actionsDueSoon: number;
}

export const digestIsQuiet = (c: DigestContent): boolean =>
  c.alerts.length + c.improvements.length + c.overdueSupervision.length + c.actionsOverdue + c.actionsDueSoon === 0;

const lines = (...parts: (string | false | null | undefined)[]) => parts.filter((p) => p !== false && p != null).join('\n');
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const MAX_LISTED = 10;
const listed = <T>(items: T[], show: (item: T) => string): string[] => [
  ...items.slice(0, MAX_LISTED).map((i) => `  • ${show(i)}`),
  ...(items.length > MAX_LISTED ? [`  • and ${items.length - MAX_LISTED} more`] : []),
];

export function weeklyDigestMessage(v: {
  personName: string; organizationName: string; content: DigestContent; weekOf: string; dashboardUrl: string; complianceUrl: string;
}): RenderedMessage {
  const c = v.content;
  const quiet = digestIsQuiet(c);
  const headline = quiet
    ? 'all quiet'
    : [
      c.alerts.length ? plural(c.alerts.length, 'new alert', 'new alerts') : null,
      c.improvements.length ? plural(c.improvements.length, 'improvement', 'improvements') : null,
      c.overdueSupervision.length ? `${c.overdueSupervision.length} overdue for supervision` : null,
      c.actionsOverdue + c.actionsDueSoon ? plural(c.actionsOverdue + c.actionsDueSoon, 'action due', 'actions due') : null,
    ].filter(Boolean).join(', ');
  return {
    kind: 'WEEKLY_DIGEST',
    subject: `${c.programName} this week: ${headline}`,
    actionUrl: v.dashboardUrl,
    bodyText: lines(
      `Hello ${v.personName},`,
      '',
      `Here is the week of ${formatDay(v.weekOf)} for ${c.programName}.`,
      '',
      quiet && 'All quiet: no new drift signals, nobody overdue for supervision and no actions due. Thank you to everyone keeping it that way.',
      c.alerts.length > 0 && lines('New drift alerts (worth a conversation, not a verdict):', ...listed(c.alerts, (a) => `${a.teamName}: ${a.message}`), ''),
      c.improvements.length > 0 && lines('Improvements:', ...listed(c.improvements, (a) => `${a.teamName}: ${a.message}`), ''),
      c.overdueSupervision.length > 0 && lines(
        'Overdue for supervision:',
        ...listed(c.overdueSupervision, (p) => (p.teamName ? `${p.personName} (${p.teamName})` : p.personName)),
        `Details: ${v.complianceUrl}`,
        '',
      ),
      c.actionsOverdue + c.actionsDueSoon > 0 && lines(
        `Action items: ${c.actionsOverdue} past due, ${c.actionsDueSoon} due in the coming week.`,
        '',
      ),
      'The dashboard has the whole picture:',
      v.dashboardUrl,
      '',
      `— Tandem for ${v.organizationName}`,
    ),
  };
}
