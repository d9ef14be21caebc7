/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActionItemInput = {
  checklistId?: string | number | null | undefined;
  /** At most 1,000 characters. */
  description: string;
  dimension?: SupervisionDimension | null | undefined;
  driftSignalId?: string | number | null | undefined;
  dueOn?: string | null | undefined;
  /** An existing item of this note to keep and update; omit for a new one. */
  id?: string | number | null | undefined;
  /** The session’s supervisor or one of its supervisees. */
  ownerId: string | number;
};

/** A session that happened but was never scheduled, recorded together with its note (supervisor only). */
export type AdHocSessionInput = {
  channel: SupervisionChannel;
  durationMinutes: number;
  /** At most 500 characters. */
  location?: string | null | undefined;
  modality: SupervisionModality;
  /** When it took place: local wall time in timeZone ("2026-10-06T10:00") or an instant. */
  startsAt: string;
  superviseeIds: Array<string | number>;
  /** IANA time zone, e.g. Europe/London. At most 64 characters. */
  timeZone: string;
  /** At most 200 characters. */
  title?: string | null | undefined;
};

export type CancelSupervisionOccurrenceInput = {
  occurrenceId: string | number;
  /** At most 500 characters. */
  reason?: string | null | undefined;
};

/** Three drift patterns and mutual, person-led wording. */
export type LanguagePattern =
  | 'ERRAND'
  | 'HIERARCHICAL'
  | 'MEDICAL_MODEL'
  | 'MUTUALITY';

export type LanguageSeriesFilterInput = {
  /** Start of the range: its month is the first one. At most 10 years before today. */
  from: string;
  /** Default: every team in your scope. */
  teamIds?: Array<string | number> | null | undefined;
  /** End of the range (exclusive): every month that starts before this day is included. At most a year after today; at most 36 months. */
  to: string;
};

/** Why a match does not count. */
export type LanguageSuppressionReason =
  | 'META'
  | 'NEGATED'
  | 'QUOTED';

/** DEFAULT: the starter list as shipped; OVERRIDDEN: a default the organisation changed; ORGANIZATION: added by the organisation. */
export type LexiconSource =
  | 'DEFAULT'
  | 'ORGANIZATION'
  | 'OVERRIDDEN';

export type MarkSupervisionOccurrenceInput = {
  occurrenceId: string | number;
  /** At most 500 characters. */
  reason?: string | null | undefined;
  status: SupervisionOccurrenceOutcome;
};

/** Creates or updates the draft note of an occurrence. Give noteId (existing note), or occurrenceId (its note is created on first save; the occurrence becomes COMPLETED), or adHoc (records an unscheduled session and its note). The supervisor writes every field except superviseeReflection, which only a supervisee writes. Omitted fields are unchanged; actionItems, when given, replace the list. */
export type RecordSupervisionNoteInput = {
  actionItems?: Array<ActionItemInput> | null | undefined;
  adHoc?: AdHocSessionInput | null | undefined;
  /** At most 10,000 characters. */
  concerns?: string | null | undefined;
  dimensions?: Array<SupervisionDimension> | null | undefined;
  /** Drift taxonomy codes such as H1, M3, O2. Each at most 40 characters. */
  driftCodes?: Array<string> | null | undefined;
  noteId?: string | number | null | undefined;
  occurrenceId?: string | number | null | undefined;
  /** At most 10,000 characters. */
  strengths?: string | null | undefined;
  /** The supervisee’s own reflection (only the supervisee may write it). At most 20,000 characters. */
  superviseeReflection?: string | null | undefined;
  /** At most 20,000 characters. */
  supervisorNote?: string | null | undefined;
  types?: Array<SupervisionType> | null | undefined;
  /** Required when the note already exists: the version you last read (stale → CONFLICT, nothing saved). */
  version?: number | null | undefined;
};

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

