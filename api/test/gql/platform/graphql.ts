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

export type AnswerInput = {
  /** At most 2,000 characters. */
  comment?: string | null | undefined;
  /** At most 40 characters. */
  itemCode: string;
  /** 1–5, or null for "not applicable". */
  value?: number | null | undefined;
};

export type CreateAnnotationInput = {
  /** At most 2,000 characters. */
  details?: string | null | undefined;
  /** NOTE, TRAINING, POLICY, STAFFING or OTHER. At most 40 characters. */
  kind?: string | null | undefined;
  /** At most 200 characters. */
  label: string;
  onDate: string;
  personId?: string | number | null | undefined;
  teamId: string | number;
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

export type LoginInput = {
  /** At most 254 characters. */
  email: string;
  /** At most 256 characters. */
  password: string;
};

export type PersonServedAnswersInput = {
  answers: Array<AnswerInput>;
  /** At most 200 characters. */
  token: string;
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

export type SaveChecklistAnswersInput = {
  answers: Array<AnswerInput>;
  checklistId: string | number;
  /** The version you last read; a stale version gets CONFLICT and nothing is lost. */
  version: number;
};

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

export type SubmitChecklistInput = {
  checklistId: string | number;
  /** Client-generated key; retries with the same key return the same submission (exactly once). At most 100 characters. */
  idempotencyKey: string;
};

export type CreateAnnotationUnderLoadMutationVariables = Exact<{
  i: CreateAnnotationInput;
}>;


export type CreateAnnotationUnderLoadMutation = { createAnnotation: { id: string } };

export type SubmitChecklistStatusMutationVariables = Exact<{
  i: SubmitChecklistInput;
}>;


export type SubmitChecklistStatusMutation = { submitChecklist: { id: string, status: string } };

export type ChecklistsInDatabaseFaultsQueryVariables = Exact<{ [key: string]: never; }>;


export type ChecklistsInDatabaseFaultsQuery = { checklists: { totalCount: number } };

export type FastPathSignInMutationVariables = Exact<{
  i: LoginInput;
}>;


export type FastPathSignInMutation = { login: { token: string } };

export type FastPathWhoAmIQueryVariables = Exact<{ [key: string]: never; }>;


export type FastPathWhoAmIQuery = { me: { id: string } };

export type FastPathLoggedQueryVariables = Exact<{ [key: string]: never; }>;


export type FastPathLoggedQuery = { __typename: 'Query' };

export type FastPathHalfDoneMutationVariables = Exact<{
  p: CreateProgramInput;
  t: CreateTeamInput;
}>;


export type FastPathHalfDoneMutation = { createProgram: { id: string }, createTeam: { id: string } };

export type FastPathTypenameQueryVariables = Exact<{ [key: string]: never; }>;


export type FastPathTypenameQuery = { __typename: 'Query' };

export type FastPathAuditActionsQueryVariables = Exact<{ [key: string]: never; }>;


export type FastPathAuditActionsQuery = { auditActions: Array<{ action: string, category: string, label: string }> };

export type FastPathCreateProgramMutationVariables = Exact<{
  i: CreateProgramInput;
}>;


export type FastPathCreateProgramMutation = { createProgram: { id: string } };

export type FastPathLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type FastPathLogoutMutation = { logout: boolean };

export type WhoAmIQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoAmIQuery = { me: { id: string } };

export type SignInMutationVariables = Exact<{
  i: LoginInput;
}>;


export type SignInMutation = { login: { token: string } };

export type WhoAmINoStoreQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoAmINoStoreQuery = { me: { id: string } };

export type SubmitPersonServedFeedbackInvitePersonMutationVariables = Exact<{
  f: PersonServedAnswersInput;
  i: InvitePersonInput;
}>;


export type SubmitPersonServedFeedbackInvitePersonMutation = { submitPersonServedFeedback: boolean, invitePerson: { person: { id: string } } };

export type AcceptInvitationMutationVariables = Exact<{
  i: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { person: { id: string, organization: { id: string } } } };

export type CreateCalendarFeedInMixedDocumentsMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateCalendarFeedInMixedDocumentsMutation = { createCalendarFeed: string };

export type LoginInPlatformMutationVariables = Exact<{ [key: string]: never; }>;


export type LoginInPlatformMutation = { login: { token: string } };

export type SchemaTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type SchemaTypesQuery = { __schema: { types: Array<{ name: string | null }> } };

export type ChecklistsInPlatformQueryVariables = Exact<{
  r?: RaterType | null | undefined;
}>;


export type ChecklistsInPlatformQuery = { checklists: { totalCount: number } };

export type LoginInProductionTransportMutationVariables = Exact<{
  i: LoginInput;
}>;


export type LoginInProductionTransportMutation = { login: { token: string } };

export type StartChecklistVersionInRequestCostMutationVariables = Exact<{
  i: StartChecklistInput;
}>;


export type StartChecklistVersionInRequestCostMutation = { startChecklist: { id: string, version: number } };

export type SaveChecklistAnswersVersionInRequestCostMutationVariables = Exact<{
  i: SaveChecklistAnswersInput;
}>;


export type SaveChecklistAnswersVersionInRequestCostMutation = { saveChecklistAnswers: { id: string, version: number } };

export type ChecklistInRequestCostQueryVariables = Exact<{
  id: string | number;
}>;


export type ChecklistInRequestCostQuery = { checklist: { id: string, completeness: { canSubmit: boolean, problems: Array<string> } } };

export type MeInRequestCostQueryVariables = Exact<{ [key: string]: never; }>;


export type MeInRequestCostQuery = { me: { id: string, name: string, email: string, jobTitle: string, livedExperience: boolean, startedOn: string | null, active: boolean, invitationPending: boolean, createdAt: string, roles: Array<Role>, roleGrants: Array<{ role: Role, programId: string | null }> } };

export type MeOrganizationInRequestCostQueryVariables = Exact<{ [key: string]: never; }>;


export type MeOrganizationInRequestCostQuery = { me: { id: string, organization: { id: string, name: string } } };


export const CreateAnnotationUnderLoadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAnnotationUnderLoad"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAnnotationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAnnotation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateAnnotationUnderLoadMutation, CreateAnnotationUnderLoadMutationVariables>;
export const SubmitChecklistStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitChecklistStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitChecklistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitChecklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SubmitChecklistStatusMutation, SubmitChecklistStatusMutationVariables>;
export const ChecklistsInDatabaseFaultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChecklistsInDatabaseFaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checklists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"5"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ChecklistsInDatabaseFaultsQuery, ChecklistsInDatabaseFaultsQueryVariables>;
export const FastPathSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FastPathSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<FastPathSignInMutation, FastPathSignInMutationVariables>;
export const FastPathWhoAmIDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FastPathWhoAmI"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FastPathWhoAmIQuery, FastPathWhoAmIQueryVariables>;
export const FastPathLoggedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FastPathLogged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<FastPathLoggedQuery, FastPathLoggedQueryVariables>;
export const FastPathHalfDoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FastPathHalfDone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProgramInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FastPathHalfDoneMutation, FastPathHalfDoneMutationVariables>;
export const FastPathTypenameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FastPathTypename"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]} as unknown as DocumentNode<FastPathTypenameQuery, FastPathTypenameQueryVariables>;
export const FastPathAuditActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FastPathAuditActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]} as unknown as DocumentNode<FastPathAuditActionsQuery, FastPathAuditActionsQueryVariables>;
export const FastPathCreateProgramDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FastPathCreateProgram"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProgramInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProgram"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<FastPathCreateProgramMutation, FastPathCreateProgramMutationVariables>;
export const FastPathLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FastPathLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<FastPathLogoutMutation, FastPathLogoutMutationVariables>;
export const WhoAmIDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoAmI"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WhoAmIQuery, WhoAmIQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const WhoAmINoStoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhoAmINoStore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<WhoAmINoStoreQuery, WhoAmINoStoreQueryVariables>;
export const SubmitPersonServedFeedbackInvitePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPersonServedFeedbackInvitePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonServedAnswersInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPersonServedFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}]},{"kind":"Field","name":{"kind":"Name","value":"invitePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitPersonServedFeedbackInvitePersonMutation, SubmitPersonServedFeedbackInvitePersonMutationVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const CreateCalendarFeedInMixedDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCalendarFeedInMixedDocuments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCalendarFeed"}}]}}]} as unknown as DocumentNode<CreateCalendarFeedInMixedDocumentsMutation, CreateCalendarFeedInMixedDocumentsMutationVariables>;
export const LoginInPlatformDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginInPlatform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"email"},"value":{"kind":"StringValue","value":"not-an-email","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"password"},"value":{"kind":"StringValue","value":"x","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<LoginInPlatformMutation, LoginInPlatformMutationVariables>;
export const SchemaTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchemaTypes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__schema"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"types"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SchemaTypesQuery, SchemaTypesQueryVariables>;
export const ChecklistsInPlatformDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChecklistsInPlatform"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"r"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RaterType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checklists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"raterType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"r"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ChecklistsInPlatformQuery, ChecklistsInPlatformQueryVariables>;
export const LoginInProductionTransportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LoginInProductionTransport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<LoginInProductionTransportMutation, LoginInProductionTransportMutationVariables>;
export const StartChecklistVersionInRequestCostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartChecklistVersionInRequestCost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartChecklistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startChecklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StartChecklistVersionInRequestCostMutation, StartChecklistVersionInRequestCostMutationVariables>;
export const SaveChecklistAnswersVersionInRequestCostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveChecklistAnswersVersionInRequestCost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveChecklistAnswersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveChecklistAnswers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SaveChecklistAnswersVersionInRequestCostMutation, SaveChecklistAnswersVersionInRequestCostMutationVariables>;
export const ChecklistInRequestCostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChecklistInRequestCost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"completeness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]}}]} as unknown as DocumentNode<ChecklistInRequestCostQuery, ChecklistInRequestCostQueryVariables>;
export const MeInRequestCostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeInRequestCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"livedExperience"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"roleGrants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}}]}}]}}]}}]} as unknown as DocumentNode<MeInRequestCostQuery, MeInRequestCostQueryVariables>;
export const MeOrganizationInRequestCostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeOrganizationInRequestCost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MeOrganizationInRequestCostQuery, MeOrganizationInRequestCostQueryVariables>;