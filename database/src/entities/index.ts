import { AuditEventEntity } from './audit-event.entity';
import { AuthSessionEntity } from './auth-session.entity';
import { InvitationEntity } from './invitation.entity';
import { OrganizationEntity } from './organization.entity';
import { PersonEntity } from './person.entity';
import { ProgramEntity } from './program.entity';
import { RoleGrantEntity } from './role-grant.entity';
import { SupervisionAssignmentEntity } from './supervision-assignment.entity';
import { TeamMembershipEntity } from './team-membership.entity';
import { TeamEntity } from './team.entity';
import {
  ChecklistAnswerEntity, ChecklistEntity, ChecklistPolicyEntity, ChecklistRevisionEntity, InstrumentEntity, InstrumentVersionEntity,
  PersonServedLinkEntity,
} from './checklist.entities';

export {
  AuditEventEntity, AuthSessionEntity, InvitationEntity, OrganizationEntity, PersonEntity, ProgramEntity,
  RoleGrantEntity, SupervisionAssignmentEntity, TeamMembershipEntity, TeamEntity,
  ChecklistAnswerEntity, ChecklistEntity, ChecklistPolicyEntity, ChecklistRevisionEntity, InstrumentEntity, InstrumentVersionEntity,
  PersonServedLinkEntity,
};

export const ENTITIES = [
  OrganizationEntity, ProgramEntity, TeamEntity, PersonEntity, RoleGrantEntity, TeamMembershipEntity,
  SupervisionAssignmentEntity, AuthSessionEntity, InvitationEntity, AuditEventEntity,
  InstrumentEntity, InstrumentVersionEntity, ChecklistEntity, ChecklistAnswerEntity, ChecklistRevisionEntity,
  ChecklistPolicyEntity, PersonServedLinkEntity,
];

/** Tables that carry organization_id and are protected by row-level security. */
export const TENANT_TABLES = [
  'program', 'team', 'person', 'role_grant', 'team_membership', 'supervision_assignment',
  'auth_session', 'invitation', 'audit_event',
  'instrument', 'instrument_version', 'checklist', 'checklist_answer', 'checklist_revision', 'checklist_policy',
  'person_served_link',
] as const;