/** OVERDUE: longer than the current interval + 2 days since the last counting session; BEHIND: fewer recorded than required so far. */
export type SupervisionComplianceStatus =
  | 'BEHIND'
  | 'ON_TRACK'
  | 'OVERDUE';

/** Mutuality Fidelity Checklist dimensions D1–D7. */
export type SupervisionDimension =
  | 'D1'
  | 'D2'
  | 'D3'
  | 'D4'
  | 'D5'
  | 'D6'
  | 'D7';

/** Individual, group, peer co-reflection (among peers) or observation of practice. */
export type SupervisionModality =
  | 'GROUP'
  | 'INDIVIDUAL'
  | 'OBSERVATION'
  | 'PEER_COREFLECTION';

/** What happened at an occurrence. */
export type SupervisionOccurrenceOutcome =
  | 'COMPLETED'
  | 'MISSED';

/** Status of one occurrence of a session. */
export type SupervisionOccurrenceStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'MISSED'
  | 'SCHEDULED';

/** WEEKLY_6M_THEN_BIWEEKLY (default): weekly for 6 months, then every 14 days. WEEKLY_UNTIL_CERT_THEN_MONTHLY: weekly for 24 months, then every 30 days. CUSTOM: your own stages. */
export type SupervisionPolicyPreset =
  | 'CUSTOM'
  | 'WEEKLY_6M_THEN_BIWEEKLY'
  | 'WEEKLY_UNTIL_CERT_THEN_MONTHLY';

export type SupervisionStageInput = {
  everyDays: number;
  untilMonths?: number | null | undefined;
};

/** Kinds of supervision a session covered (several may apply). */
export type SupervisionType =
  | 'ADMINISTRATIVE'
  | 'CLINICAL_CONSULTATION'
  | 'EDUCATIONAL'
  | 'SUPPORTIVE';

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

export type UpsertLexiconEntryInput = {
  /** At most 500 characters. */
  alternative?: string | null | undefined;
  pattern: LanguagePattern;
  /** A default phrase (to change or disable it) or a new one. At most 100 characters. */
  phrase: string;
  /** Other forms of the phrase. Each at most 100 characters. */
  variants?: Array<string> | null | undefined;
  /** 0 disables the phrase; 1 context-dependent; 2 strong; 3 very strong. */
  weight: number;
};

export type ScheduleSupervisionMutationVariables = Exact<{
  i: ScheduleSupervisionInput;
}>;


export type ScheduleSupervisionMutation = { scheduleSupervision: { session: { id: string, startsAt: string } | null } };

export type RecordSupervisionNoteInSupervisionComplianceMutationVariables = Exact<{
  i: RecordSupervisionNoteInput;
}>;


export type RecordSupervisionNoteInSupervisionComplianceMutation = { recordSupervisionNote: { id: string, occurrenceId: string, language: { wordCount: number } } };

export type MarkSupervisionOccurrenceMutationVariables = Exact<{
  i: MarkSupervisionOccurrenceInput;
}>;


export type MarkSupervisionOccurrenceMutation = { markSupervisionOccurrence: { occurrence: { status: SupervisionOccurrenceStatus } } };

export type CancelOccurrenceStatusMutationVariables = Exact<{
  i: CancelSupervisionOccurrenceInput;
}>;


export type CancelOccurrenceStatusMutation = { cancelSupervisionOccurrence: { occurrence: { status: SupervisionOccurrenceStatus } } };

export type ComplianceReconciliationFragment = { scheduled: number, completed: number, documented: number, heldNotDocumented: number, documentedNotScheduled: number, pastStillScheduled: number, missed: number, cancelled: number };

export type SupervisionComplianceInSupervisionComplianceQueryVariables = Exact<{
  f?: SupervisionComplianceFilterInput | null | undefined;
}>;


