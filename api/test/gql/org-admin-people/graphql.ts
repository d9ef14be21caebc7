/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
  /** The password to sign in with. Leave out only when it was chosen at sign-up. At least 12 characters. No special characters needed: a few unrelated words work well. Checked against a list of commonly used passwords. At most 256 characters. */
  password?: string | null | undefined;
  /** At most 200 characters. */
  token: string;
};

export type AssignSupervisorInput = {
  /** Defaults to today. */
  startsOn?: string | null | undefined;
  superviseeId: string | number;
  /** null ends the current supervision assignment. */
  supervisorId?: string | number | null | undefined;
};

export type AssignTeamInput = {
  personId: string | number;
  /** Defaults to today. */
  startsOn?: string | null | undefined;
  /** null ends the current membership without a new one. */
  teamId?: string | number | null | undefined;
};

export type CreateProgramInput = {
  /** At most 1,000 characters. */
  description?: string | null | undefined;
  /** At most 120 characters. */
  name: string;
};

export type CreateTeamInput = {
  /** At most 1,000 characters. */
  description?: string | null | undefined;
  /** At most 120 characters. */
  name: string;
  programId: string | number;
};

export type ImportRosterInput = {
  /** CSV text with a header row: name, email, team, roles, supervisor email. At most 2,000,000 characters. */
  csv: string;
  /** true = preview only; false = apply all rows atomically (only when there are no errors). */
  dryRun: boolean;
};

export type InvitePersonInput = {
  /** At most 254 characters. */
  email: string;
  /** At most 120 characters. */
  jobTitle?: string | null | undefined;
  livedExperience?: boolean | null | undefined;
  /** Limit a PROGRAM_MANAGER to these programs; empty = all. */
  managedProgramIds?: Array<string | number> | null | undefined;
  /** At most 120 characters. */
  name: string;
  roles: Array<Role>;
  /** When they started in the role. */
  startedOn?: string | null | undefined;
  supervisorId?: string | number | null | undefined;
  teamId?: string | number | null | undefined;
};

export type LoginInput = {
  /** At most 254 characters. */
  email: string;
  /** At most 256 characters. */
  password: string;
};

/** SUPERVISEES_FIRST (default): the supervisor finalises, supervisees sign, the supervisor counter-signs last. EITHER: the supervisor may sign once the note is finalised. */
export type NoteSigningOrder =
  | 'EITHER'
  | 'SUPERVISEES_FIRST';

export type PageInput = {
  /** How many to skip (0–10,000); narrow the filter to reach further. */
  skip?: number;
  /** 1–100. */
  take?: number;
};

export type PeopleFilterInput = {
  includeInactive?: boolean | null | undefined;
  role?: Role | null | undefined;
  /** Part of a name or e-mail address. At most 120 characters. */
  search?: string | null | undefined;
  teamId?: string | number | null | undefined;
};

/** A role a person holds; a person may hold several. */
export type Role =
  | 'ADMIN'
  | 'PROGRAM_MANAGER'
  | 'STAFF'
  | 'SUPERVISOR';

export type SetPersonRolesInput = {
  managedProgramIds?: Array<string | number> | null | undefined;
  personId: string | number;
  roles: Array<Role>;
};

export type UpdateOrganizationInput = {
  /** Allow program managers to read supervision note text. */
  managersReadNotes?: boolean | null | undefined;
  /** At most 200 characters. */
  name?: string | null | undefined;
  /** The order in which supervision notes are signed. */
  noteSigningOrder?: NoteSigningOrder | null | undefined;
};

export type UpdatePersonInput = {
  /** At most 254 characters. */
  email?: string | null | undefined;
  /** At most 120 characters. */
  jobTitle?: string | null | undefined;
  livedExperience?: boolean | null | undefined;
  /** At most 120 characters. */
  name?: string | null | undefined;
  personId: string | number;
  /** When they started in the role. */
  startedOn?: string | null | undefined;
};

export type UpdateProgramInput = {
  archived?: boolean | null | undefined;
  /** At most 1,000 characters. */
  description?: string | null | undefined;
  /** At most 120 characters. */
  name?: string | null | undefined;
  programId: string | number;
};

