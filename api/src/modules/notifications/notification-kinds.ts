/**
 * Every kind of message Tandem sends. Account and security messages always go by e-mail (they carry the link that
 * signs someone in or protects their account) and never carry List-Unsubscribe; the rest follow each person's
 * preference: EMAIL (e-mail and in-app), IN_APP, or OFF.
 */
export const SECURITY_KINDS = ['INVITATION', 'SIGN_UP_CONFIRMATION', 'SIGN_UP_ATTEMPT', 'PASSWORD_RESET', 'PASSWORD_CHANGED'] as const;

export const PREFERENCE_KINDS = [
  'CHECKLIST_DUE', 'CHECKLIST_OVERDUE',
  'SUPERVISION_SCHEDULED', 'SUPERVISION_MOVED', 'SUPERVISION_CANCELLED', 'SUPERVISION_REMINDER',
  'NOTE_READY_FOR_REFLECTION', 'NOTE_READY_TO_SIGN', 'NOTE_SIGNATURE_REMOVED', 'ACTION_ITEM_DUE',
  'WEEKLY_DIGEST', 'NEW_DEVICE_SIGN_IN',
] as const;

export type SecurityKind = (typeof SECURITY_KINDS)[number];
export type PreferenceKind = (typeof PREFERENCE_KINDS)[number];
export type MessageKind = SecurityKind | PreferenceKind;

export type Channel = 'EMAIL' | 'IN_APP' | 'OFF';

export const isSecurityKind = (kind: string): kind is SecurityKind => (SECURITY_KINDS as readonly string[]).includes(kind);

/** What a person gets when they have not chosen: everything by e-mail and in-app. */
export const DEFAULT_CHANNEL: Channel = 'EMAIL';

/** Plain-language labels for the preferences screen and the unsubscribe page. */
export const KIND_LABELS: Record<MessageKind, string> = {
  INVITATION: 'Invitations', SIGN_UP_CONFIRMATION: 'Sign-up confirmation', SIGN_UP_ATTEMPT: 'Sign-up attempts with your address',
  PASSWORD_RESET: 'Password reset links', PASSWORD_CHANGED: 'Password changed',
  CHECKLIST_DUE: 'A checklist is due', CHECKLIST_OVERDUE: 'A checklist is overdue',
  SUPERVISION_SCHEDULED: 'Supervision scheduled', SUPERVISION_MOVED: 'Supervision moved', SUPERVISION_CANCELLED: 'Supervision cancelled',
  SUPERVISION_REMINDER: 'Supervision tomorrow (reminder)',
  NOTE_READY_FOR_REFLECTION: 'A note is ready for your reflection', NOTE_READY_TO_SIGN: 'A note is ready to sign',
  NOTE_SIGNATURE_REMOVED: 'A signature was removed because the note changed', ACTION_ITEM_DUE: 'An action item is due',
  WEEKLY_DIGEST: 'Weekly digest for program managers', NEW_DEVICE_SIGN_IN: 'A sign-in to your account from a new device',
};
