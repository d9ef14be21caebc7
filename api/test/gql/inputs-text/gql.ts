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
    "mutation UpdateMyProfileInInputHardening($i: UpdateProfileInput!) { updateMyProfile(input: $i) { name } }": typeof types.UpdateMyProfileInInputHardeningDocument,
    "query PeopleInInputHardening($f: PeopleFilterInput) { people(filter: $f) { totalCount } }": typeof types.PeopleInInputHardeningDocument,
    "mutation CreateAnnotationInInputHardeningText($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }": typeof types.CreateAnnotationInInputHardeningTextDocument,
    "mutation ScheduleSupervisionInInputHardeningText($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { warnings } }": typeof types.ScheduleSupervisionInInputHardeningTextDocument,
    "query ReflectLanguageInInputHardening($x: String!) { reflectLanguage(text: $x) { __typename } }": typeof types.ReflectLanguageInInputHardeningDocument,
    "query PersonServedFormInInputHardening($x: String!) { personServedForm(token: $x) { __typename } }": typeof types.PersonServedFormInInputHardeningDocument,
    "mutation RecordSupervisionNoteInInputHardening($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id } }": typeof types.RecordSupervisionNoteInInputHardeningDocument,
    "query InstrumentInInputHardening($k: String!) { instrument(key: $k) { id } }": typeof types.InstrumentInInputHardeningDocument,
    "mutation MoveSupervisionOccurrenceInInputHardening($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { location link moved } } }": typeof types.MoveSupervisionOccurrenceInInputHardeningDocument,
};
const documents: Documents = {
    "mutation UpdateMyProfileInInputHardening($i: UpdateProfileInput!) { updateMyProfile(input: $i) { name } }": types.UpdateMyProfileInInputHardeningDocument,
    "query PeopleInInputHardening($f: PeopleFilterInput) { people(filter: $f) { totalCount } }": types.PeopleInInputHardeningDocument,
    "mutation CreateAnnotationInInputHardeningText($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }": types.CreateAnnotationInInputHardeningTextDocument,
    "mutation ScheduleSupervisionInInputHardeningText($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { warnings } }": types.ScheduleSupervisionInInputHardeningTextDocument,
    "query ReflectLanguageInInputHardening($x: String!) { reflectLanguage(text: $x) { __typename } }": types.ReflectLanguageInInputHardeningDocument,
    "query PersonServedFormInInputHardening($x: String!) { personServedForm(token: $x) { __typename } }": types.PersonServedFormInInputHardeningDocument,
    "mutation RecordSupervisionNoteInInputHardening($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id } }": types.RecordSupervisionNoteInInputHardeningDocument,
    "query InstrumentInInputHardening($k: String!) { instrument(key: $k) { id } }": types.InstrumentInInputHardeningDocument,
    "mutation MoveSupervisionOccurrenceInInputHardening($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { location link moved } } }": types.MoveSupervisionOccurrenceInInputHardeningDocument,
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
export function graphql(source: "mutation UpdateMyProfileInInputHardening($i: UpdateProfileInput!) { updateMyProfile(input: $i) { name } }"): (typeof documents)["mutation UpdateMyProfileInInputHardening($i: UpdateProfileInput!) { updateMyProfile(input: $i) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeopleInInputHardening($f: PeopleFilterInput) { people(filter: $f) { totalCount } }"): (typeof documents)["query PeopleInInputHardening($f: PeopleFilterInput) { people(filter: $f) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAnnotationInInputHardeningText($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }"): (typeof documents)["mutation CreateAnnotationInInputHardeningText($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleSupervisionInInputHardeningText($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { warnings } }"): (typeof documents)["mutation ScheduleSupervisionInInputHardeningText($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { warnings } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReflectLanguageInInputHardening($x: String!) { reflectLanguage(text: $x) { __typename } }"): (typeof documents)["query ReflectLanguageInInputHardening($x: String!) { reflectLanguage(text: $x) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonServedFormInInputHardening($x: String!) { personServedForm(token: $x) { __typename } }"): (typeof documents)["query PersonServedFormInInputHardening($x: String!) { personServedForm(token: $x) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordSupervisionNoteInInputHardening($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id } }"): (typeof documents)["mutation RecordSupervisionNoteInInputHardening($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstrumentInInputHardening($k: String!) { instrument(key: $k) { id } }"): (typeof documents)["query InstrumentInInputHardening($k: String!) { instrument(key: $k) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveSupervisionOccurrenceInInputHardening($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { location link moved } } }"): (typeof documents)["mutation MoveSupervisionOccurrenceInInputHardening($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { location link moved } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;