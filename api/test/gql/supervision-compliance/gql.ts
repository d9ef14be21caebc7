/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation ScheduleSupervision($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id startsAt } } }": typeof types.ScheduleSupervisionDocument,
    "mutation RecordSupervisionNoteInSupervisionCompliance($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id occurrenceId language { wordCount } } }": typeof types.RecordSupervisionNoteInSupervisionComplianceDocument,
    "mutation MarkSupervisionOccurrence($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { status } } }": typeof types.MarkSupervisionOccurrenceDocument,
    "mutation CancelOccurrenceStatus($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { occurrence { status } } }": typeof types.CancelOccurrenceStatusDocument,
    "fragment ComplianceReconciliation on SupervisionReconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled }": typeof types.ComplianceReconciliationFragmentDoc,
    "query SupervisionComplianceInSupervisionCompliance($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId teamId programId staffStart policyPreset required requiredByEnd recorded ratio daysSinceLast currentIntervalDays overdue status\n    reconciliation { ...ComplianceReconciliation } supervisee { id } team { id } }\n  teams { id supervisees required recorded ratio onTrack behind overdue reconciliation { ...ComplianceReconciliation } }\n  programs { id supervisees required recorded }\n  total { supervisees required recorded } } }": typeof types.SupervisionComplianceInSupervisionComplianceDocument,
    "query SupervisionPolicy($id: ID!) { supervisionPolicy(programId: $id) { programId preset presetLabel stages { untilMonths everyDays } countingModalities minimumMinutes requireDocumentation isDefault } }": typeof types.SupervisionPolicyDocument,
    "mutation UpdateSupervisionPolicyInSupervisionCompliance($i: UpdateSupervisionPolicyInput!) { updateSupervisionPolicy(input: $i) { preset stages { untilMonths everyDays } countingModalities minimumMinutes requireDocumentation isDefault } }": typeof types.UpdateSupervisionPolicyInSupervisionComplianceDocument,
    "query LanguageDensitySeries($f: LanguageSeriesFilterInput!) { languageDensitySeries(filter: $f) { teamId team { id } points { month notes wordCount suppressed balance densities { medicalModel mutuality } } } }": typeof types.LanguageDensitySeriesDocument,
    "query ReflectLanguage($t: String!) { reflectLanguage(text: $t) {\n    wordCount balance hits { phrase pattern weight start end matchedText suppressed alternative }\n    totals { medicalModel hierarchical errand mutuality } densities { medicalModel } summary { tone headline suggestions { matchedText strength } mutualPhrases setAsideNote } } }": typeof types.ReflectLanguageDocument,
    "mutation UpsertLexiconEntry($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase pattern weight source enabled } }": typeof types.UpsertLexiconEntryDocument,
    "mutation UpsertLexiconEntryInSupervisionCompliance($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase weight source enabled } }": typeof types.UpsertLexiconEntryInSupervisionComplianceDocument,
    "query ReflectLanguageInSupervisionCompliance { reflectLanguage(text: \"The patient and the service user\") { totals { medicalModel } hits { phrase } } }": typeof types.ReflectLanguageInSupervisionComplianceDocument,
    "query Lexicon { lexicon { phrase weight source defaultWeight } }": typeof types.LexiconDocument,
    "mutation UpsertLexiconEntryInSupervisionCompliance2($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase } }": typeof types.UpsertLexiconEntryInSupervisionCompliance2Document,
    "mutation DeleteLexiconEntry { deleteLexiconEntry(phrase: \"Patient\") }": typeof types.DeleteLexiconEntryDocument,
    "query ReflectLanguageInSupervisionCompliance2 { reflectLanguage(text: \"The patient\") { totals { medicalModel } } }": typeof types.ReflectLanguageInSupervisionCompliance2Document,
};
const documents: Documents = {
    "mutation ScheduleSupervision($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id startsAt } } }": types.ScheduleSupervisionDocument,
    "mutation RecordSupervisionNoteInSupervisionCompliance($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id occurrenceId language { wordCount } } }": types.RecordSupervisionNoteInSupervisionComplianceDocument,
    "mutation MarkSupervisionOccurrence($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { status } } }": types.MarkSupervisionOccurrenceDocument,
    "mutation CancelOccurrenceStatus($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { occurrence { status } } }": types.CancelOccurrenceStatusDocument,
    "fragment ComplianceReconciliation on SupervisionReconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled }": types.ComplianceReconciliationFragmentDoc,
    "query SupervisionComplianceInSupervisionCompliance($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId teamId programId staffStart policyPreset required requiredByEnd recorded ratio daysSinceLast currentIntervalDays overdue status\n    reconciliation { ...ComplianceReconciliation } supervisee { id } team { id } }\n  teams { id supervisees required recorded ratio onTrack behind overdue reconciliation { ...ComplianceReconciliation } }\n  programs { id supervisees required recorded }\n  total { supervisees required recorded } } }": types.SupervisionComplianceInSupervisionComplianceDocument,
    "query SupervisionPolicy($id: ID!) { supervisionPolicy(programId: $id) { programId preset presetLabel stages { untilMonths everyDays } countingModalities minimumMinutes requireDocumentation isDefault } }": types.SupervisionPolicyDocument,
    "mutation UpdateSupervisionPolicyInSupervisionCompliance($i: UpdateSupervisionPolicyInput!) { updateSupervisionPolicy(input: $i) { preset stages { untilMonths everyDays } countingModalities minimumMinutes requireDocumentation isDefault } }": types.UpdateSupervisionPolicyInSupervisionComplianceDocument,
    "query LanguageDensitySeries($f: LanguageSeriesFilterInput!) { languageDensitySeries(filter: $f) { teamId team { id } points { month notes wordCount suppressed balance densities { medicalModel mutuality } } } }": types.LanguageDensitySeriesDocument,
    "query ReflectLanguage($t: String!) { reflectLanguage(text: $t) {\n    wordCount balance hits { phrase pattern weight start end matchedText suppressed alternative }\n    totals { medicalModel hierarchical errand mutuality } densities { medicalModel } summary { tone headline suggestions { matchedText strength } mutualPhrases setAsideNote } } }": types.ReflectLanguageDocument,
    "mutation UpsertLexiconEntry($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase pattern weight source enabled } }": types.UpsertLexiconEntryDocument,
    "mutation UpsertLexiconEntryInSupervisionCompliance($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase weight source enabled } }": types.UpsertLexiconEntryInSupervisionComplianceDocument,
    "query ReflectLanguageInSupervisionCompliance { reflectLanguage(text: \"The patient and the service user\") { totals { medicalModel } hits { phrase } } }": types.ReflectLanguageInSupervisionComplianceDocument,
    "query Lexicon { lexicon { phrase weight source defaultWeight } }": types.LexiconDocument,
    "mutation UpsertLexiconEntryInSupervisionCompliance2($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase } }": types.UpsertLexiconEntryInSupervisionCompliance2Document,
    "mutation DeleteLexiconEntry { deleteLexiconEntry(phrase: \"Patient\") }": types.DeleteLexiconEntryDocument,
    "query ReflectLanguageInSupervisionCompliance2 { reflectLanguage(text: \"The patient\") { totals { medicalModel } } }": types.ReflectLanguageInSupervisionCompliance2Document,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleSupervision($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id startsAt } } }"): (typeof documents)["mutation ScheduleSupervision($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id startsAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordSupervisionNoteInSupervisionCompliance($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id occurrenceId language { wordCount } } }"): (typeof documents)["mutation RecordSupervisionNoteInSupervisionCompliance($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id occurrenceId language { wordCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkSupervisionOccurrence($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { status } } }"): (typeof documents)["mutation MarkSupervisionOccurrence($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelOccurrenceStatus($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { occurrence { status } } }"): (typeof documents)["mutation CancelOccurrenceStatus($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { occurrence { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ComplianceReconciliation on SupervisionReconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled }"): (typeof documents)["fragment ComplianceReconciliation on SupervisionReconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionComplianceInSupervisionCompliance($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId teamId programId staffStart policyPreset required requiredByEnd recorded ratio daysSinceLast currentIntervalDays overdue status\n    reconciliation { ...ComplianceReconciliation } supervisee { id } team { id } }\n  teams { id supervisees required recorded ratio onTrack behind overdue reconciliation { ...ComplianceReconciliation } }\n  programs { id supervisees required recorded }\n  total { supervisees required recorded } } }"): (typeof documents)["query SupervisionComplianceInSupervisionCompliance($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId teamId programId staffStart policyPreset required requiredByEnd recorded ratio daysSinceLast currentIntervalDays overdue status\n    reconciliation { ...ComplianceReconciliation } supervisee { id } team { id } }\n  teams { id supervisees required recorded ratio onTrack behind overdue reconciliation { ...ComplianceReconciliation } }\n  programs { id supervisees required recorded }\n  total { supervisees required recorded } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionPolicy($id: ID!) { supervisionPolicy(programId: $id) { programId preset presetLabel stages { untilMonths everyDays } countingModalities minimumMinutes requireDocumentation isDefault } }"): (typeof documents)["query SupervisionPolicy($id: ID!) { supervisionPolicy(programId: $id) { programId preset presetLabel stages { untilMonths everyDays } countingModalities minimumMinutes requireDocumentation isDefault } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSupervisionPolicyInSupervisionCompliance($i: UpdateSupervisionPolicyInput!) { updateSupervisionPolicy(input: $i) { preset stages { untilMonths everyDays } countingModalities minimumMinutes requireDocumentation isDefault } }"): (typeof documents)["mutation UpdateSupervisionPolicyInSupervisionCompliance($i: UpdateSupervisionPolicyInput!) { updateSupervisionPolicy(input: $i) { preset stages { untilMonths everyDays } countingModalities minimumMinutes requireDocumentation isDefault } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LanguageDensitySeries($f: LanguageSeriesFilterInput!) { languageDensitySeries(filter: $f) { teamId team { id } points { month notes wordCount suppressed balance densities { medicalModel mutuality } } } }"): (typeof documents)["query LanguageDensitySeries($f: LanguageSeriesFilterInput!) { languageDensitySeries(filter: $f) { teamId team { id } points { month notes wordCount suppressed balance densities { medicalModel mutuality } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReflectLanguage($t: String!) { reflectLanguage(text: $t) {\n    wordCount balance hits { phrase pattern weight start end matchedText suppressed alternative }\n    totals { medicalModel hierarchical errand mutuality } densities { medicalModel } summary { tone headline suggestions { matchedText strength } mutualPhrases setAsideNote } } }"): (typeof documents)["query ReflectLanguage($t: String!) { reflectLanguage(text: $t) {\n    wordCount balance hits { phrase pattern weight start end matchedText suppressed alternative }\n    totals { medicalModel hierarchical errand mutuality } densities { medicalModel } summary { tone headline suggestions { matchedText strength } mutualPhrases setAsideNote } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpsertLexiconEntry($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase pattern weight source enabled } }"): (typeof documents)["mutation UpsertLexiconEntry($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase pattern weight source enabled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpsertLexiconEntryInSupervisionCompliance($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase weight source enabled } }"): (typeof documents)["mutation UpsertLexiconEntryInSupervisionCompliance($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase weight source enabled } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReflectLanguageInSupervisionCompliance { reflectLanguage(text: \"The patient and the service user\") { totals { medicalModel } hits { phrase } } }"): (typeof documents)["query ReflectLanguageInSupervisionCompliance { reflectLanguage(text: \"The patient and the service user\") { totals { medicalModel } hits { phrase } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Lexicon { lexicon { phrase weight source defaultWeight } }"): (typeof documents)["query Lexicon { lexicon { phrase weight source defaultWeight } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpsertLexiconEntryInSupervisionCompliance2($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase } }"): (typeof documents)["mutation UpsertLexiconEntryInSupervisionCompliance2($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteLexiconEntry { deleteLexiconEntry(phrase: \"Patient\") }"): (typeof documents)["mutation DeleteLexiconEntry { deleteLexiconEntry(phrase: \"Patient\") }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReflectLanguageInSupervisionCompliance2 { reflectLanguage(text: \"The patient\") { totals { medicalModel } } }"): (typeof documents)["query ReflectLanguageInSupervisionCompliance2 { reflectLanguage(text: \"The patient\") { totals { medicalModel } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;