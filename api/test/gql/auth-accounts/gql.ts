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
    "mutation DeactivatePerson($id: ID!) { deactivatePerson(personId: $id) { id active } }": typeof types.DeactivatePersonDocument,
    "mutation ReactivatePerson($id: ID!) { reactivatePerson(personId: $id) { id active } }": typeof types.ReactivatePersonDocument,
    "mutation CreateProgram($i: CreateProgramInput!) { createProgram(input: $i) { id name } }": typeof types.CreateProgramDocument,
    "mutation SetPersonRoles($i: SetPersonRolesInput!) { setPersonRoles(input: $i) { id } }": typeof types.SetPersonRolesDocument,
    "mutation ResendInvitation($id: ID!) { resendInvitation(personId: $id) }": typeof types.ResendInvitationDocument,
    "query People { people(filter: { includeInactive: true }) { totalCount items { id } } }": typeof types.PeopleDocument,
    "query PersonInAuthAccounts($id: ID!) { person(id: $id) { id } }": typeof types.PersonInAuthAccountsDocument,
    "query ProgramsTeams { programs { id } teams { id } }": typeof types.ProgramsTeamsDocument,
    "query Me { me { name jobTitle } }": typeof types.MeDocument,
    "query MeInAuthAccounts { me { name } }": typeof types.MeInAuthAccountsDocument,
    "query OutboxMessagesInPasswordReset($f: OutboxFilterInput, $p: PageInput) { outboxMessages(filter: $f, page: $p) {\n  totalCount items { id kind recipientId toAddress subject bodyText actionUrl createdAt recipient { id name } } } }": typeof types.OutboxMessagesInPasswordResetDocument,
    "mutation SendPasswordReset($id: ID!) { sendPasswordReset(personId: $id) }": typeof types.SendPasswordResetDocument,
    "mutation RequestPasswordReset($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }": typeof types.RequestPasswordResetDocument,
    "query PasswordReset($t: String!) { passwordReset(token: $t) { personName email organizationName } }": typeof types.PasswordResetDocument,
    "mutation ResetPassword($i: ResetPasswordInput!) { resetPassword(input: $i) }": typeof types.ResetPasswordDocument,
    "mutation InvitePersonId($i: InvitePersonInput!) { invitePerson(input: $i) { person { id } } }": typeof types.InvitePersonIdDocument,
    "query MeId { me { id } }": typeof types.MeIdDocument,
    "mutation LoginInPasswordReset($i: LoginInput!) { login(input: $i) { token } }": typeof types.LoginInPasswordResetDocument,
    "query Invitation($t: String!) { invitation(token: $t) { email } }": typeof types.InvitationDocument,
    "query PasswordResetMeOutboxMessages($t: String!) { passwordReset(token: $t) { email } me { id organization { id } }\n      outboxMessages { items { recipientId } } }": typeof types.PasswordResetMeOutboxMessagesDocument,
};
const documents: Documents = {
    "mutation DeactivatePerson($id: ID!) { deactivatePerson(personId: $id) { id active } }": types.DeactivatePersonDocument,
    "mutation ReactivatePerson($id: ID!) { reactivatePerson(personId: $id) { id active } }": types.ReactivatePersonDocument,
    "mutation CreateProgram($i: CreateProgramInput!) { createProgram(input: $i) { id name } }": types.CreateProgramDocument,
    "mutation SetPersonRoles($i: SetPersonRolesInput!) { setPersonRoles(input: $i) { id } }": types.SetPersonRolesDocument,
    "mutation ResendInvitation($id: ID!) { resendInvitation(personId: $id) }": types.ResendInvitationDocument,
    "query People { people(filter: { includeInactive: true }) { totalCount items { id } } }": types.PeopleDocument,
    "query PersonInAuthAccounts($id: ID!) { person(id: $id) { id } }": types.PersonInAuthAccountsDocument,
    "query ProgramsTeams { programs { id } teams { id } }": types.ProgramsTeamsDocument,
    "query Me { me { name jobTitle } }": types.MeDocument,
    "query MeInAuthAccounts { me { name } }": types.MeInAuthAccountsDocument,
    "query OutboxMessagesInPasswordReset($f: OutboxFilterInput, $p: PageInput) { outboxMessages(filter: $f, page: $p) {\n  totalCount items { id kind recipientId toAddress subject bodyText actionUrl createdAt recipient { id name } } } }": types.OutboxMessagesInPasswordResetDocument,
    "mutation SendPasswordReset($id: ID!) { sendPasswordReset(personId: $id) }": types.SendPasswordResetDocument,
    "mutation RequestPasswordReset($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }": types.RequestPasswordResetDocument,
    "query PasswordReset($t: String!) { passwordReset(token: $t) { personName email organizationName } }": types.PasswordResetDocument,
    "mutation ResetPassword($i: ResetPasswordInput!) { resetPassword(input: $i) }": types.ResetPasswordDocument,
    "mutation InvitePersonId($i: InvitePersonInput!) { invitePerson(input: $i) { person { id } } }": types.InvitePersonIdDocument,
    "query MeId { me { id } }": types.MeIdDocument,
    "mutation LoginInPasswordReset($i: LoginInput!) { login(input: $i) { token } }": types.LoginInPasswordResetDocument,
    "query Invitation($t: String!) { invitation(token: $t) { email } }": types.InvitationDocument,
    "query PasswordResetMeOutboxMessages($t: String!) { passwordReset(token: $t) { email } me { id organization { id } }\n      outboxMessages { items { recipientId } } }": types.PasswordResetMeOutboxMessagesDocument,
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
export function graphql(source: "mutation DeactivatePerson($id: ID!) { deactivatePerson(personId: $id) { id active } }"): (typeof documents)["mutation DeactivatePerson($id: ID!) { deactivatePerson(personId: $id) { id active } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReactivatePerson($id: ID!) { reactivatePerson(personId: $id) { id active } }"): (typeof documents)["mutation ReactivatePerson($id: ID!) { reactivatePerson(personId: $id) { id active } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateProgram($i: CreateProgramInput!) { createProgram(input: $i) { id name } }"): (typeof documents)["mutation CreateProgram($i: CreateProgramInput!) { createProgram(input: $i) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetPersonRoles($i: SetPersonRolesInput!) { setPersonRoles(input: $i) { id } }"): (typeof documents)["mutation SetPersonRoles($i: SetPersonRolesInput!) { setPersonRoles(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResendInvitation($id: ID!) { resendInvitation(personId: $id) }"): (typeof documents)["mutation ResendInvitation($id: ID!) { resendInvitation(personId: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query People { people(filter: { includeInactive: true }) { totalCount items { id } } }"): (typeof documents)["query People { people(filter: { includeInactive: true }) { totalCount items { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonInAuthAccounts($id: ID!) { person(id: $id) { id } }"): (typeof documents)["query PersonInAuthAccounts($id: ID!) { person(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramsTeams { programs { id } teams { id } }"): (typeof documents)["query ProgramsTeams { programs { id } teams { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me { me { name jobTitle } }"): (typeof documents)["query Me { me { name jobTitle } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeInAuthAccounts { me { name } }"): (typeof documents)["query MeInAuthAccounts { me { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OutboxMessagesInPasswordReset($f: OutboxFilterInput, $p: PageInput) { outboxMessages(filter: $f, page: $p) {\n  totalCount items { id kind recipientId toAddress subject bodyText actionUrl createdAt recipient { id name } } } }"): (typeof documents)["query OutboxMessagesInPasswordReset($f: OutboxFilterInput, $p: PageInput) { outboxMessages(filter: $f, page: $p) {\n  totalCount items { id kind recipientId toAddress subject bodyText actionUrl createdAt recipient { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendPasswordReset($id: ID!) { sendPasswordReset(personId: $id) }"): (typeof documents)["mutation SendPasswordReset($id: ID!) { sendPasswordReset(personId: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequestPasswordReset($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }"): (typeof documents)["mutation RequestPasswordReset($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PasswordReset($t: String!) { passwordReset(token: $t) { personName email organizationName } }"): (typeof documents)["query PasswordReset($t: String!) { passwordReset(token: $t) { personName email organizationName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResetPassword($i: ResetPasswordInput!) { resetPassword(input: $i) }"): (typeof documents)["mutation ResetPassword($i: ResetPasswordInput!) { resetPassword(input: $i) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvitePersonId($i: InvitePersonInput!) { invitePerson(input: $i) { person { id } } }"): (typeof documents)["mutation InvitePersonId($i: InvitePersonInput!) { invitePerson(input: $i) { person { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeId { me { id } }"): (typeof documents)["query MeId { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LoginInPasswordReset($i: LoginInput!) { login(input: $i) { token } }"): (typeof documents)["mutation LoginInPasswordReset($i: LoginInput!) { login(input: $i) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Invitation($t: String!) { invitation(token: $t) { email } }"): (typeof documents)["query Invitation($t: String!) { invitation(token: $t) { email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PasswordResetMeOutboxMessages($t: String!) { passwordReset(token: $t) { email } me { id organization { id } }\n      outboxMessages { items { recipientId } } }"): (typeof documents)["query PasswordResetMeOutboxMessages($t: String!) { passwordReset(token: $t) { email } me { id organization { id } }\n      outboxMessages { items { recipientId } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;