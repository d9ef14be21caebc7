/** What each audited action means to a person reading the log, and which view it belongs to. */
export type AuditCategory = 'CHANGE' | 'SIGN_IN' | 'NOTE_READ';

export const AUDIT_ACTIONS: Record<string, string> = {
  'annotation.created': 'Added a chart annotation',
  'annotation.updated': 'Changed a chart annotation',
  'annotation.deleted': 'Removed a chart annotation',
  'auth.login': 'Signed in',
  'auth.login_failed': 'Failed sign-in',
  'auth.logout': 'Signed out',
  'auth.password_changed': 'Changed their password',
  'auth.password_reset': 'Reset their password',
  'auth.password_reset_requested': 'Asked for a password reset',
  'auth.sign_up_attempted': 'Tried to sign up with an existing address',
  'calendar_feed.created': 'Created a calendar feed',
  'calendar_feed.revoked': 'Revoked a calendar feed',
  'checklist.started': 'Started a checklist',
  'checklist.submitted': 'Submitted a checklist',
  'checklist.amended': 'Amended a checklist',
  'checklist.person_served_submitted': 'Person served submitted feedback',
  'checklist_policy.updated': 'Changed the checklist policy',
  'action.created': 'Agreed an action',
  'drift_action.created': 'Agreed an action from a drift signal',
  'drift_baseline.restarted': 'Restarted a drift baseline',
  'drift_baseline.restart_removed': 'Removed a drift baseline restart',
  'instrument.draft_created': 'Drafted an instrument version',
  'instrument.draft_updated': 'Edited an instrument draft',
  'instrument.draft_discarded': 'Discarded an instrument draft',
  'instrument.imported': 'Imported an instrument',
  'instrument.published': 'Published an instrument version',
  'invitation.accepted': 'Accepted an invitation',
  'lexicon_entry.deleted': 'Removed a language hint',
  'organization.created': 'Created the organisation',
  'organization.updated': 'Changed organisation settings',
  'person.invited': 'Invited a person',
  'person.invitation_reissued': 'Sent a new invitation',
  'person.password_reset_sent': 'Sent a password reset',
  'person.profile_updated': 'Changed their profile',
  'person.roles_changed': 'Changed roles',
  'person.supervisor_changed': 'Changed supervisor',
  'person.team_changed': 'Changed team',
  'person.updated': 'Changed a person',
  'person_served_link.created': 'Created a feedback link for a person served',
  'program.created': 'Created a programme',
  'program.updated': 'Changed a programme',
  'report.fidelity_review_downloaded': 'Downloaded a fidelity review packet',
  'audit_log.exported': 'Exported the audit log',
  'roster.imported': 'Imported a roster',
  'supervision_action_item.updated': 'Changed an action item',
  'supervision_note.read': 'Read the note text',
  'supervision_note.signed': 'Signed a supervision note',
  'supervision_note.amended': 'Amended a supervision note',
  'supervision_occurrence.cancelled': 'Cancelled a session',
  'supervision_occurrence.marked': 'Recorded whether a session was held',
  'supervision_occurrence.moved': 'Moved a session',
  'supervision_policy.updated': 'Changed the supervision policy',
  'supervision_session.scheduled': 'Scheduled supervision',
  'supervision_session.updated': 'Changed scheduled supervision',
  'supervision_session.recorded_ad_hoc': 'Recorded supervision after the fact',
  'team.created': 'Created a team',
  'team.updated': 'Changed a team',
  'demo.seeded': 'Demo data loaded',
};

/** Kinds of record, as the log names them. */
export const AUDIT_ENTITIES: Record<string, string> = {
  person: 'Person', team: 'Team', program: 'Programme', organization: 'Organisation', checklist: 'Checklist',
  instrument_version: 'Instrument', supervision_session: 'Supervision session', supervision_note: 'Supervision note',
  supervision_action_item: 'Action item', annotation: 'Annotation', calendar_feed: 'Calendar feed', drift_baseline_reset: 'Baseline restart',
  lexicon_entry: 'Language hint', person_served_link: 'Feedback link',
};

export function auditCategory(action: string): AuditCategory {
  if (action.startsWith('auth.')) return 'SIGN_IN';
  if (action === 'supervision_note.read') return 'NOTE_READ';
  return 'CHANGE';
}

/** "person.roles_changed" → its label, or "Person roles changed" for an action the catalogue does not know yet. */
export function actionLabel(action: string): string {
  const known = AUDIT_ACTIONS[action];
  if (known) return known;
  const text = action.replace(/[._]+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function entityLabel(entity: string): string {
  return AUDIT_ENTITIES[entity] ?? entity.charAt(0).toUpperCase() + entity.slice(1).replace(/_/g, ' ');
}