export type SupervisionComplianceInSupervisionComplianceQuery = { supervisionCompliance: { supervisees: Array<{ superviseeId: string, teamId: string | null, programId: string | null, staffStart: string, policyPreset: SupervisionPolicyPreset, required: number, requiredByEnd: number, recorded: number, ratio: number | null, daysSinceLast: number | null, currentIntervalDays: number, overdue: boolean, status: SupervisionComplianceStatus, reconciliation: { scheduled: number, completed: number, documented: number, heldNotDocumented: number, documentedNotScheduled: number, pastStillScheduled: number, missed: number, cancelled: number }, supervisee: { id: string }, team: { id: string } | null }>, teams: Array<{ id: string | null, supervisees: number, required: number, recorded: number, ratio: number | null, onTrack: number, behind: number, overdue: number, reconciliation: { scheduled: number, completed: number, documented: number, heldNotDocumented: number, documentedNotScheduled: number, pastStillScheduled: number, missed: number, cancelled: number } }>, programs: Array<{ id: string | null, supervisees: number, required: number, recorded: number }>, total: { supervisees: number, required: number, recorded: number } } };

export type SupervisionPolicyQueryVariables = Exact<{
  id: string | number;
}>;


export type SupervisionPolicyQuery = { supervisionPolicy: { programId: string, preset: SupervisionPolicyPreset, presetLabel: string, countingModalities: Array<SupervisionModality>, minimumMinutes: number, requireDocumentation: boolean, isDefault: boolean, stages: Array<{ untilMonths: number | null, everyDays: number }> } };

export type UpdateSupervisionPolicyInSupervisionComplianceMutationVariables = Exact<{
  i: UpdateSupervisionPolicyInput;
}>;


export type UpdateSupervisionPolicyInSupervisionComplianceMutation = { updateSupervisionPolicy: { preset: SupervisionPolicyPreset, countingModalities: Array<SupervisionModality>, minimumMinutes: number, requireDocumentation: boolean, isDefault: boolean, stages: Array<{ untilMonths: number | null, everyDays: number }> } };

export type LanguageDensitySeriesQueryVariables = Exact<{
  f: LanguageSeriesFilterInput;
}>;


export type LanguageDensitySeriesQuery = { languageDensitySeries: Array<{ teamId: string, team: { id: string }, points: Array<{ month: string, notes: number, wordCount: number, suppressed: boolean, balance: number | null, densities: { medicalModel: number, mutuality: number } | null }> }> };

export type ReflectLanguageQueryVariables = Exact<{
  t: string;
}>;


export type ReflectLanguageQuery = { reflectLanguage: { wordCount: number, balance: number, hits: Array<{ phrase: string, pattern: LanguagePattern, weight: number, start: number, end: number, matchedText: string, suppressed: LanguageSuppressionReason | null, alternative: string | null }>, totals: { medicalModel: number, hierarchical: number, errand: number, mutuality: number }, densities: { medicalModel: number }, summary: { tone: string, headline: string, mutualPhrases: Array<string>, setAsideNote: string | null, suggestions: Array<{ matchedText: string, strength: string }> } } };

export type UpsertLexiconEntryMutationVariables = Exact<{
  i: UpsertLexiconEntryInput;
}>;


export type UpsertLexiconEntryMutation = { upsertLexiconEntry: { phrase: string, pattern: LanguagePattern, weight: number, source: LexiconSource, enabled: boolean } };

export type UpsertLexiconEntryInSupervisionComplianceMutationVariables = Exact<{
  i: UpsertLexiconEntryInput;
}>;


export type UpsertLexiconEntryInSupervisionComplianceMutation = { upsertLexiconEntry: { phrase: string, weight: number, source: LexiconSource, enabled: boolean } };

export type ReflectLanguageInSupervisionComplianceQueryVariables = Exact<{ [key: string]: never; }>;


export type ReflectLanguageInSupervisionComplianceQuery = { reflectLanguage: { totals: { medicalModel: number }, hits: Array<{ phrase: string }> } };

export type LexiconQueryVariables = Exact<{ [key: string]: never; }>;


export type LexiconQuery = { lexicon: Array<{ phrase: string, weight: number, source: LexiconSource, defaultWeight: number | null }> };

