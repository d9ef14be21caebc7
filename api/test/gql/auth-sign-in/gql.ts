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
    "query MeIdInAuthSignIn { me { id } }": typeof types.MeIdInAuthSignInDocument,
    "query MeInAuthSignIn2 { me { id name email } }": typeof types.MeInAuthSignIn2Document,
    "mutation Logout { logout }": typeof types.LogoutDocument,
    "query MeInSessionLookup { me { id name roles } }": typeof types.MeInSessionLookupDocument,
    "mutation UpdateMyProfileInSessionLookup($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id name jobTitle } }": typeof types.UpdateMyProfileInSessionLookupDocument,
    "mutation UpdatePersonInSessionLookup($i: UpdatePersonInput!) { updatePerson(input: $i) { id name } }": typeof types.UpdatePersonInSessionLookupDocument,
    "mutation LoginInSessionLookup($i: LoginInput!) { login(input: $i) { token person { id } } }": typeof types.LoginInSessionLookupDocument,
    "mutation CreateOrganization($i: CreateOrganizationInput!) { createOrganization(input: $i) }": typeof types.CreateOrganizationDocument,
    "mutation AcceptInvitationToken($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }": typeof types.AcceptInvitationTokenDocument,
    "mutation LoginInAuthSetup($i: LoginInput!) { login(input: $i) { token person { id name email roles organization { id name } } } }": typeof types.LoginInAuthSetupDocument,
    "query MeInAuthSetup { me { id email roles organization { id } } }": typeof types.MeInAuthSetupDocument,
    "mutation InvitePersonInAuthSetup($i: InvitePersonInput!) { invitePerson(input: $i) { person { id invitationPending } } }": typeof types.InvitePersonInAuthSetupDocument,
    "query InvitationInAuthSetup($t: String!) { invitation(token: $t) { personName email organizationName passwordChosen } }": typeof types.InvitationInAuthSetupDocument,
    "mutation AcceptInvitationInAuthSetup($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token person { id email invitationPending } } }": typeof types.AcceptInvitationInAuthSetupDocument,
    "mutation ChangePassword($i: ChangePasswordInput!) { changePassword(input: $i) }": typeof types.ChangePasswordDocument,
    "mutation UpdateMyProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id name jobTitle } }": typeof types.UpdateMyProfileDocument,
    "mutation Login($i: LoginInput!) { login(input: $i) { token } }": typeof types.LoginDocument,
    "query MeInViewerCache { me { id name roles } }": typeof types.MeInViewerCacheDocument,
    "mutation UpdateMyProfileInViewerCache($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id name } }": typeof types.UpdateMyProfileInViewerCacheDocument,
    "mutation LogoutInViewerCache { logout }": typeof types.LogoutInViewerCacheDocument,
    "mutation ChangePasswordInViewerCache($i: ChangePasswordInput!) { changePassword(input: $i) }": typeof types.ChangePasswordInViewerCacheDocument,
    "mutation DeactivateInViewerCache($id: ID!) { deactivatePerson(personId: $id) { id active } }": typeof types.DeactivateInViewerCacheDocument,
    "mutation SetRolesInViewerCache($i: SetPersonRolesInput!) { setPersonRoles(input: $i) { id } }": typeof types.SetRolesInViewerCacheDocument,
    "mutation UpdatePersonInViewerCache($i: UpdatePersonInput!) { updatePerson(input: $i) { id name } }": typeof types.UpdatePersonInViewerCacheDocument,
};
const documents: Documents = {
    "query MeIdInAuthSignIn { me { id } }": types.MeIdInAuthSignInDocument,
    "query MeInAuthSignIn2 { me { id name email } }": types.MeInAuthSignIn2Document,
    "mutation Logout { logout }": types.LogoutDocument,
    "query MeInSessionLookup { me { id name roles } }": types.MeInSessionLookupDocument,
    "mutation UpdateMyProfileInSessionLookup($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id name jobTitle } }": types.UpdateMyProfileInSessionLookupDocument,
    "mutation UpdatePersonInSessionLookup($i: UpdatePersonInput!) { updatePerson(input: $i) { id name } }": types.UpdatePersonInSessionLookupDocument,
    "mutation LoginInSessionLookup($i: LoginInput!) { login(input: $i) { token person { id } } }": types.LoginInSessionLookupDocument,
    "mutation CreateOrganization($i: CreateOrganizationInput!) { createOrganization(input: $i) }": types.CreateOrganizationDocument,
    "mutation AcceptInvitationToken($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }": types.AcceptInvitationTokenDocument,
    "mutation LoginInAuthSetup($i: LoginInput!) { login(input: $i) { token person { id name email roles organization { id name } } } }": types.LoginInAuthSetupDocument,
    "query MeInAuthSetup { me { id email roles organization { id } } }": types.MeInAuthSetupDocument,
    "mutation InvitePersonInAuthSetup($i: InvitePersonInput!) { invitePerson(input: $i) { person { id invitationPending } } }": types.InvitePersonInAuthSetupDocument,
    "query InvitationInAuthSetup($t: String!) { invitation(token: $t) { personName email organizationName passwordChosen } }": types.InvitationInAuthSetupDocument,
    "mutation AcceptInvitationInAuthSetup($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token person { id email invitationPending } } }": types.AcceptInvitationInAuthSetupDocument,
    "mutation ChangePassword($i: ChangePasswordInput!) { changePassword(input: $i) }": types.ChangePasswordDocument,
    "mutation UpdateMyProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id name jobTitle } }": types.UpdateMyProfileDocument,
    "mutation Login($i: LoginInput!) { login(input: $i) { token } }": types.LoginDocument,
    "query MeInViewerCache { me { id name roles } }": types.MeInViewerCacheDocument,
    "mutation UpdateMyProfileInViewerCache($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id name } }": types.UpdateMyProfileInViewerCacheDocument,
    "mutation LogoutInViewerCache { logout }": types.LogoutInViewerCacheDocument,
    "mutation ChangePasswordInViewerCache($i: ChangePasswordInput!) { changePassword(input: $i) }": types.ChangePasswordInViewerCacheDocument,
    "mutation DeactivateInViewerCache($id: ID!) { deactivatePerson(personId: $id) { id active } }": types.DeactivateInViewerCacheDocument,
    "mutation SetRolesInViewerCache($i: SetPersonRolesInput!) { setPersonRoles(input: $i) { id } }": types.SetRolesInViewerCacheDocument,
    "mutation UpdatePersonInViewerCache($i: UpdatePersonInput!) { updatePerson(input: $i) { id name } }": types.UpdatePersonInViewerCacheDocument,
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
export function graphql(source: "query MeIdInAuthSignIn { me { id } }"): (typeof documents)["query MeIdInAuthSignIn { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeInAuthSignIn2 { me { id name email } }"): (typeof documents)["query MeInAuthSignIn2 { me { id name email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout { logout }"): (typeof documents)["mutation Logout { logout }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeInSessionLookup { me { id name roles } }"): (typeof documents)["query MeInSessionLookup { me { id name roles } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMyProfileInSessionLookup($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id name jobTitle } }"): (typeof documents)["mutation UpdateMyProfileInSessionLookup($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id name jobTitle } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePersonInSessionLookup($i: UpdatePersonInput!) { updatePerson(input: $i) { id name } }"): (typeof documents)["mutation UpdatePersonInSessionLookup($i: UpdatePersonInput!) { updatePerson(input: $i) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LoginInSessionLookup($i: LoginInput!) { login(input: $i) { token person { id } } }"): (typeof documents)["mutation LoginInSessionLookup($i: LoginInput!) { login(input: $i) { token person { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateOrganization($i: CreateOrganizationInput!) { createOrganization(input: $i) }"): (typeof documents)["mutation CreateOrganization($i: CreateOrganizationInput!) { createOrganization(input: $i) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptInvitationToken($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }"): (typeof documents)["mutation AcceptInvitationToken($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LoginInAuthSetup($i: LoginInput!) { login(input: $i) { token person { id name email roles organization { id name } } } }"): (typeof documents)["mutation LoginInAuthSetup($i: LoginInput!) { login(input: $i) { token person { id name email roles organization { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeInAuthSetup { me { id email roles organization { id } } }"): (typeof documents)["query MeInAuthSetup { me { id email roles organization { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvitePersonInAuthSetup($i: InvitePersonInput!) { invitePerson(input: $i) { person { id invitationPending } } }"): (typeof documents)["mutation InvitePersonInAuthSetup($i: InvitePersonInput!) { invitePerson(input: $i) { person { id invitationPending } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvitationInAuthSetup($t: String!) { invitation(token: $t) { personName email organizationName passwordChosen } }"): (typeof documents)["query InvitationInAuthSetup($t: String!) { invitation(token: $t) { personName email organizationName passwordChosen } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptInvitationInAuthSetup($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token person { id email invitationPending } } }"): (typeof documents)["mutation AcceptInvitationInAuthSetup($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token person { id email invitationPending } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePassword($i: ChangePasswordInput!) { changePassword(input: $i) }"): (typeof documents)["mutation ChangePassword($i: ChangePasswordInput!) { changePassword(input: $i) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMyProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id name jobTitle } }"): (typeof documents)["mutation UpdateMyProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id name jobTitle } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($i: LoginInput!) { login(input: $i) { token } }"): (typeof documents)["mutation Login($i: LoginInput!) { login(input: $i) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeInViewerCache { me { id name roles } }"): (typeof documents)["query MeInViewerCache { me { id name roles } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMyProfileInViewerCache($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id name } }"): (typeof documents)["mutation UpdateMyProfileInViewerCache($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogoutInViewerCache { logout }"): (typeof documents)["mutation LogoutInViewerCache { logout }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePasswordInViewerCache($i: ChangePasswordInput!) { changePassword(input: $i) }"): (typeof documents)["mutation ChangePasswordInViewerCache($i: ChangePasswordInput!) { changePassword(input: $i) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeactivateInViewerCache($id: ID!) { deactivatePerson(personId: $id) { id active } }"): (typeof documents)["mutation DeactivateInViewerCache($id: ID!) { deactivatePerson(personId: $id) { id active } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetRolesInViewerCache($i: SetPersonRolesInput!) { setPersonRoles(input: $i) { id } }"): (typeof documents)["mutation SetRolesInViewerCache($i: SetPersonRolesInput!) { setPersonRoles(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePersonInViewerCache($i: UpdatePersonInput!) { updatePerson(input: $i) { id name } }"): (typeof documents)["mutation UpdatePersonInViewerCache($i: UpdatePersonInput!) { updatePerson(input: $i) { id name } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;