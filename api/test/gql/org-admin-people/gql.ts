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
    "query PersonInOrganizationAdminPeople($id: ID!) { person(id: $id) { startedOn } }": typeof types.PersonInOrganizationAdminPeopleDocument,
    "query MeInOrganizationAdminPeople { me { startedOn } }": typeof types.MeInOrganizationAdminPeopleDocument,
    "query PersonIdInOrganizationAdminPeople($id: ID!) { person(id: $id) { id } }": typeof types.PersonIdInOrganizationAdminPeopleDocument,
    "query MeIdInOrganizationAdminPeople { me { id } }": typeof types.MeIdInOrganizationAdminPeopleDocument,
    "query PeoplePeople($s: String) { active: people(filter: { search: $s }) { totalCount } all: people(filter: { search: $s, includeInactive: true }) { items { id active } } }": typeof types.PeoplePeopleDocument,
    "query InvitationEmailInOrganizationAdminPeople($t: String!) { invitation(token: $t) { email } }": typeof types.InvitationEmailInOrganizationAdminPeopleDocument,
    "query InvitationInOrganizationAdminPeople($t: String!) { invitation(token: $t) { personName } }": typeof types.InvitationInOrganizationAdminPeopleDocument,
    "fragment OrgAdminPerson on Person { id name email jobTitle livedExperience startedOn active invitationPending roles roleGrants { role programId } team { id } supervisor { id } }": typeof types.OrgAdminPersonFragmentDoc,
    "mutation CreateProgramInOrgAdminSetup($i: CreateProgramInput!) { createProgram(input: $i) { id name description archived teamCount teams { id } } }": typeof types.CreateProgramInOrgAdminSetupDocument,
    "mutation UpdateProgramInOrgAdminSetup($i: UpdateProgramInput!) { updateProgram(input: $i) { id name description archived } }": typeof types.UpdateProgramInOrgAdminSetupDocument,
    "mutation CreateTeamInOrgAdminSetup($i: CreateTeamInput!) { createTeam(input: $i) { id name description programId archived memberCount program { id name } } }": typeof types.CreateTeamInOrgAdminSetupDocument,
    "mutation UpdateTeam($i: UpdateTeamInput!) { updateTeam(input: $i) { id name description programId archived } }": typeof types.UpdateTeamDocument,
    "mutation InvitePersonInOrgAdminSetup($i: InvitePersonInput!) { invitePerson(input: $i) { person { ...OrgAdminPerson } } }": typeof types.InvitePersonInOrgAdminSetupDocument,
    "mutation UpdatePerson($i: UpdatePersonInput!) { updatePerson(input: $i) { ...OrgAdminPerson } }": typeof types.UpdatePersonDocument,
    "mutation SetPersonRolesInOrgAdminSetup($i: SetPersonRolesInput!) { setPersonRoles(input: $i) { ...OrgAdminPerson } }": typeof types.SetPersonRolesInOrgAdminSetupDocument,
    "mutation AssignTeamInOrgAdminSetup($i: AssignTeamInput!) { assignTeam(input: $i) { id team { id } teamHistory { teamId startsOn endsOn } } }": typeof types.AssignTeamInOrgAdminSetupDocument,
    "mutation AssignSupervisorInOrgAdminSetup($i: AssignSupervisorInput!) { assignSupervisor(input: $i) { id supervisor { id } supervisionHistory { supervisorId superviseeId startsOn endsOn } } }": typeof types.AssignSupervisorInOrgAdminSetupDocument,
    "mutation DeactivatePersonInOrgAdminSetup($id: ID!) { deactivatePerson(personId: $id) { id active } }": typeof types.DeactivatePersonInOrgAdminSetupDocument,
    "mutation ReactivatePersonInOrgAdminSetup($id: ID!) { reactivatePerson(personId: $id) { id active } }": typeof types.ReactivatePersonInOrgAdminSetupDocument,
    "mutation ResendInvitationInOrgAdminSetup($id: ID!) { resendInvitation(personId: $id) }": typeof types.ResendInvitationInOrgAdminSetupDocument,
    "mutation ImportRoster($i: ImportRosterInput!) { importRoster(input: $i) {\n  dryRun applied totalRows createCount updateCount errorCount fileErrors\n  rows { line name email team roles supervisorEmail action errors invited } } }": typeof types.ImportRosterDocument,
    "mutation UpdateOrganizationInOrgAdminSetup($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id name managersReadNotes } }": typeof types.UpdateOrganizationInOrgAdminSetupDocument,
    "mutation AcceptInvitationTokenAndPerson($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token person { id } } }": typeof types.AcceptInvitationTokenAndPersonDocument,
    "mutation LoginInOrgAdminSetup($i: LoginInput!) { login(input: $i) { token } }": typeof types.LoginInOrgAdminSetupDocument,
    "query PeopleInOrgAdminSetup($f: PeopleFilterInput, $p: PageInput) { people(filter: $f, page: $p) { totalCount items { id name } } }": typeof types.PeopleInOrgAdminSetupDocument,
};
const documents: Documents = {
    "query PersonInOrganizationAdminPeople($id: ID!) { person(id: $id) { startedOn } }": types.PersonInOrganizationAdminPeopleDocument,
    "query MeInOrganizationAdminPeople { me { startedOn } }": types.MeInOrganizationAdminPeopleDocument,
    "query PersonIdInOrganizationAdminPeople($id: ID!) { person(id: $id) { id } }": types.PersonIdInOrganizationAdminPeopleDocument,
    "query MeIdInOrganizationAdminPeople { me { id } }": types.MeIdInOrganizationAdminPeopleDocument,
    "query PeoplePeople($s: String) { active: people(filter: { search: $s }) { totalCount } all: people(filter: { search: $s, includeInactive: true }) { items { id active } } }": types.PeoplePeopleDocument,
    "query InvitationEmailInOrganizationAdminPeople($t: String!) { invitation(token: $t) { email } }": types.InvitationEmailInOrganizationAdminPeopleDocument,
    "query InvitationInOrganizationAdminPeople($t: String!) { invitation(token: $t) { personName } }": types.InvitationInOrganizationAdminPeopleDocument,
    "fragment OrgAdminPerson on Person { id name email jobTitle livedExperience startedOn active invitationPending roles roleGrants { role programId } team { id } supervisor { id } }": types.OrgAdminPersonFragmentDoc,
    "mutation CreateProgramInOrgAdminSetup($i: CreateProgramInput!) { createProgram(input: $i) { id name description archived teamCount teams { id } } }": types.CreateProgramInOrgAdminSetupDocument,
    "mutation UpdateProgramInOrgAdminSetup($i: UpdateProgramInput!) { updateProgram(input: $i) { id name description archived } }": types.UpdateProgramInOrgAdminSetupDocument,
    "mutation CreateTeamInOrgAdminSetup($i: CreateTeamInput!) { createTeam(input: $i) { id name description programId archived memberCount program { id name } } }": types.CreateTeamInOrgAdminSetupDocument,
    "mutation UpdateTeam($i: UpdateTeamInput!) { updateTeam(input: $i) { id name description programId archived } }": types.UpdateTeamDocument,
    "mutation InvitePersonInOrgAdminSetup($i: InvitePersonInput!) { invitePerson(input: $i) { person { ...OrgAdminPerson } } }": types.InvitePersonInOrgAdminSetupDocument,
    "mutation UpdatePerson($i: UpdatePersonInput!) { updatePerson(input: $i) { ...OrgAdminPerson } }": types.UpdatePersonDocument,
    "mutation SetPersonRolesInOrgAdminSetup($i: SetPersonRolesInput!) { setPersonRoles(input: $i) { ...OrgAdminPerson } }": types.SetPersonRolesInOrgAdminSetupDocument,
    "mutation AssignTeamInOrgAdminSetup($i: AssignTeamInput!) { assignTeam(input: $i) { id team { id } teamHistory { teamId startsOn endsOn } } }": types.AssignTeamInOrgAdminSetupDocument,
    "mutation AssignSupervisorInOrgAdminSetup($i: AssignSupervisorInput!) { assignSupervisor(input: $i) { id supervisor { id } supervisionHistory { supervisorId superviseeId startsOn endsOn } } }": types.AssignSupervisorInOrgAdminSetupDocument,
    "mutation DeactivatePersonInOrgAdminSetup($id: ID!) { deactivatePerson(personId: $id) { id active } }": types.DeactivatePersonInOrgAdminSetupDocument,
    "mutation ReactivatePersonInOrgAdminSetup($id: ID!) { reactivatePerson(personId: $id) { id active } }": types.ReactivatePersonInOrgAdminSetupDocument,
    "mutation ResendInvitationInOrgAdminSetup($id: ID!) { resendInvitation(personId: $id) }": types.ResendInvitationInOrgAdminSetupDocument,
    "mutation ImportRoster($i: ImportRosterInput!) { importRoster(input: $i) {\n  dryRun applied totalRows createCount updateCount errorCount fileErrors\n  rows { line name email team roles supervisorEmail action errors invited } } }": types.ImportRosterDocument,
    "mutation UpdateOrganizationInOrgAdminSetup($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id name managersReadNotes } }": types.UpdateOrganizationInOrgAdminSetupDocument,
    "mutation AcceptInvitationTokenAndPerson($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token person { id } } }": types.AcceptInvitationTokenAndPersonDocument,
    "mutation LoginInOrgAdminSetup($i: LoginInput!) { login(input: $i) { token } }": types.LoginInOrgAdminSetupDocument,
    "query PeopleInOrgAdminSetup($f: PeopleFilterInput, $p: PageInput) { people(filter: $f, page: $p) { totalCount items { id name } } }": types.PeopleInOrgAdminSetupDocument,
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
export function graphql(source: "query PersonInOrganizationAdminPeople($id: ID!) { person(id: $id) { startedOn } }"): (typeof documents)["query PersonInOrganizationAdminPeople($id: ID!) { person(id: $id) { startedOn } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeInOrganizationAdminPeople { me { startedOn } }"): (typeof documents)["query MeInOrganizationAdminPeople { me { startedOn } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonIdInOrganizationAdminPeople($id: ID!) { person(id: $id) { id } }"): (typeof documents)["query PersonIdInOrganizationAdminPeople($id: ID!) { person(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeIdInOrganizationAdminPeople { me { id } }"): (typeof documents)["query MeIdInOrganizationAdminPeople { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeoplePeople($s: String) { active: people(filter: { search: $s }) { totalCount } all: people(filter: { search: $s, includeInactive: true }) { items { id active } } }"): (typeof documents)["query PeoplePeople($s: String) { active: people(filter: { search: $s }) { totalCount } all: people(filter: { search: $s, includeInactive: true }) { items { id active } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvitationEmailInOrganizationAdminPeople($t: String!) { invitation(token: $t) { email } }"): (typeof documents)["query InvitationEmailInOrganizationAdminPeople($t: String!) { invitation(token: $t) { email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvitationInOrganizationAdminPeople($t: String!) { invitation(token: $t) { personName } }"): (typeof documents)["query InvitationInOrganizationAdminPeople($t: String!) { invitation(token: $t) { personName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OrgAdminPerson on Person { id name email jobTitle livedExperience startedOn active invitationPending roles roleGrants { role programId } team { id } supervisor { id } }"): (typeof documents)["fragment OrgAdminPerson on Person { id name email jobTitle livedExperience startedOn active invitationPending roles roleGrants { role programId } team { id } supervisor { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateProgramInOrgAdminSetup($i: CreateProgramInput!) { createProgram(input: $i) { id name description archived teamCount teams { id } } }"): (typeof documents)["mutation CreateProgramInOrgAdminSetup($i: CreateProgramInput!) { createProgram(input: $i) { id name description archived teamCount teams { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateProgramInOrgAdminSetup($i: UpdateProgramInput!) { updateProgram(input: $i) { id name description archived } }"): (typeof documents)["mutation UpdateProgramInOrgAdminSetup($i: UpdateProgramInput!) { updateProgram(input: $i) { id name description archived } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateTeamInOrgAdminSetup($i: CreateTeamInput!) { createTeam(input: $i) { id name description programId archived memberCount program { id name } } }"): (typeof documents)["mutation CreateTeamInOrgAdminSetup($i: CreateTeamInput!) { createTeam(input: $i) { id name description programId archived memberCount program { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateTeam($i: UpdateTeamInput!) { updateTeam(input: $i) { id name description programId archived } }"): (typeof documents)["mutation UpdateTeam($i: UpdateTeamInput!) { updateTeam(input: $i) { id name description programId archived } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvitePersonInOrgAdminSetup($i: InvitePersonInput!) { invitePerson(input: $i) { person { ...OrgAdminPerson } } }"): (typeof documents)["mutation InvitePersonInOrgAdminSetup($i: InvitePersonInput!) { invitePerson(input: $i) { person { ...OrgAdminPerson } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePerson($i: UpdatePersonInput!) { updatePerson(input: $i) { ...OrgAdminPerson } }"): (typeof documents)["mutation UpdatePerson($i: UpdatePersonInput!) { updatePerson(input: $i) { ...OrgAdminPerson } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetPersonRolesInOrgAdminSetup($i: SetPersonRolesInput!) { setPersonRoles(input: $i) { ...OrgAdminPerson } }"): (typeof documents)["mutation SetPersonRolesInOrgAdminSetup($i: SetPersonRolesInput!) { setPersonRoles(input: $i) { ...OrgAdminPerson } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignTeamInOrgAdminSetup($i: AssignTeamInput!) { assignTeam(input: $i) { id team { id } teamHistory { teamId startsOn endsOn } } }"): (typeof documents)["mutation AssignTeamInOrgAdminSetup($i: AssignTeamInput!) { assignTeam(input: $i) { id team { id } teamHistory { teamId startsOn endsOn } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignSupervisorInOrgAdminSetup($i: AssignSupervisorInput!) { assignSupervisor(input: $i) { id supervisor { id } supervisionHistory { supervisorId superviseeId startsOn endsOn } } }"): (typeof documents)["mutation AssignSupervisorInOrgAdminSetup($i: AssignSupervisorInput!) { assignSupervisor(input: $i) { id supervisor { id } supervisionHistory { supervisorId superviseeId startsOn endsOn } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeactivatePersonInOrgAdminSetup($id: ID!) { deactivatePerson(personId: $id) { id active } }"): (typeof documents)["mutation DeactivatePersonInOrgAdminSetup($id: ID!) { deactivatePerson(personId: $id) { id active } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReactivatePersonInOrgAdminSetup($id: ID!) { reactivatePerson(personId: $id) { id active } }"): (typeof documents)["mutation ReactivatePersonInOrgAdminSetup($id: ID!) { reactivatePerson(personId: $id) { id active } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResendInvitationInOrgAdminSetup($id: ID!) { resendInvitation(personId: $id) }"): (typeof documents)["mutation ResendInvitationInOrgAdminSetup($id: ID!) { resendInvitation(personId: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportRoster($i: ImportRosterInput!) { importRoster(input: $i) {\n  dryRun applied totalRows createCount updateCount errorCount fileErrors\n  rows { line name email team roles supervisorEmail action errors invited } } }"): (typeof documents)["mutation ImportRoster($i: ImportRosterInput!) { importRoster(input: $i) {\n  dryRun applied totalRows createCount updateCount errorCount fileErrors\n  rows { line name email team roles supervisorEmail action errors invited } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateOrganizationInOrgAdminSetup($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id name managersReadNotes } }"): (typeof documents)["mutation UpdateOrganizationInOrgAdminSetup($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id name managersReadNotes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptInvitationTokenAndPerson($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token person { id } } }"): (typeof documents)["mutation AcceptInvitationTokenAndPerson($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token person { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LoginInOrgAdminSetup($i: LoginInput!) { login(input: $i) { token } }"): (typeof documents)["mutation LoginInOrgAdminSetup($i: LoginInput!) { login(input: $i) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeopleInOrgAdminSetup($f: PeopleFilterInput, $p: PageInput) { people(filter: $f, page: $p) { totalCount items { id name } } }"): (typeof documents)["query PeopleInOrgAdminSetup($f: PeopleFilterInput, $p: PageInput) { people(filter: $f, page: $p) { totalCount items { id name } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;