export type UpdateTeamInput = {
  archived?: boolean | null | undefined;
  /** At most 1,000 characters. */
  description?: string | null | undefined;
  /** At most 120 characters. */
  name?: string | null | undefined;
  programId?: string | number | null | undefined;
  teamId: string | number;
};

export type PersonInOrganizationAdminPeopleQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonInOrganizationAdminPeopleQuery = { person: { startedOn: string | null } };

export type MeInOrganizationAdminPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type MeInOrganizationAdminPeopleQuery = { me: { startedOn: string | null } };

export type PersonIdInOrganizationAdminPeopleQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonIdInOrganizationAdminPeopleQuery = { person: { id: string } };

export type MeIdInOrganizationAdminPeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type MeIdInOrganizationAdminPeopleQuery = { me: { id: string } };

export type PeoplePeopleQueryVariables = Exact<{
  s?: string | null | undefined;
}>;


export type PeoplePeopleQuery = { active: { totalCount: number }, all: { items: Array<{ id: string, active: boolean }> } };

export type InvitationEmailInOrganizationAdminPeopleQueryVariables = Exact<{
  t: string;
}>;


export type InvitationEmailInOrganizationAdminPeopleQuery = { invitation: { email: string } };

export type InvitationInOrganizationAdminPeopleQueryVariables = Exact<{
  t: string;
}>;


export type InvitationInOrganizationAdminPeopleQuery = { invitation: { personName: string } };

export type OrgAdminPersonFragment = { id: string, name: string, email: string, jobTitle: string, livedExperience: boolean, startedOn: string | null, active: boolean, invitationPending: boolean, roles: Array<Role>, roleGrants: Array<{ role: Role, programId: string | null }>, team: { id: string } | null, supervisor: { id: string } | null };

export type CreateProgramInOrgAdminSetupMutationVariables = Exact<{
  i: CreateProgramInput;
}>;


export type CreateProgramInOrgAdminSetupMutation = { createProgram: { id: string, name: string, description: string, archived: boolean, teamCount: number, teams: Array<{ id: string }> } };

export type UpdateProgramInOrgAdminSetupMutationVariables = Exact<{
  i: UpdateProgramInput;
}>;


export type UpdateProgramInOrgAdminSetupMutation = { updateProgram: { id: string, name: string, description: string, archived: boolean } };

export type CreateTeamInOrgAdminSetupMutationVariables = Exact<{
  i: CreateTeamInput;
}>;


export type CreateTeamInOrgAdminSetupMutation = { createTeam: { id: string, name: string, description: string, programId: string, archived: boolean, memberCount: number, program: { id: string, name: string } } };

export type UpdateTeamMutationVariables = Exact<{
  i: UpdateTeamInput;
}>;


export type UpdateTeamMutation = { updateTeam: { id: string, name: string, description: string, programId: string, archived: boolean } };

export type InvitePersonInOrgAdminSetupMutationVariables = Exact<{
  i: InvitePersonInput;
}>;


export type InvitePersonInOrgAdminSetupMutation = { invitePerson: { person: { id: string, name: string, email: string, jobTitle: string, livedExperience: boolean, startedOn: string | null, active: boolean, invitationPending: boolean, roles: Array<Role>, roleGrants: Array<{ role: Role, programId: string | null }>, team: { id: string } | null, supervisor: { id: string } | null } } };

export type UpdatePersonMutationVariables = Exact<{
  i: UpdatePersonInput;
}>;


export type UpdatePersonMutation = { updatePerson: { id: string, name: string, email: string, jobTitle: string, livedExperience: boolean, startedOn: string | null, active: boolean, invitationPending: boolean, roles: Array<Role>, roleGrants: Array<{ role: Role, programId: string | null }>, team: { id: string } | null, supervisor: { id: string } | null } };

export type SetPersonRolesInOrgAdminSetupMutationVariables = Exact<{
  i: SetPersonRolesInput;
}>;


export type SetPersonRolesInOrgAdminSetupMutation = { setPersonRoles: { id: string, name: string, email: string, jobTitle: string, livedExperience: boolean, startedOn: string | null, active: boolean, invitationPending: boolean, roles: Array<Role>, roleGrants: Array<{ role: Role, programId: string | null }>, team: { id: string } | null, supervisor: { id: string } | null } };

