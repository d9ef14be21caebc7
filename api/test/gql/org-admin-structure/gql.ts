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
    "query ProgramsInOrganizationAdminStructure { programs { id name } }": typeof types.ProgramsInOrganizationAdminStructureDocument,
    "query ProgramsPrograms { active: programs { id } all: programs(includeArchived: true) { id archived } }": typeof types.ProgramsProgramsDocument,
    "query TeamIdsOfProgramInOrganizationAdminStructure($p: ID) { teams(filter: { programId: $p }) { id } }": typeof types.TeamIdsOfProgramInOrganizationAdminStructureDocument,
    "query TeamsTeams { active: teams { id } all: teams(filter: { includeArchived: true }) { id archived } }": typeof types.TeamsTeamsDocument,
    "query OrganizationInOrganizationAdminStructure { organization { id name managersReadNotes } }": typeof types.OrganizationInOrganizationAdminStructureDocument,
    "query PeopleInOrganizationAdminStructure($s: String) { people(filter: { search: $s }) { items { email roles team { name } supervisor { email } } } }": typeof types.PeopleInOrganizationAdminStructureDocument,
    "query PersonInOrganizationAdminStructure($id: ID!) { person(id: $id) { name roles team { name } teamHistory { endsOn } } }": typeof types.PersonInOrganizationAdminStructureDocument,
    "query SetupProgress { setupProgress { doneCount complete steps { key done count } } }": typeof types.SetupProgressDocument,
    "mutation CreateOrganizationInSetupProgress($i: CreateOrganizationInput!) { createOrganization(input: $i) }": typeof types.CreateOrganizationInSetupProgressDocument,
    "mutation AcceptInvitationTokenAndPersonInSetupProgress($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token person { id } } }": typeof types.AcceptInvitationTokenAndPersonInSetupProgressDocument,
    "mutation CreateProgramInSetupProgress($i: CreateProgramInput!) { createProgram(input: $i) { id } }": typeof types.CreateProgramInSetupProgressDocument,
    "mutation UpdateProgram($i: UpdateProgramInput!) { updateProgram(input: $i) { id archived } }": typeof types.UpdateProgramDocument,
    "mutation CreateTeam($i: CreateTeamInput!) { createTeam(input: $i) { id } }": typeof types.CreateTeamDocument,
    "mutation InvitePersonIdInSetupProgress($i: InvitePersonInput!) { invitePerson(input: $i) { person { id } } }": typeof types.InvitePersonIdInSetupProgressDocument,
    "mutation UpdateSupervisionPolicy($i: UpdateSupervisionPolicyInput!) { updateSupervisionPolicy(input: $i) { programId } }": typeof types.UpdateSupervisionPolicyDocument,
    "mutation StartChecklistInSetupProgress($i: StartChecklistInput!) { startChecklist(input: $i) { id status } }": typeof types.StartChecklistInSetupProgressDocument,
};
const documents: Documents = {
    "query ProgramsInOrganizationAdminStructure { programs { id name } }": types.ProgramsInOrganizationAdminStructureDocument,
    "query ProgramsPrograms { active: programs { id } all: programs(includeArchived: true) { id archived } }": types.ProgramsProgramsDocument,
    "query TeamIdsOfProgramInOrganizationAdminStructure($p: ID) { teams(filter: { programId: $p }) { id } }": types.TeamIdsOfProgramInOrganizationAdminStructureDocument,
    "query TeamsTeams { active: teams { id } all: teams(filter: { includeArchived: true }) { id archived } }": types.TeamsTeamsDocument,
    "query OrganizationInOrganizationAdminStructure { organization { id name managersReadNotes } }": types.OrganizationInOrganizationAdminStructureDocument,
    "query PeopleInOrganizationAdminStructure($s: String) { people(filter: { search: $s }) { items { email roles team { name } supervisor { email } } } }": types.PeopleInOrganizationAdminStructureDocument,
    "query PersonInOrganizationAdminStructure($id: ID!) { person(id: $id) { name roles team { name } teamHistory { endsOn } } }": types.PersonInOrganizationAdminStructureDocument,
    "query SetupProgress { setupProgress { doneCount complete steps { key done count } } }": types.SetupProgressDocument,
    "mutation CreateOrganizationInSetupProgress($i: CreateOrganizationInput!) { createOrganization(input: $i) }": types.CreateOrganizationInSetupProgressDocument,
    "mutation AcceptInvitationTokenAndPersonInSetupProgress($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token person { id } } }": types.AcceptInvitationTokenAndPersonInSetupProgressDocument,
    "mutation CreateProgramInSetupProgress($i: CreateProgramInput!) { createProgram(input: $i) { id } }": types.CreateProgramInSetupProgressDocument,
    "mutation UpdateProgram($i: UpdateProgramInput!) { updateProgram(input: $i) { id archived } }": types.UpdateProgramDocument,
    "mutation CreateTeam($i: CreateTeamInput!) { createTeam(input: $i) { id } }": types.CreateTeamDocument,
    "mutation InvitePersonIdInSetupProgress($i: InvitePersonInput!) { invitePerson(input: $i) { person { id } } }": types.InvitePersonIdInSetupProgressDocument,
    "mutation UpdateSupervisionPolicy($i: UpdateSupervisionPolicyInput!) { updateSupervisionPolicy(input: $i) { programId } }": types.UpdateSupervisionPolicyDocument,
    "mutation StartChecklistInSetupProgress($i: StartChecklistInput!) { startChecklist(input: $i) { id status } }": types.StartChecklistInSetupProgressDocument,
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
export function graphql(source: "query ProgramsInOrganizationAdminStructure { programs { id name } }"): (typeof documents)["query ProgramsInOrganizationAdminStructure { programs { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramsPrograms { active: programs { id } all: programs(includeArchived: true) { id archived } }"): (typeof documents)["query ProgramsPrograms { active: programs { id } all: programs(includeArchived: true) { id archived } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamIdsOfProgramInOrganizationAdminStructure($p: ID) { teams(filter: { programId: $p }) { id } }"): (typeof documents)["query TeamIdsOfProgramInOrganizationAdminStructure($p: ID) { teams(filter: { programId: $p }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsTeams { active: teams { id } all: teams(filter: { includeArchived: true }) { id archived } }"): (typeof documents)["query TeamsTeams { active: teams { id } all: teams(filter: { includeArchived: true }) { id archived } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationInOrganizationAdminStructure { organization { id name managersReadNotes } }"): (typeof documents)["query OrganizationInOrganizationAdminStructure { organization { id name managersReadNotes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeopleInOrganizationAdminStructure($s: String) { people(filter: { search: $s }) { items { email roles team { name } supervisor { email } } } }"): (typeof documents)["query PeopleInOrganizationAdminStructure($s: String) { people(filter: { search: $s }) { items { email roles team { name } supervisor { email } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonInOrganizationAdminStructure($id: ID!) { person(id: $id) { name roles team { name } teamHistory { endsOn } } }"): (typeof documents)["query PersonInOrganizationAdminStructure($id: ID!) { person(id: $id) { name roles team { name } teamHistory { endsOn } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SetupProgress { setupProgress { doneCount complete steps { key done count } } }"): (typeof documents)["query SetupProgress { setupProgress { doneCount complete steps { key done count } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateOrganizationInSetupProgress($i: CreateOrganizationInput!) { createOrganization(input: $i) }"): (typeof documents)["mutation CreateOrganizationInSetupProgress($i: CreateOrganizationInput!) { createOrganization(input: $i) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptInvitationTokenAndPersonInSetupProgress($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token person { id } } }"): (typeof documents)["mutation AcceptInvitationTokenAndPersonInSetupProgress($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token person { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateProgramInSetupProgress($i: CreateProgramInput!) { createProgram(input: $i) { id } }"): (typeof documents)["mutation CreateProgramInSetupProgress($i: CreateProgramInput!) { createProgram(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateProgram($i: UpdateProgramInput!) { updateProgram(input: $i) { id archived } }"): (typeof documents)["mutation UpdateProgram($i: UpdateProgramInput!) { updateProgram(input: $i) { id archived } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateTeam($i: CreateTeamInput!) { createTeam(input: $i) { id } }"): (typeof documents)["mutation CreateTeam($i: CreateTeamInput!) { createTeam(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvitePersonIdInSetupProgress($i: InvitePersonInput!) { invitePerson(input: $i) { person { id } } }"): (typeof documents)["mutation InvitePersonIdInSetupProgress($i: InvitePersonInput!) { invitePerson(input: $i) { person { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSupervisionPolicy($i: UpdateSupervisionPolicyInput!) { updateSupervisionPolicy(input: $i) { programId } }"): (typeof documents)["mutation UpdateSupervisionPolicy($i: UpdateSupervisionPolicyInput!) { updateSupervisionPolicy(input: $i) { programId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartChecklistInSetupProgress($i: StartChecklistInput!) { startChecklist(input: $i) { id status } }"): (typeof documents)["mutation StartChecklistInSetupProgress($i: StartChecklistInput!) { startChecklist(input: $i) { id status } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;