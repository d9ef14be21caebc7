import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES, type Role } from '@tandem/shared';
import type { PersonEntity, RoleGrantEntity, SupervisionAssignmentEntity, TeamMembershipEntity } from '@tandem/database';

export enum RoleEnum {
  ADMIN = 'ADMIN',
  PROGRAM_MANAGER = 'PROGRAM_MANAGER',
  SUPERVISOR = 'SUPERVISOR',
  STAFF = 'STAFF',
}
registerEnumType(RoleEnum, { name: 'Role', description: 'A role a person holds; a person may hold several.' });
// Keep the GraphQL enum and the shared roles table in step.
const _check: readonly Role[] = Object.values(RoleEnum) satisfies Role[];
if (_check.length !== ROLES.length) throw new Error('RoleEnum is out of step with @tandem/shared ROLES');

@ObjectType('Person')
export class PersonModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() email: string;
  @Field() jobTitle: string;
  @Field({ description: 'Brings lived experience of recovery to the role.' }) livedExperience: boolean;
  @Field(() => String, { nullable: true, description: 'ISO date the person started in their role.' }) startedOn: string | null;
  @Field() active: boolean;
  @Field({ description: 'True while the person has not yet set a password from their invitation.' }) invitationPending: boolean;
  @Field() createdAt: Date;
}

/** `person` must carry its password hash (see `peopleQuery`): a null hash is a pending invitation. */
export function toPersonModel(person: PersonEntity): PersonModel {
  return {
    id: person.id, name: person.name, email: person.email, jobTitle: person.jobTitle, livedExperience: person.livedExperience,
    startedOn: person.startedOn ? String(person.startedOn).slice(0, 10) : null, active: person.active,
    invitationPending: person.passwordHash === null, createdAt: person.createdAt,
  };
}

@ObjectType('RoleGrant')
export class RoleGrantModel {
  @Field(() => RoleEnum) role: RoleEnum;
  @Field(() => ID, { nullable: true, description: 'Program a PROGRAM_MANAGER grant is limited to; null = all programs.' })
  programId: string | null;
}

@ObjectType('TeamMembership')
export class TeamMembershipModel {
  @Field(() => ID) id: string;
  @Field(() => ID) teamId: string;
  @Field() startsOn: string;
  @Field(() => String, { nullable: true }) endsOn: string | null;
}

@ObjectType('SupervisionAssignment')
export class SupervisionAssignmentModel {
  @Field(() => ID) id: string;
  @Field(() => ID) supervisorId: string;
  @Field(() => ID) superviseeId: string;
  @Field() startsOn: string;
  @Field(() => String, { nullable: true }) endsOn: string | null;
}

export function toRoleGrantModel(grant: Pick<RoleGrantEntity, 'role' | 'programId'>): RoleGrantModel {
  return { role: grant.role as RoleEnum, programId: grant.programId };
}

export function toTeamMembershipModel(m: TeamMembershipEntity): TeamMembershipModel {
  return { id: m.id, teamId: m.teamId, startsOn: m.startsOn, endsOn: m.endsOn };
}

export function toSupervisionAssignmentModel(a: SupervisionAssignmentEntity): SupervisionAssignmentModel {
  return { id: a.id, supervisorId: a.supervisorId, superviseeId: a.superviseeId, startsOn: a.startsOn, endsOn: a.endsOn };
}