export type AssignTeamInOrgAdminSetupMutationVariables = Exact<{
  i: AssignTeamInput;
}>;


export type AssignTeamInOrgAdminSetupMutation = { assignTeam: { id: string, team: { id: string } | null, teamHistory: Array<{ teamId: string, startsOn: string, endsOn: string | null }> } };

export type AssignSupervisorInOrgAdminSetupMutationVariables = Exact<{
  i: AssignSupervisorInput;
}>;


export type AssignSupervisorInOrgAdminSetupMutation = { assignSupervisor: { id: string, supervisor: { id: string } | null, supervisionHistory: Array<{ supervisorId: string, superviseeId: string, startsOn: string, endsOn: string | null }> } };

export type DeactivatePersonInOrgAdminSetupMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactivatePersonInOrgAdminSetupMutation = { deactivatePerson: { id: string, active: boolean } };

export type ReactivatePersonInOrgAdminSetupMutationVariables = Exact<{
  id: string | number;
}>;


export type ReactivatePersonInOrgAdminSetupMutation = { reactivatePerson: { id: string, active: boolean } };

export type ResendInvitationInOrgAdminSetupMutationVariables = Exact<{
  id: string | number;
}>;


export type ResendInvitationInOrgAdminSetupMutation = { resendInvitation: boolean };

export type ImportRosterMutationVariables = Exact<{
  i: ImportRosterInput;
}>;


export type ImportRosterMutation = { importRoster: { dryRun: boolean, applied: boolean, totalRows: number, createCount: number, updateCount: number, errorCount: number, fileErrors: Array<string>, rows: Array<{ line: number, name: string, email: string, team: string, roles: Array<Role>, supervisorEmail: string, action: string, errors: Array<string>, invited: boolean }> } };

export type UpdateOrganizationInOrgAdminSetupMutationVariables = Exact<{
  i: UpdateOrganizationInput;
}>;


export type UpdateOrganizationInOrgAdminSetupMutation = { updateOrganization: { id: string, name: string, managersReadNotes: boolean } };

export type AcceptInvitationTokenAndPersonMutationVariables = Exact<{
  i: AcceptInvitationInput;
}>;


export type AcceptInvitationTokenAndPersonMutation = { acceptInvitation: { token: string, person: { id: string } } };

export type LoginInOrgAdminSetupMutationVariables = Exact<{
  i: LoginInput;
}>;


export type LoginInOrgAdminSetupMutation = { login: { token: string } };

export type PeopleInOrgAdminSetupQueryVariables = Exact<{
  f?: PeopleFilterInput | null | undefined;
  p?: PageInput | null | undefined;
}>;


export type PeopleInOrgAdminSetupQuery = { people: { totalCount: number, items: Array<{ id: string, name: string }> } };