export type UpsertLexiconEntryInSupervisionCompliance2MutationVariables = Exact<{
  i: UpsertLexiconEntryInput;
}>;


export type UpsertLexiconEntryInSupervisionCompliance2Mutation = { upsertLexiconEntry: { phrase: string } };

export type DeleteLexiconEntryMutationVariables = Exact<{ [key: string]: never; }>;


export type DeleteLexiconEntryMutation = { deleteLexiconEntry: boolean };

export type ReflectLanguageInSupervisionCompliance2QueryVariables = Exact<{ [key: string]: never; }>;


export type ReflectLanguageInSupervisionCompliance2Query = { reflectLanguage: { totals: { medicalModel: number } } };

export const ComplianceReconciliationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplianceReconciliation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionReconciliation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduled"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"documented"}},{"kind":"Field","name":{"kind":"Name","value":"heldNotDocumented"}},{"kind":"Field","name":{"kind":"Name","value":"documentedNotScheduled"}},{"kind":"Field","name":{"kind":"Name","value":"pastStillScheduled"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]} as unknown as DocumentNode<ComplianceReconciliationFragment, unknown>;
export const ScheduleSupervisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleSupervision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleSupervisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleSupervision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleSupervisionMutation, ScheduleSupervisionMutationVariables>;
export const RecordSupervisionNoteInSupervisionComplianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSupervisionNoteInSupervisionCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordSupervisionNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSupervisionNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurrenceId"}},{"kind":"Field","name":{"kind":"Name","value":"language"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wordCount"}}]}}]}}]}}]} as unknown as DocumentNode<RecordSupervisionNoteInSupervisionComplianceMutation, RecordSupervisionNoteInSupervisionComplianceMutationVariables>;
export const MarkSupervisionOccurrenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkSupervisionOccurrence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkSupervisionOccurrenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markSupervisionOccurrence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<MarkSupervisionOccurrenceMutation, MarkSupervisionOccurrenceMutationVariables>;
export const CancelOccurrenceStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOccurrenceStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelSupervisionOccurrenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelSupervisionOccurrence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurrence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CancelOccurrenceStatusMutation, CancelOccurrenceStatusMutationVariables>;
export const SupervisionComplianceInSupervisionComplianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionComplianceInSupervisionCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionComplianceFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"superviseeId"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"staffStart"}},{"kind":"Field","name":{"kind":"Name","value":"policyPreset"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"requiredByEnd"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"daysSinceLast"}},{"kind":"Field","name":{"kind":"Name","value":"currentIntervalDays"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reconciliation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplianceReconciliation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supervisees"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"behind"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"reconciliation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplianceReconciliation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"programs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"supervisees"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisees"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplianceReconciliation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisionReconciliation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduled"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"documented"}},{"kind":"Field","name":{"kind":"Name","value":"heldNotDocumented"}},{"kind":"Field","name":{"kind":"Name","value":"documentedNotScheduled"}},{"kind":"Field","name":{"kind":"Name","value":"pastStillScheduled"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}}]}}]} as unknown as DocumentNode<SupervisionComplianceInSupervisionComplianceQuery, SupervisionComplianceInSupervisionComplianceQueryVariables>;
export const SupervisionPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SupervisionPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisionPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programId"}},{"kind":"Field","name":{"kind":"Name","value":"preset"}},{"kind":"Field","name":{"kind":"Name","value":"presetLabel"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"untilMonths"}},{"kind":"Field","name":{"kind":"Name","value":"everyDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countingModalities"}},{"kind":"Field","name":{"kind":"Name","value":"minimumMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"requireDocumentation"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]} as unknown as DocumentNode<SupervisionPolicyQuery, SupervisionPolicyQueryVariables>;
export const UpdateSupervisionPolicyInSupervisionComplianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSupervisionPolicyInSupervisionCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSupervisionPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSupervisionPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preset"}},{"kind":"Field","name":{"kind":"Name","value":"stages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"untilMonths"}},{"kind":"Field","name":{"kind":"Name","value":"everyDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countingModalities"}},{"kind":"Field","name":{"kind":"Name","value":"minimumMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"requireDocumentation"}},{"kind":"Field","name":{"kind":"Name","value":"isDefault"}}]}}]}}]} as unknown as DocumentNode<UpdateSupervisionPolicyInSupervisionComplianceMutation, UpdateSupervisionPolicyInSupervisionComplianceMutationVariables>;
export const LanguageDensitySeriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LanguageDensitySeries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LanguageSeriesFilterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languageDensitySeries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"wordCount"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"densities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"medicalModel"}},{"kind":"Field","name":{"kind":"Name","value":"mutuality"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LanguageDensitySeriesQuery, LanguageDensitySeriesQueryVariables>;
export const ReflectLanguageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReflectLanguage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reflectLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wordCount"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phrase"}},{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"matchedText"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"alternative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"medicalModel"}},{"kind":"Field","name":{"kind":"Name","value":"hierarchical"}},{"kind":"Field","name":{"kind":"Name","value":"errand"}},{"kind":"Field","name":{"kind":"Name","value":"mutuality"}}]}},{"kind":"Field","name":{"kind":"Name","value":"densities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"medicalModel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tone"}},{"kind":"Field","name":{"kind":"Name","value":"headline"}},{"kind":"Field","name":{"kind":"Name","value":"suggestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchedText"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mutualPhrases"}},{"kind":"Field","name":{"kind":"Name","value":"setAsideNote"}}]}}]}}]}}]} as unknown as DocumentNode<ReflectLanguageQuery, ReflectLanguageQueryVariables>;
export const UpsertLexiconEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertLexiconEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertLexiconEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertLexiconEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phrase"}},{"kind":"Field","name":{"kind":"Name","value":"pattern"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<UpsertLexiconEntryMutation, UpsertLexiconEntryMutationVariables>;
export const UpsertLexiconEntryInSupervisionComplianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertLexiconEntryInSupervisionCompliance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertLexiconEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertLexiconEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phrase"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}}]}}]} as unknown as DocumentNode<UpsertLexiconEntryInSupervisionComplianceMutation, UpsertLexiconEntryInSupervisionComplianceMutationVariables>;
export const ReflectLanguageInSupervisionComplianceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReflectLanguageInSupervisionCompliance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reflectLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"StringValue","value":"The patient and the service user","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"medicalModel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phrase"}}]}}]}}]}}]} as unknown as DocumentNode<ReflectLanguageInSupervisionComplianceQuery, ReflectLanguageInSupervisionComplianceQueryVariables>;
export const LexiconDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Lexicon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lexicon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phrase"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"defaultWeight"}}]}}]}}]} as unknown as DocumentNode<LexiconQuery, LexiconQueryVariables>;
export const UpsertLexiconEntryInSupervisionCompliance2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertLexiconEntryInSupervisionCompliance2"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"i"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertLexiconEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertLexiconEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"i"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phrase"}}]}}]}}]} as unknown as DocumentNode<UpsertLexiconEntryInSupervisionCompliance2Mutation, UpsertLexiconEntryInSupervisionCompliance2MutationVariables>;
export const DeleteLexiconEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteLexiconEntry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLexiconEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phrase"},"value":{"kind":"StringValue","value":"Patient","block":false}}]}]}}]} as unknown as DocumentNode<DeleteLexiconEntryMutation, DeleteLexiconEntryMutationVariables>;
export const ReflectLanguageInSupervisionCompliance2Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReflectLanguageInSupervisionCompliance2"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reflectLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"StringValue","value":"The patient","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"medicalModel"}}]}}]}}]}}]} as unknown as DocumentNode<ReflectLanguageInSupervisionCompliance2Query, ReflectLanguageInSupervisionCompliance2QueryVariables>;