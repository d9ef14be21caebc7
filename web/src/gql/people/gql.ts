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
    "\n  fragment PersonListItem on Person {\n    id\n    name\n    email\n    jobTitle\n    roles\n    active\n    invitationPending\n    team {\n      id\n      name\n    }\n    supervisor {\n      id\n      name\n    }\n  }\n": typeof types.PersonListItemFragmentDoc,
    "\n  query People($filter: PeopleFilterInput, $page: PageInput) {\n    people(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...PersonListItem\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonListItem\n      livedExperience\n      startedOn\n      createdAt\n      roleGrants {\n        role\n        programId\n      }\n      team {\n        id\n        name\n        program {\n          id\n          name\n        }\n      }\n      teamHistory {\n        id\n        team {\n          id\n          name\n        }\n        startsOn\n        endsOn\n      }\n      supervisionHistory {\n        id\n        supervisor {\n          id\n          name\n        }\n        startsOn\n        endsOn\n      }\n      supervisees {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PersonDocument,
    "\n  query SupervisorOptions {\n    people(filter: { role: SUPERVISOR, includeInactive: true }, page: { skip: 0, take: 100 }) {\n      totalCount\n      items {\n        id\n        name\n        active\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SupervisorOptionsDocument,
    "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      person {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.InvitePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation SetPersonRoles($input: SetPersonRolesInput!) {\n    setPersonRoles(input: $input) {\n      id\n    }\n  }\n": typeof types.SetPersonRolesDocument,
    "\n  mutation AssignTeam($input: AssignTeamInput!) {\n    assignTeam(input: $input) {\n      id\n    }\n  }\n": typeof types.AssignTeamDocument,
    "\n  mutation AssignSupervisor($input: AssignSupervisorInput!) {\n    assignSupervisor(input: $input) {\n      id\n    }\n  }\n": typeof types.AssignSupervisorDocument,
    "\n  mutation DeactivatePerson($personId: ID!) {\n    deactivatePerson(personId: $personId) {\n      id\n      active\n    }\n  }\n": typeof types.DeactivatePersonDocument,
    "\n  mutation ReactivatePerson($personId: ID!) {\n    reactivatePerson(personId: $personId) {\n      id\n      active\n    }\n  }\n": typeof types.ReactivatePersonDocument,
    "\n  mutation ResendInvitation($personId: ID!) {\n    resendInvitation(personId: $personId)\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation SendPasswordReset($personId: ID!) {\n    sendPasswordReset(personId: $personId)\n  }\n": typeof types.SendPasswordResetDocument,
    "\n  query MySupervisees {\n    me {\n      id\n      supervisees {\n        id\n        name\n        email\n        jobTitle\n        startedOn\n        active\n        invitationPending\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MySuperviseesDocument,
};
const documents: Documents = {
    "\n  fragment PersonListItem on Person {\n    id\n    name\n    email\n    jobTitle\n    roles\n    active\n    invitationPending\n    team {\n      id\n      name\n    }\n    supervisor {\n      id\n      name\n    }\n  }\n": types.PersonListItemFragmentDoc,
    "\n  query People($filter: PeopleFilterInput, $page: PageInput) {\n    people(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...PersonListItem\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonListItem\n      livedExperience\n      startedOn\n      createdAt\n      roleGrants {\n        role\n        programId\n      }\n      team {\n        id\n        name\n        program {\n          id\n          name\n        }\n      }\n      teamHistory {\n        id\n        team {\n          id\n          name\n        }\n        startsOn\n        endsOn\n      }\n      supervisionHistory {\n        id\n        supervisor {\n          id\n          name\n        }\n        startsOn\n        endsOn\n      }\n      supervisees {\n        id\n        name\n      }\n    }\n  }\n": types.PersonDocument,
    "\n  query SupervisorOptions {\n    people(filter: { role: SUPERVISOR, includeInactive: true }, page: { skip: 0, take: 100 }) {\n      totalCount\n      items {\n        id\n        name\n        active\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SupervisorOptionsDocument,
    "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      person {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.InvitePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  mutation SetPersonRoles($input: SetPersonRolesInput!) {\n    setPersonRoles(input: $input) {\n      id\n    }\n  }\n": types.SetPersonRolesDocument,
    "\n  mutation AssignTeam($input: AssignTeamInput!) {\n    assignTeam(input: $input) {\n      id\n    }\n  }\n": types.AssignTeamDocument,
    "\n  mutation AssignSupervisor($input: AssignSupervisorInput!) {\n    assignSupervisor(input: $input) {\n      id\n    }\n  }\n": types.AssignSupervisorDocument,
    "\n  mutation DeactivatePerson($personId: ID!) {\n    deactivatePerson(personId: $personId) {\n      id\n      active\n    }\n  }\n": types.DeactivatePersonDocument,
    "\n  mutation ReactivatePerson($personId: ID!) {\n    reactivatePerson(personId: $personId) {\n      id\n      active\n    }\n  }\n": types.ReactivatePersonDocument,
    "\n  mutation ResendInvitation($personId: ID!) {\n    resendInvitation(personId: $personId)\n  }\n": types.ResendInvitationDocument,
    "\n  mutation SendPasswordReset($personId: ID!) {\n    sendPasswordReset(personId: $personId)\n  }\n": types.SendPasswordResetDocument,
    "\n  query MySupervisees {\n    me {\n      id\n      supervisees {\n        id\n        name\n        email\n        jobTitle\n        startedOn\n        active\n        invitationPending\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MySuperviseesDocument,
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
export function graphql(source: "\n  fragment PersonListItem on Person {\n    id\n    name\n    email\n    jobTitle\n    roles\n    active\n    invitationPending\n    team {\n      id\n      name\n    }\n    supervisor {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PersonListItem on Person {\n    id\n    name\n    email\n    jobTitle\n    roles\n    active\n    invitationPending\n    team {\n      id\n      name\n    }\n    supervisor {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($filter: PeopleFilterInput, $page: PageInput) {\n    people(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...PersonListItem\n      }\n    }\n  }\n"): (typeof documents)["\n  query People($filter: PeopleFilterInput, $page: PageInput) {\n    people(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...PersonListItem\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonListItem\n      livedExperience\n      startedOn\n      createdAt\n      roleGrants {\n        role\n        programId\n      }\n      team {\n        id\n        name\n        program {\n          id\n          name\n        }\n      }\n      teamHistory {\n        id\n        team {\n          id\n          name\n        }\n        startsOn\n        endsOn\n      }\n      supervisionHistory {\n        id\n        supervisor {\n          id\n          name\n        }\n        startsOn\n        endsOn\n      }\n      supervisees {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonListItem\n      livedExperience\n      startedOn\n      createdAt\n      roleGrants {\n        role\n        programId\n      }\n      team {\n        id\n        name\n        program {\n          id\n          name\n        }\n      }\n      teamHistory {\n        id\n        team {\n          id\n          name\n        }\n        startsOn\n        endsOn\n      }\n      supervisionHistory {\n        id\n        supervisor {\n          id\n          name\n        }\n        startsOn\n        endsOn\n      }\n      supervisees {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisorOptions {\n    people(filter: { role: SUPERVISOR, includeInactive: true }, page: { skip: 0, take: 100 }) {\n      totalCount\n      items {\n        id\n        name\n        active\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisorOptions {\n    people(filter: { role: SUPERVISOR, includeInactive: true }, page: { skip: 0, take: 100 }) {\n      totalCount\n      items {\n        id\n        name\n        active\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      person {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      person {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPersonRoles($input: SetPersonRolesInput!) {\n    setPersonRoles(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetPersonRoles($input: SetPersonRolesInput!) {\n    setPersonRoles(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignTeam($input: AssignTeamInput!) {\n    assignTeam(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssignTeam($input: AssignTeamInput!) {\n    assignTeam(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignSupervisor($input: AssignSupervisorInput!) {\n    assignSupervisor(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AssignSupervisor($input: AssignSupervisorInput!) {\n    assignSupervisor(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivatePerson($personId: ID!) {\n    deactivatePerson(personId: $personId) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivatePerson($personId: ID!) {\n    deactivatePerson(personId: $personId) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivatePerson($personId: ID!) {\n    reactivatePerson(personId: $personId) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivatePerson($personId: ID!) {\n    reactivatePerson(personId: $personId) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($personId: ID!) {\n    resendInvitation(personId: $personId)\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($personId: ID!) {\n    resendInvitation(personId: $personId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendPasswordReset($personId: ID!) {\n    sendPasswordReset(personId: $personId)\n  }\n"): (typeof documents)["\n  mutation SendPasswordReset($personId: ID!) {\n    sendPasswordReset(personId: $personId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySupervisees {\n    me {\n      id\n      supervisees {\n        id\n        name\n        email\n        jobTitle\n        startedOn\n        active\n        invitationPending\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySupervisees {\n    me {\n      id\n      supervisees {\n        id\n        name\n        email\n        jobTitle\n        startedOn\n        active\n        invitationPending\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;