import { AnalyticsRevisionEntity, AnalyticsTeamRevisionEntity } from './analytics-revision.entity';
import { AuditEventEntity } from './audit-event.entity';
import { AuthSessionEntity } from './auth-session.entity';
import { DriftBaselineResetEntity } from './drift-baseline-reset.entity';
import { InvitationEntity } from './invitation.entity';
import { OrganizationEntity } from './organization.entity';
import { OutboxMessageEntity } from './outbox-message.entity';
import {
  DigestReportedSignalEntity, KnownDeviceEntity, NotificationEntity, NotificationPreferenceEntity, NotificationSettingEntity,
} from './notification.entities';
import { PasswordResetEntity } from './password-reset.entity';
import { PersonEntity } from './person.entity';
import { ProgramEntity } from './program.entity';
import { RateLimitEntity } from './rate-limit.entity';
import { RoleGrantEntity } from './role-grant.entity';
import { RosterRevisionEntity } from './roster-revision.entity';
import { SupervisionAssignmentEntity } from './supervision-assignment.entity';
import { TeamMembershipEntity } from './team-membership.entity';
import { TeamEntity } from './team.entity';
import {
  ChecklistAnswerEntity, ChecklistEntity, ChecklistPolicyEntity, ChecklistRevisionEntity, InstrumentEntity, InstrumentVersionEntity,
  PersonServedLinkEntity, MetricRollupEntity, AnnotationEntity,
} from './checklist.entities';
import {
  CalendarFeedEntity, LexiconEntryEntity, SupervisionActionItemEntity, SupervisionNoteAmendmentEntity, SupervisionSignatureWithdrawalEntity, SupervisionNoteEntity,
  SupervisionNoteSuperviseeEntity, SupervisionOccurrenceEntity, SupervisionPolicyEntity, SupervisionRevisionEntity, SupervisionSeriesRevisionEntity, SupervisionSessionEntity,
  SupervisionSessionSuperviseeEntity,
} from './supervision.entities';

export {
  AuditEventEntity, AuthSessionEntity, InvitationEntity, OrganizationEntity, PersonEntity, ProgramEntity,
  RoleGrantEntity, SupervisionAssignmentEntity, TeamMembershipEntity, TeamEntity,
  ChecklistAnswerEntity, ChecklistEntity, ChecklistPolicyEntity, ChecklistRevisionEntity, InstrumentEntity, InstrumentVersionEntity,
  PersonServedLinkEntity, MetricRollupEntity, AnnotationEntity,
  CalendarFeedEntity, LexiconEntryEntity, SupervisionActionItemEntity, SupervisionNoteAmendmentEntity, SupervisionSignatureWithdrawalEntity, SupervisionNoteEntity,
  SupervisionNoteSuperviseeEntity, SupervisionOccurrenceEntity, SupervisionPolicyEntity, SupervisionRevisionEntity, SupervisionSeriesRevisionEntity, SupervisionSessionEntity,
  SupervisionSessionSuperviseeEntity,
  OutboxMessageEntity, PasswordResetEntity, RateLimitEntity, DriftBaselineResetEntity,
  NotificationEntity, NotificationPreferenceEntity, NotificationSettingEntity, KnownDeviceEntity, DigestReportedSignalEntity,
  AnalyticsRevisionEntity, AnalyticsTeamRevisionEntity, RosterRevisionEntity,
};

export const ENTITIES = [
  OrganizationEntity, ProgramEntity, TeamEntity, PersonEntity, RoleGrantEntity, TeamMembershipEntity,
  SupervisionAssignmentEntity, AuthSessionEntity, InvitationEntity, AuditEventEntity,
  InstrumentEntity, InstrumentVersionEntity, ChecklistEntity, ChecklistAnswerEntity, ChecklistRevisionEntity,
  ChecklistPolicyEntity, PersonServedLinkEntity, MetricRollupEntity, AnnotationEntity,
  SupervisionSessionEntity, SupervisionSessionSuperviseeEntity, SupervisionOccurrenceEntity, SupervisionNoteEntity,
  SupervisionNoteSuperviseeEntity, SupervisionNoteAmendmentEntity, SupervisionSignatureWithdrawalEntity, SupervisionActionItemEntity, SupervisionPolicyEntity,
  SupervisionRevisionEntity, SupervisionSeriesRevisionEntity, LexiconEntryEntity, CalendarFeedEntity,
  OutboxMessageEntity, PasswordResetEntity, RateLimitEntity, DriftBaselineResetEntity,
  NotificationEntity, NotificationPreferenceEntity, NotificationSettingEntity, KnownDeviceEntity, DigestReportedSignalEntity,
  AnalyticsRevisionEntity, AnalyticsTeamRevisionEntity, RosterRevisionEntity,
];

/** Tables that carry organization_id and are protected by row-level security. */
export const TENANT_TABLES = [
  'program', 'team', 'person', 'role_grant', 'team_membership', 'supervision_assignment',
  'auth_session', 'invitation', 'audit_event',
  'instrument', 'instrument_version', 'checklist', 'checklist_answer', 'checklist_revision', 'checklist_policy',
  'person_served_link', 'metric_rollup', 'annotation',
  'supervision_session', 'supervision_session_supervisee', 'supervision_occurrence', 'supervision_note', 'supervision_note_supervisee',
  'supervision_note_amendment', 'supervision_action_item', 'supervision_policy', 'lexicon_entry', 'calendar_feed',
  'outbox_message', 'password_reset', 'drift_baseline_reset',
  'notification', 'notification_preference', 'notification_setting', 'known_device', 'digest_reported_signal',
  'supervision_signature_withdrawal', 'supervision_revision', 'supervision_series_revision', 'analytics_revision', 'analytics_team_revision', 'roster_revision',
] as const;
