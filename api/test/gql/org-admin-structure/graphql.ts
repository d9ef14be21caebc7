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

export type CreateOrganizationInput = {
  /** At most 120 characters. */
  adminName: string;
  /** At most 254 characters. */
  email: string;
  /** At most 200 characters. */
  organizationName: string;
  /** A new password. At least 12 characters. No special characters needed: a few unrelated words work well. Checked against a list of commonly used passwords. At most 256 characters. */
  password: string;
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

/** Who rates a checklist. Rater types are never mixed into one mean. */
export type RaterType =
  | 'PERSON_SERVED'
  | 'REVIEWER'
  | 'SELF'
  | 'SUPERVISOR';

/** A role a person holds; a person may hold several. */
export type Role =
  | 'ADMIN'
  | 'PROGRAM_MANAGER'
  | 'STAFF'
  | 'SUPERVISOR';

/** A step of the first-run setup guide, in order. */
export type SetupStepKey =
  | 'CHECKLIST_CYCLE'
  | 'PEOPLE'
  | 'PROGRAMS'
  | 'SUPERVISION_POLICY'
  | 'TEAMS';

export type StartChecklistInput = {
  /** At most 63 characters. */
  instrumentKey?: string;
  /** End of the observation window (default: today); not after today, and at most a year after the start. */
  observationEnd?: string | null | undefined;
  /** Start of the period the rating looks back on (default: 30 days before the end). */
  observationStart?: string | null | undefined;
  raterType: RaterType;
  subjectId: string | number;
};

/** Individual, group, peer co-reflection (among peers) or observation of practice. */
export type SupervisionModality =
  | 'GROUP'
  | 'INDIVIDUAL'
  | 'OBSERVATION'
  | 'PEER_COREFLECTION';

/** WEEKLY_6M_THEN_BIWEEKLY (default): weekly for 6 months, then every 14 days. WEEKLY_UNTIL_CERT_THEN_MONTHLY: weekly for 24 months, then every 30 days. CUSTOM: your own stages. */
export type SupervisionPolicyPreset =
  | 'CUSTOM'
  | 'WEEKLY_6M_THEN_BIWEEKLY'
  | 'WEEKLY_UNTIL_CERT_THEN_MONTHLY';

export type SupervisionStageInput = {
  everyDays: number;
  untilMonths?: number | null | undefined;
};

export type UpdateProgramInput = {
  archived?: boolean | null | undefined;
  /** At most 1,000 characters. */
  description?: string | null | undefined;
  /** At most 120 characters. */
  name?: string | null | undefined;
  programId: string | number;
};

/** Presets fix the stages; counting rules can be set with any preset. */
export type UpdateSupervisionPolicyInput = {
  /** Default: individual, group and peer co-reflection. */
  countingModalities?: Array<SupervisionModality> | null | undefined;
  /** Default 30. */
  minimumMinutes?: number | null | undefined;
  preset: SupervisionPolicyPreset;
  programId: string | number;
  /** Default true. */
  requireDocumentation?: boolean | null | undefined;
  /** Required for CUSTOM, ignored otherwise. */
  stages?: Array<SupervisionStageInput> | null | undefined;
};

export type ProgramsInOrganizationAdminStructureQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramsInOrganizationAdminStructureQuery = { programs: Array<{ id: string, name: string }> };

export type ProgramsProgramsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgramsProgramsQuery = { active: Array<{ id: string }>, all: Array<{ id: string, archived: boolean }> };

export type TeamIdsOfProgramInOrganizationAdminStructureQueryVariables = Exact<{
  p?: string | number | null | undefined;
}>;


export type TeamIdsOfProgramInOrganizationAdminStructureQuery = { teams: Array<{ id: string }> };

export type TeamsTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamsTeamsQuery = { active: Array<{ id: string }>, all: Array<{ id: string, archived: boolean }> };

export type OrganizationInOrganizationAdminStructureQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganizationInOrganizationAdminStructureQuery = { organization: { id: string, name: string, managersReadNotes: boolean } };

export type PeopleInOrganizationAdminStructureQueryVariables = Exact<{
  s?: string | null | undefined;
}>;


export type PeopleInOrganizationAdminStructureQuery = { people: { items: Array<{ email: string, roles: Array<Role>, team: { name: string } | null, supervisor: { email: string } | null }> } };

export type PersonInOrganizationAdminStructureQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonInOrganizationAdminStructureQuery = { person: { name: string, roles: Array<Role>, team: { name: string } | null, teamHistory: Array<{ endsOn: string | null }> } };

export type SetupProgressQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupProgressQuery = { setupProgress: { doneCount: number, complete: boolean, steps: Array<{ key: SetupStepKey, done: boolean, count: number }> } };

export type CreateOrganizationInSetupProgressMutationVariables = Exact<{
  i: CreateOrganizationInput;
}>;


export type CreateOrganizationInSetupProgressMutation = { createOrganization: boolean };

export type AcceptInvitationTokenAndPersonInSetupProgressMutationVariables = Exact<{
  i: AcceptInvitationInput;
}>;


export type AcceptInvitationTokenAndPersonInSetupProgressMutation = { acceptInvitation: { token: string, person: { id: string } } };

export type CreateProgramInSetupProgressMutationVariables = Exact<{
  i: CreateProgramInput;
}>;


export type CreateProgramInSetupProgressMutation = { createProgram: { id: string } };

export type UpdateProgramMutationVariables = Exact<{
  i: UpdateProgramInput;
}>;


export type UpdateProgramMutation = { updateProgram: { id: string, archived: boolean } };

export type CreateTeamMutationVariables = Exact<{
  i: CreateTeamInput;
}>;


export type CreateTeamMutation = { createTeam: { id: string } };

export type InvitePersonIdInSetupProgressMutationVariables = Exact<{
  i: InvitePersonInput;
}>;


export type InvitePersonIdInSetupProgressMutation = { invitePerson: { person: { id: string } } };

export type UpdateSupervisionPolicyMutationVariables = Exact<{
  i: UpdateSupervisionPolicyInput;
}>;


export type UpdateSupervisionPolicyMutation = { updateSupervisionPolicy: { programId: string } };

export type StartChecklistInSetupProgressMutationVariables = Exact<{
  i: StartChecklistInput;
}>;


export type StartChecklistInSetupProgressMutation = { startChecklist: { id: string, status: string } };


export const ProgramsInOrganizationAdminStructureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsInOrganizationAdminStructure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ProgramsInOrganizationAdminStructureQuery, ProgramsInOrganizationAdminStructureQueryVariables>;
export const ProgramsProgramsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgramsPrograms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"active"},"name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"all"},"name":{"kind":"Name","value":"programs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]}}]} as unknown as DocumentNode<ProgramsProgramsQuery, ProgramsProgramsQueryVariables>;
export const TeamIdsOfProgramInOrganizationAdminStructureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamIdsOfProgramInOrganizationAdminStructure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TeamIdsOfProgramInOrganizationAdminStructureQuery, TeamIdsOfProgramInOrganizationAdminStructureQueryVariables>;
export const TeamsTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamsTeams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"active"},"name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"all"},"name":{"kind":"Name","value":"teams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"includeArchived"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]}}]} as unknown as DocumentNode<TeamsTeamsQuery, TeamsTeamsQueryVariables>;
export const OrganizationInOrganizationAdminStructureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationInOrganizationAdminStructure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"managersReadNotes"}}]}}]}}]} as unknown as DocumentNode<OrganizationInOrganizationAdminStructureQuery, OrganizationInOrganizationAdminStructureQueryVariables>;
export const PeopleInOrganizationAdminStructureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleInOrganizationAdminStructure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"s"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"s"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PeopleInOrganizationAdminStructureQuery, PeopleInOrganizationAdminStructureQueryVariables>;
export const PersonInOrganizationAdminStructureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonInOrganizationAdminStructure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teamHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]}}]} as unknown as DocumentNode<PersonInOrganizationAdminStructureQuery, PersonInOrganizationAdminStructureQueryVariables>;
export const SetupProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SetupProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setupProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"doneCount"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<SetupProgressQuery, SetupProgressQueryVariables>;
export const CreateOrganizationInSetupProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganizationInSetupProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}]}]}}]} as unknown as DocumentNode<CreateOrganizationInSetupProgressMutation, CreateOrganizationInSetupProgressMutationVariables>;
export const AcceptInvitationTokenAndPersonInSetupProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitationTokenAndPersonInSetupProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationTokenAndPersonInSetupProgressMutation, AcceptInvitationTokenAndPersonInSetupProgressMutationVariables>;
export const CreateProgramInSetupProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProgramInSetupProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateProgramInSetupProgressMutation, CreateProgramInSetupProgressMutationVariables>;
export const UpdateProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]}}]} as unknown as DocumentNode<UpdateProgramMutation, UpdateProgramMutationVariables>;
export const CreateTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateTeamMutation, CreateTeamMutationVariables>;
export const InvitePersonIdInSetupProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitePersonIdInSetupProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<InvitePersonIdInSetupProgressMutation, InvitePersonIdInSetupProgressMutationVariables>;
export const UpdateSupervisionPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSupervisionPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSupervisionPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSupervisionPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programId"}}]}}]}}]} as unknown as DocumentNode<UpdateSupervisionPolicyMutation, UpdateSupervisionPolicyMutationVariables>;
export const StartChecklistInSetupProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartChecklistInSetupProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartChecklistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startChecklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StartChecklistInSetupProgressMutation, StartChecklistInSetupProgressMutationVariables>;