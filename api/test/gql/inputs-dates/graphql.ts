/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AssignTeamInput = {
  personId: string | number;
  /** Defaults to today. */
  startsOn?: string | null | undefined;
  /** null ends the current membership without a new one. */
  teamId?: string | number | null | undefined;
};

export type ChecklistFilterInput = {
  /** Submitted (or, for drafts, started) on or after this day. */
  from?: string | null | undefined;
  /** Only checklists the viewer rated. */
  mine?: boolean | null | undefined;
  raterType?: RaterType | null | undefined;
  /** DRAFT or SUBMITTED. At most 40 characters. */
  status?: string | null | undefined;
  subjectId?: string | number | null | undefined;
  teamId?: string | number | null | undefined;
  /** Submitted (or started) on or before this day. */
  to?: string | null | undefined;
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

export type CreateDriftActionInput = {
  /** At most 1,000 characters. */
  description: string;
  /** D1 … D7; the dimension the action is about. At most 40 characters. */
  dimensionCode?: string | null | undefined;
  dueOn: string;
  /** Who will do it: the supervisee, their supervisor, or someone else you can see. */
  ownerId: string | number;
  /** The signal that prompted the action (DriftSignal.id). At most 300 characters. */
  signalId?: string | null | undefined;
  /** Whose next supervision agenda the action goes on (a member of the team). */
  superviseeId: string | number;
  teamId: string | number;
};

export type DriftFilterInput = {
  /** Default 24 months (monthly) or 52 weeks (weekly) before `to`. At most 10 years before today. */
  from?: string | null | undefined;
  granularity?: Granularity | null | undefined;
  programId?: string | number | null | undefined;
  /** Default SELF. Several types are pooled explicitly, never silently. */
  raterTypes?: Array<RaterType> | null | undefined;
  teamIds?: Array<string | number> | null | undefined;
  /** Default today; at most a year after today. The range spans at most 160 periods. */
  to?: string | null | undefined;
};

export type Granularity =
  | 'MONTH'
  | 'WEEK';

export type LanguageSeriesFilterInput = {
  /** Start of the range: its month is the first one. At most 10 years before today. */
  from: string;
  /** Default: every team in your scope. */
  teamIds?: Array<string | number> | null | undefined;
  /** End of the range (exclusive): every month that starts before this day is included. At most a year after today; at most 36 months. */
  to: string;
};

export type PageInput = {
  /** How many to skip (0–10,000); narrow the filter to reach further. */
  skip?: number;
  /** 1–100. */
  take?: number;
};

/** Who rates a checklist. Rater types are never mixed into one mean. */
export type RaterType =
  | 'PERSON_SERVED'
  | 'REVIEWER'
  | 'SELF'
  | 'SUPERVISOR';

export type ScheduleSupervisionInput = {
  channel: SupervisionChannel;
  /** 15–480 minutes. */
  durationMinutes: number;
  /** Video or phone link. At most 1,000 characters. */
  link?: string | null | undefined;
  /** At most 500 characters. */
  location?: string | null | undefined;
  modality: SupervisionModality;
  /** RFC 5545 RRULE, e.g. "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;UNTIL=20270301T000000Z"; null for a one-off. At most 500 characters. */
  recurrence?: string | null | undefined;
  /** Without an offset ("2026-10-06T10:00") it is local wall time in timeZone (recommended); with Z or an offset it is an instant. At most 10 years before or after today. */
  startsAt: string;
  /** One for INDIVIDUAL; several for GROUP or peer co-reflection. */
  superviseeIds: Array<string | number>;
  /** Supervisors schedule for themselves; admins for anyone. */
  supervisorId: string | number;
  /** IANA time zone, e.g. Europe/London. At most 64 characters. */
  timeZone: string;
  /** At most 200 characters. */
  title?: string | null | undefined;
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

export type SupervisionChannel =
  | 'IN_PERSON'
  | 'PHONE'
  | 'VIDEO';

export type SupervisionComplianceFilterInput = {
  /** Start of the reporting window; default 90 days before to; at most 10 years before now. */
  from?: string | null | undefined;
  programId?: string | number | null | undefined;
  superviseeId?: string | number | null | undefined;
  teamId?: string | number | null | undefined;
  /** End of the window (exclusive); default now; at most 400 days after now and 400 days after from. Only sessions up to now count. */
  to?: string | null | undefined;
};

/** Individual, group, peer co-reflection (among peers) or observation of practice. */
export type SupervisionModality =
  | 'GROUP'
  | 'INDIVIDUAL'
  | 'OBSERVATION'
  | 'PEER_COREFLECTION';

export type SupervisionSessionsFilterInput = {
  /** Start of the range (inclusive); at most 10 years before today. */
  from: string;
  includeCancelled?: boolean | null | undefined;
  superviseeId?: string | number | null | undefined;
  supervisorId?: string | number | null | undefined;
  /** Sessions with a supervisee currently in this team. */
  teamId?: string | number | null | undefined;
  /** End of the range (exclusive); after from, at most 400 days after it and at most 10 years after today. */
  to: string;
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

export type ChecklistsInInputHardeningQueryVariables = Exact<{
  f?: ChecklistFilterInput | null | undefined;
}>;


export type ChecklistsInInputHardeningQuery = { checklists: { totalCount: number } };

export type DriftOverviewInInputHardeningQueryVariables = Exact<{
  f?: DriftFilterInput | null | undefined;
}>;


export type DriftOverviewInInputHardeningQuery = { driftOverview: { __typename: 'DriftOverview' } };

export type AnnotationsInInputHardeningQueryVariables = Exact<{
  f?: DriftFilterInput | null | undefined;
  t: string | number;
}>;


export type AnnotationsInInputHardeningQuery = { annotations: Array<{ id: string }> };

export type CreateAnnotationInInputHardeningMutationVariables = Exact<{
  i: CreateAnnotationInput;
}>;


export type CreateAnnotationInInputHardeningMutation = { createAnnotation: { id: string } };

export type UpdatePersonInInputHardeningMutationVariables = Exact<{
  i: UpdatePersonInput;
}>;


export type UpdatePersonInInputHardeningMutation = { updatePerson: { id: string } };

export type AssignTeamInInputHardeningMutationVariables = Exact<{
  i: AssignTeamInput;
}>;


export type AssignTeamInInputHardeningMutation = { assignTeam: { id: string } };

export type StartChecklistInInputHardeningMutationVariables = Exact<{
  i: StartChecklistInput;
}>;


export type StartChecklistInInputHardeningMutation = { startChecklist: { id: string } };

export type CreateDriftActionInInputHardeningMutationVariables = Exact<{
  i: CreateDriftActionInput;
}>;


export type CreateDriftActionInInputHardeningMutation = { createDriftAction: { id: string } };

export type LanguageDensitySeriesInInputHardeningQueryVariables = Exact<{
  f: LanguageSeriesFilterInput;
}>;


export type LanguageDensitySeriesInInputHardeningQuery = { languageDensitySeries: Array<{ teamId: string }> };

export type SupervisionSessionsInInputHardeningQueryVariables = Exact<{
  f: SupervisionSessionsFilterInput;
}>;


export type SupervisionSessionsInInputHardeningQuery = { supervisionSessions: Array<{ id: string }> };

export type SupervisionComplianceInInputHardeningQueryVariables = Exact<{
  f?: SupervisionComplianceFilterInput | null | undefined;
}>;


export type SupervisionComplianceInInputHardeningQuery = { supervisionCompliance: { from: string } };

export type ScheduleSupervisionInInputHardeningMutationVariables = Exact<{
  i: ScheduleSupervisionInput;
}>;


export type ScheduleSupervisionInInputHardeningMutation = { scheduleSupervision: { warnings: Array<string> } };

export type SupervisionComplianceInInputHardening2QueryVariables = Exact<{
  f?: SupervisionComplianceFilterInput | null | undefined;
}>;


export type SupervisionComplianceInInputHardening2Query = { supervisionCompliance: { from: string, to: string } };

export type TeamDriftInInputHardeningQueryVariables = Exact<{
  f?: DriftFilterInput | null | undefined;
  t: string | number;
}>;


export type TeamDriftInInputHardeningQuery = { teamDrift: { __typename: 'TeamDrift' } };

export type PeopleInInputHardening2QueryVariables = Exact<{
  p?: PageInput | null | undefined;
}>;


export type PeopleInInputHardening2Query = { people: { totalCount: number } };

export type ChecklistsDueInInputHardeningQueryVariables = Exact<{ [key: string]: never; }>;


export type ChecklistsDueInInputHardeningQuery = { checklistsDue: Array<{ __typename: 'DueChecklist' }> };


export const ChecklistsInInputHardeningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChecklistsInInputHardening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ChecklistFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checklists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ChecklistsInInputHardeningQuery, ChecklistsInInputHardeningQueryVariables>;
export const DriftOverviewInInputHardeningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DriftOverviewInInputHardening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DriftFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"driftOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<DriftOverviewInInputHardeningQuery, DriftOverviewInInputHardeningQueryVariables>;
export const AnnotationsInInputHardeningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnnotationsInInputHardening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DriftFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annotations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}},{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AnnotationsInInputHardeningQuery, AnnotationsInInputHardeningQueryVariables>;
export const CreateAnnotationInInputHardeningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAnnotationInInputHardening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAnnotationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAnnotation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateAnnotationInInputHardeningMutation, CreateAnnotationInInputHardeningMutationVariables>;
export const UpdatePersonInInputHardeningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePersonInInputHardening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdatePersonInInputHardeningMutation, UpdatePersonInInputHardeningMutationVariables>;
export const AssignTeamInInputHardeningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignTeamInInputHardening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AssignTeamInInputHardeningMutation, AssignTeamInInputHardeningMutationVariables>;
export const StartChecklistInInputHardeningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartChecklistInInputHardening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartChecklistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startChecklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<StartChecklistInInputHardeningMutation, StartChecklistInInputHardeningMutationVariables>;
export const CreateDriftActionInInputHardeningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDriftActionInInputHardening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDriftActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDriftAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateDriftActionInInputHardeningMutation, CreateDriftActionInInputHardeningMutationVariables>;
export const LanguageDensitySeriesInInputHardeningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LanguageDensitySeriesInInputHardening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LanguageSeriesFilterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languageDensitySeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamId"}}]}}]}}]} as unknown as DocumentNode<LanguageDensitySeriesInInputHardeningQuery, LanguageDensitySeriesInInputHardeningQueryVariables>;
export const SupervisionSessionsInInputHardeningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionSessionsInInputHardening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionSessionsFilterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SupervisionSessionsInInputHardeningQuery, SupervisionSessionsInInputHardeningQueryVariables>;
export const SupervisionComplianceInInputHardeningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionComplianceInInputHardening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionComplianceFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}}]}}]}}]} as unknown as DocumentNode<SupervisionComplianceInInputHardeningQuery, SupervisionComplianceInInputHardeningQueryVariables>;
export const ScheduleSupervisionInInputHardeningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleSupervisionInInputHardening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleSupervisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleSupervision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}}]} as unknown as DocumentNode<ScheduleSupervisionInInputHardeningMutation, ScheduleSupervisionInInputHardeningMutationVariables>;
export const SupervisionComplianceInInputHardening2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionComplianceInInputHardening2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionComplianceFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]} as unknown as DocumentNode<SupervisionComplianceInInputHardening2Query, SupervisionComplianceInInputHardening2QueryVariables>;
export const TeamDriftInInputHardeningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TeamDriftInInputHardening"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DriftFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamDrift"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}},{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<TeamDriftInInputHardeningQuery, TeamDriftInInputHardeningQueryVariables>;
export const PeopleInInputHardening2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeopleInInputHardening2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<PeopleInInputHardening2Query, PeopleInInputHardening2QueryVariables>;
export const ChecklistsDueInInputHardeningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChecklistsDueInInputHardening"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checklistsDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"withinDays"},"value":{"kind":"IntValue","value":"367"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<ChecklistsDueInInputHardeningQuery, ChecklistsDueInInputHardeningQueryVariables>;