export const OrgAdminPersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgAdminPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"livedExperience"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"roleGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OrgAdminPersonFragment, unknown>;
export const PersonInOrganizationAdminPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonInOrganizationAdminPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedOn"}}]}}]}}]} as unknown as DocumentNode<PersonInOrganizationAdminPeopleQuery, PersonInOrganizationAdminPeopleQueryVariables>;
export const MeInOrganizationAdminPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeInOrganizationAdminPeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startedOn"}}]}}]}}]} as unknown as DocumentNode<MeInOrganizationAdminPeopleQuery, MeInOrganizationAdminPeopleQueryVariables>;
export const PersonIdInOrganizationAdminPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonIdInOrganizationAdminPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PersonIdInOrganizationAdminPeopleQuery, PersonIdInOrganizationAdminPeopleQueryVariables>;
export const MeIdInOrganizationAdminPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeIdInOrganizationAdminPeople"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MeIdInOrganizationAdminPeopleQuery, MeIdInOrganizationAdminPeopleQueryVariables>;
export const PeoplePeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeoplePeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"active"},"name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"all"},"name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<PeoplePeopleQuery, PeoplePeopleQueryVariables>;
export const InvitationEmailInOrganizationAdminPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationEmailInOrganizationAdminPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<InvitationEmailInOrganizationAdminPeopleQuery, InvitationEmailInOrganizationAdminPeopleQueryVariables>;
export const InvitationInOrganizationAdminPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InvitationInOrganizationAdminPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personName"}}]}}]}}]} as unknown as DocumentNode<InvitationInOrganizationAdminPeopleQuery, InvitationInOrganizationAdminPeopleQueryVariables>;
export const CreateProgramInOrgAdminSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProgramInOrgAdminSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"teamCount"}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateProgramInOrgAdminSetupMutation, CreateProgramInOrgAdminSetupMutationVariables>;
export const UpdateProgramInOrgAdminSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProgramInOrgAdminSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]}}]} as unknown as DocumentNode<UpdateProgramInOrgAdminSetupMutation, UpdateProgramInOrgAdminSetupMutationVariables>;
export const CreateTeamInOrgAdminSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTeamInOrgAdminSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"program"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTeamInOrgAdminSetupMutation, CreateTeamInOrgAdminSetupMutationVariables>;
export const UpdateTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]}}]} as unknown as DocumentNode<UpdateTeamMutation, UpdateTeamMutationVariables>;
export const InvitePersonInOrgAdminSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitePersonInOrgAdminSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgAdminPerson"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgAdminPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"livedExperience"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"roleGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<InvitePersonInOrgAdminSetupMutation, InvitePersonInOrgAdminSetupMutationVariables>;
export const UpdatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgAdminPerson"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgAdminPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"livedExperience"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"roleGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const SetPersonRolesInOrgAdminSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPersonRolesInOrgAdminSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetPersonRolesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPersonRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgAdminPerson"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgAdminPerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"livedExperience"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"roleGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetPersonRolesInOrgAdminSetupMutation, SetPersonRolesInOrgAdminSetupMutationVariables>;
export const AssignTeamInOrgAdminSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignTeamInOrgAdminSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]}}]} as unknown as DocumentNode<AssignTeamInOrgAdminSetupMutation, AssignTeamInOrgAdminSetupMutationVariables>;
export const AssignSupervisorInOrgAdminSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignSupervisorInOrgAdminSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignSupervisorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignSupervisor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisionHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisorId"}},{"kind":"Field","name":{"kind":"Name","value":"superviseeId"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]}}]} as unknown as DocumentNode<AssignSupervisorInOrgAdminSetupMutation, AssignSupervisorInOrgAdminSetupMutationVariables>;
export const DeactivatePersonInOrgAdminSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivatePersonInOrgAdminSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivatePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<DeactivatePersonInOrgAdminSetupMutation, DeactivatePersonInOrgAdminSetupMutationVariables>;
export const ReactivatePersonInOrgAdminSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivatePersonInOrgAdminSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivatePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<ReactivatePersonInOrgAdminSetupMutation, ReactivatePersonInOrgAdminSetupMutationVariables>;
export const ResendInvitationInOrgAdminSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResendInvitationInOrgAdminSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resendInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"personId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ResendInvitationInOrgAdminSetupMutation, ResendInvitationInOrgAdminSetupMutationVariables>;
export const ImportRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRosterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRoster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"createCount"}},{"kind":"Field","name":{"kind":"Name","value":"updateCount"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"fileErrors"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorEmail"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}}]}}]}}]}}]} as unknown as DocumentNode<ImportRosterMutation, ImportRosterMutationVariables>;
export const UpdateOrganizationInOrgAdminSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganizationInOrgAdminSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"managersReadNotes"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganizationInOrgAdminSetupMutation, UpdateOrganizationInOrgAdminSetupMutationVariables>;
export const AcceptInvitationTokenAndPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitationTokenAndPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationTokenAndPersonMutation, AcceptInvitationTokenAndPersonMutationVariables>;
export const LoginInOrgAdminSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginInOrgAdminSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<LoginInOrgAdminSetupMutation, LoginInOrgAdminSetupMutationVariables>;
export const PeopleInOrgAdminSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleInOrgAdminSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PeopleFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PeopleInOrgAdminSetupQuery, PeopleInOrgAdminSetupQueryVariables>;