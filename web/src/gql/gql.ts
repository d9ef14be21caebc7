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
    "\n  query AuditEvents($filter: AuditFilterInput, $page: PageInput) {\n    auditEvents(filter: $filter, page: $page) {\n      totalCount\n      items {\n        id\n        createdAt\n        actorId\n        actorName\n        action\n        entity\n        entityId\n        summary\n        requestId\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      jobTitle\n      roles\n      roleGrants {\n        role\n        programId\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      person {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      person {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      personName\n      email\n      organizationName\n    }\n  }\n": typeof types.InvitationDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      person {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query HomeOverview {\n    me {\n      id\n      name\n      jobTitle\n      roles\n      startedOn\n      roleGrants {\n        role\n        programId\n      }\n      team {\n        id\n        name\n        program {\n          id\n          name\n        }\n      }\n      supervisor {\n        id\n        name\n        email\n      }\n      supervisees {\n        id\n        name\n        invitationPending\n        team {\n          id\n          name\n        }\n      }\n    }\n    programs {\n      id\n      name\n    }\n    teams {\n      id\n    }\n    people(page: { skip: 0, take: 1 }) {\n      totalCount\n    }\n  }\n": typeof types.HomeOverviewDocument,
    "\n  fragment PersonListItem on Person {\n    id\n    name\n    email\n    jobTitle\n    roles\n    active\n    invitationPending\n    team {\n      id\n      name\n    }\n    supervisor {\n      id\n      name\n    }\n  }\n": typeof types.PersonListItemFragmentDoc,
    "\n  query People($filter: PeopleFilterInput, $page: PageInput) {\n    people(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...PersonListItem\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonListItem\n      livedExperience\n      startedOn\n      createdAt\n      roleGrants {\n        role\n        programId\n      }\n      team {\n        id\n        name\n        program {\n          id\n          name\n        }\n      }\n      teamHistory {\n        id\n        teamId\n        startsOn\n        endsOn\n      }\n      supervisionHistory {\n        id\n        supervisorId\n        startsOn\n        endsOn\n      }\n      supervisees {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PersonDocument,
    "\n  query SupervisorOptions {\n    people(filter: { role: SUPERVISOR, includeInactive: true }, page: { skip: 0, take: 100 }) {\n      totalCount\n      items {\n        id\n        name\n        active\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SupervisorOptionsDocument,
    "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      inviteUrl\n      person {\n        id\n        name\n        email\n      }\n    }\n  }\n": typeof types.InvitePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation SetPersonRoles($input: SetPersonRolesInput!) {\n    setPersonRoles(input: $input) {\n      id\n    }\n  }\n": typeof types.SetPersonRolesDocument,
    "\n  mutation AssignTeam($input: AssignTeamInput!) {\n    assignTeam(input: $input) {\n      id\n    }\n  }\n": typeof types.AssignTeamDocument,
    "\n  mutation AssignSupervisor($input: AssignSupervisorInput!) {\n    assignSupervisor(input: $input) {\n      id\n    }\n  }\n": typeof types.AssignSupervisorDocument,
    "\n  mutation DeactivatePerson($personId: ID!) {\n    deactivatePerson(personId: $personId) {\n      id\n      active\n    }\n  }\n": typeof types.DeactivatePersonDocument,
    "\n  mutation ReactivatePerson($personId: ID!) {\n    reactivatePerson(personId: $personId) {\n      id\n      active\n    }\n  }\n": typeof types.ReactivatePersonDocument,
    "\n  mutation ResendInvitation($personId: ID!) {\n    resendInvitation(personId: $personId)\n  }\n": typeof types.ResendInvitationDocument,
    "\n  query MySupervisees {\n    me {\n      id\n      supervisees {\n        id\n        name\n        email\n        jobTitle\n        startedOn\n        active\n        invitationPending\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MySuperviseesDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n      jobTitle\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation ImportRoster($input: ImportRosterInput!) {\n    importRoster(input: $input) {\n      dryRun\n      applied\n      totalRows\n      createCount\n      updateCount\n      errorCount\n      fileErrors\n      rows {\n        line\n        name\n        email\n        team\n        roles\n        supervisorEmail\n        action\n        errors\n        inviteUrl\n      }\n    }\n  }\n": typeof types.ImportRosterDocument,
    "\n  query Organization {\n    organization {\n      id\n      name\n      managersReadNotes\n      createdAt\n    }\n  }\n": typeof types.OrganizationDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      name\n      managersReadNotes\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  query TeamsOverview($includeArchived: Boolean!) {\n    programs(includeArchived: $includeArchived) {\n      id\n      name\n      description\n      archived\n    }\n    teams(filter: { includeArchived: $includeArchived }) {\n      id\n      name\n      description\n      archived\n      memberCount\n      programId\n    }\n  }\n": typeof types.TeamsOverviewDocument,
    "\n  query TeamOptions {\n    programs {\n      id\n      name\n    }\n    teams {\n      id\n      name\n      programId\n    }\n  }\n": typeof types.TeamOptionsDocument,
    "\n  query AllTeamNames {\n    teams(filter: { includeArchived: true }) {\n      id\n      name\n      archived\n    }\n  }\n": typeof types.AllTeamNamesDocument,
    "\n  query Team($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      description\n      archived\n      memberCount\n      program {\n        id\n        name\n      }\n      members {\n        id\n        name\n        email\n        jobTitle\n        roles\n        invitationPending\n        supervisor {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.TeamDocument,
    "\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateProgramDocument,
    "\n  mutation UpdateProgram($input: UpdateProgramInput!) {\n    updateProgram(input: $input) {\n      id\n      name\n      archived\n    }\n  }\n": typeof types.UpdateProgramDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      id\n      name\n      archived\n    }\n  }\n": typeof types.UpdateTeamDocument,
};
const documents: Documents = {
    "\n  query AuditEvents($filter: AuditFilterInput, $page: PageInput) {\n    auditEvents(filter: $filter, page: $page) {\n      totalCount\n      items {\n        id\n        createdAt\n        actorId\n        actorName\n        action\n        entity\n        entityId\n        summary\n        requestId\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      jobTitle\n      roles\n      roleGrants {\n        role\n        programId\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      person {\n        id\n        name\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      person {\n        id\n        name\n      }\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      personName\n      email\n      organizationName\n    }\n  }\n": types.InvitationDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      person {\n        id\n        name\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query HomeOverview {\n    me {\n      id\n      name\n      jobTitle\n      roles\n      startedOn\n      roleGrants {\n        role\n        programId\n      }\n      team {\n        id\n        name\n        program {\n          id\n          name\n        }\n      }\n      supervisor {\n        id\n        name\n        email\n      }\n      supervisees {\n        id\n        name\n        invitationPending\n        team {\n          id\n          name\n        }\n      }\n    }\n    programs {\n      id\n      name\n    }\n    teams {\n      id\n    }\n    people(page: { skip: 0, take: 1 }) {\n      totalCount\n    }\n  }\n": types.HomeOverviewDocument,
    "\n  fragment PersonListItem on Person {\n    id\n    name\n    email\n    jobTitle\n    roles\n    active\n    invitationPending\n    team {\n      id\n      name\n    }\n    supervisor {\n      id\n      name\n    }\n  }\n": types.PersonListItemFragmentDoc,
    "\n  query People($filter: PeopleFilterInput, $page: PageInput) {\n    people(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...PersonListItem\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonListItem\n      livedExperience\n      startedOn\n      createdAt\n      roleGrants {\n        role\n        programId\n      }\n      team {\n        id\n        name\n        program {\n          id\n          name\n        }\n      }\n      teamHistory {\n        id\n        teamId\n        startsOn\n        endsOn\n      }\n      supervisionHistory {\n        id\n        supervisorId\n        startsOn\n        endsOn\n      }\n      supervisees {\n        id\n        name\n      }\n    }\n  }\n": types.PersonDocument,
    "\n  query SupervisorOptions {\n    people(filter: { role: SUPERVISOR, includeInactive: true }, page: { skip: 0, take: 100 }) {\n      totalCount\n      items {\n        id\n        name\n        active\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SupervisorOptionsDocument,
    "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      inviteUrl\n      person {\n        id\n        name\n        email\n      }\n    }\n  }\n": types.InvitePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  mutation SetPersonRoles($input: SetPersonRolesInput!) {\n    setPersonRoles(input: $input) {\n      id\n    }\n  }\n": types.SetPersonRolesDocument,
    "\n  mutation AssignTeam($input: AssignTeamInput!) {\n    assignTeam(input: $input) {\n      id\n    }\n  }\n": types.AssignTeamDocument,
    "\n  mutation AssignSupervisor($input: AssignSupervisorInput!) {\n    assignSupervisor(input: $input) {\n      id\n    }\n  }\n": types.AssignSupervisorDocument,
    "\n  mutation DeactivatePerson($personId: ID!) {\n    deactivatePerson(personId: $personId) {\n      id\n      active\n    }\n  }\n": types.DeactivatePersonDocument,
    "\n  mutation ReactivatePerson($personId: ID!) {\n    reactivatePerson(personId: $personId) {\n      id\n      active\n    }\n  }\n": types.ReactivatePersonDocument,
    "\n  mutation ResendInvitation($personId: ID!) {\n    resendInvitation(personId: $personId)\n  }\n": types.ResendInvitationDocument,
    "\n  query MySupervisees {\n    me {\n      id\n      supervisees {\n        id\n        name\n        email\n        jobTitle\n        startedOn\n        active\n        invitationPending\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MySuperviseesDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n      jobTitle\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation ImportRoster($input: ImportRosterInput!) {\n    importRoster(input: $input) {\n      dryRun\n      applied\n      totalRows\n      createCount\n      updateCount\n      errorCount\n      fileErrors\n      rows {\n        line\n        name\n        email\n        team\n        roles\n        supervisorEmail\n        action\n        errors\n        inviteUrl\n      }\n    }\n  }\n": types.ImportRosterDocument,
    "\n  query Organization {\n    organization {\n      id\n      name\n      managersReadNotes\n      createdAt\n    }\n  }\n": types.OrganizationDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      name\n      managersReadNotes\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  query TeamsOverview($includeArchived: Boolean!) {\n    programs(includeArchived: $includeArchived) {\n      id\n      name\n      description\n      archived\n    }\n    teams(filter: { includeArchived: $includeArchived }) {\n      id\n      name\n      description\n      archived\n      memberCount\n      programId\n    }\n  }\n": types.TeamsOverviewDocument,
    "\n  query TeamOptions {\n    programs {\n      id\n      name\n    }\n    teams {\n      id\n      name\n      programId\n    }\n  }\n": types.TeamOptionsDocument,
    "\n  query AllTeamNames {\n    teams(filter: { includeArchived: true }) {\n      id\n      name\n      archived\n    }\n  }\n": types.AllTeamNamesDocument,
    "\n  query Team($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      description\n      archived\n      memberCount\n      program {\n        id\n        name\n      }\n      members {\n        id\n        name\n        email\n        jobTitle\n        roles\n        invitationPending\n        supervisor {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.TeamDocument,
    "\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateProgramDocument,
    "\n  mutation UpdateProgram($input: UpdateProgramInput!) {\n    updateProgram(input: $input) {\n      id\n      name\n      archived\n    }\n  }\n": types.UpdateProgramDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateTeamDocument,
    "\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      id\n      name\n      archived\n    }\n  }\n": types.UpdateTeamDocument,
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
export function graphql(source: "\n  query AuditEvents($filter: AuditFilterInput, $page: PageInput) {\n    auditEvents(filter: $filter, page: $page) {\n      totalCount\n      items {\n        id\n        createdAt\n        actorId\n        actorName\n        action\n        entity\n        entityId\n        summary\n        requestId\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($filter: AuditFilterInput, $page: PageInput) {\n    auditEvents(filter: $filter, page: $page) {\n      totalCount\n      items {\n        id\n        createdAt\n        actorId\n        actorName\n        action\n        entity\n        entityId\n        summary\n        requestId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      email\n      jobTitle\n      roles\n      roleGrants {\n        role\n        programId\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      email\n      jobTitle\n      roles\n      roleGrants {\n        role\n        programId\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      person {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      person {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      person {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input) {\n      person {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      personName\n      email\n      organizationName\n    }\n  }\n"): (typeof documents)["\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      personName\n      email\n      organizationName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      person {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      person {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeOverview {\n    me {\n      id\n      name\n      jobTitle\n      roles\n      startedOn\n      roleGrants {\n        role\n        programId\n      }\n      team {\n        id\n        name\n        program {\n          id\n          name\n        }\n      }\n      supervisor {\n        id\n        name\n        email\n      }\n      supervisees {\n        id\n        name\n        invitationPending\n        team {\n          id\n          name\n        }\n      }\n    }\n    programs {\n      id\n      name\n    }\n    teams {\n      id\n    }\n    people(page: { skip: 0, take: 1 }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query HomeOverview {\n    me {\n      id\n      name\n      jobTitle\n      roles\n      startedOn\n      roleGrants {\n        role\n        programId\n      }\n      team {\n        id\n        name\n        program {\n          id\n          name\n        }\n      }\n      supervisor {\n        id\n        name\n        email\n      }\n      supervisees {\n        id\n        name\n        invitationPending\n        team {\n          id\n          name\n        }\n      }\n    }\n    programs {\n      id\n      name\n    }\n    teams {\n      id\n    }\n    people(page: { skip: 0, take: 1 }) {\n      totalCount\n    }\n  }\n"];
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
export function graphql(source: "\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonListItem\n      livedExperience\n      startedOn\n      createdAt\n      roleGrants {\n        role\n        programId\n      }\n      team {\n        id\n        name\n        program {\n          id\n          name\n        }\n      }\n      teamHistory {\n        id\n        teamId\n        startsOn\n        endsOn\n      }\n      supervisionHistory {\n        id\n        supervisorId\n        startsOn\n        endsOn\n      }\n      supervisees {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Person($id: ID!) {\n    person(id: $id) {\n      ...PersonListItem\n      livedExperience\n      startedOn\n      createdAt\n      roleGrants {\n        role\n        programId\n      }\n      team {\n        id\n        name\n        program {\n          id\n          name\n        }\n      }\n      teamHistory {\n        id\n        teamId\n        startsOn\n        endsOn\n      }\n      supervisionHistory {\n        id\n        supervisorId\n        startsOn\n        endsOn\n      }\n      supervisees {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisorOptions {\n    people(filter: { role: SUPERVISOR, includeInactive: true }, page: { skip: 0, take: 100 }) {\n      totalCount\n      items {\n        id\n        name\n        active\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisorOptions {\n    people(filter: { role: SUPERVISOR, includeInactive: true }, page: { skip: 0, take: 100 }) {\n      totalCount\n      items {\n        id\n        name\n        active\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      inviteUrl\n      person {\n        id\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      inviteUrl\n      person {\n        id\n        name\n        email\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query MySupervisees {\n    me {\n      id\n      supervisees {\n        id\n        name\n        email\n        jobTitle\n        startedOn\n        active\n        invitationPending\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MySupervisees {\n    me {\n      id\n      supervisees {\n        id\n        name\n        email\n        jobTitle\n        startedOn\n        active\n        invitationPending\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n      jobTitle\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n      jobTitle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportRoster($input: ImportRosterInput!) {\n    importRoster(input: $input) {\n      dryRun\n      applied\n      totalRows\n      createCount\n      updateCount\n      errorCount\n      fileErrors\n      rows {\n        line\n        name\n        email\n        team\n        roles\n        supervisorEmail\n        action\n        errors\n        inviteUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportRoster($input: ImportRosterInput!) {\n    importRoster(input: $input) {\n      dryRun\n      applied\n      totalRows\n      createCount\n      updateCount\n      errorCount\n      fileErrors\n      rows {\n        line\n        name\n        email\n        team\n        roles\n        supervisorEmail\n        action\n        errors\n        inviteUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organization {\n    organization {\n      id\n      name\n      managersReadNotes\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query Organization {\n    organization {\n      id\n      name\n      managersReadNotes\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      name\n      managersReadNotes\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      name\n      managersReadNotes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamsOverview($includeArchived: Boolean!) {\n    programs(includeArchived: $includeArchived) {\n      id\n      name\n      description\n      archived\n    }\n    teams(filter: { includeArchived: $includeArchived }) {\n      id\n      name\n      description\n      archived\n      memberCount\n      programId\n    }\n  }\n"): (typeof documents)["\n  query TeamsOverview($includeArchived: Boolean!) {\n    programs(includeArchived: $includeArchived) {\n      id\n      name\n      description\n      archived\n    }\n    teams(filter: { includeArchived: $includeArchived }) {\n      id\n      name\n      description\n      archived\n      memberCount\n      programId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamOptions {\n    programs {\n      id\n      name\n    }\n    teams {\n      id\n      name\n      programId\n    }\n  }\n"): (typeof documents)["\n  query TeamOptions {\n    programs {\n      id\n      name\n    }\n    teams {\n      id\n      name\n      programId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllTeamNames {\n    teams(filter: { includeArchived: true }) {\n      id\n      name\n      archived\n    }\n  }\n"): (typeof documents)["\n  query AllTeamNames {\n    teams(filter: { includeArchived: true }) {\n      id\n      name\n      archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Team($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      description\n      archived\n      memberCount\n      program {\n        id\n        name\n      }\n      members {\n        id\n        name\n        email\n        jobTitle\n        roles\n        invitationPending\n        supervisor {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Team($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      description\n      archived\n      memberCount\n      program {\n        id\n        name\n      }\n      members {\n        id\n        name\n        email\n        jobTitle\n        roles\n        invitationPending\n        supervisor {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProgram($input: UpdateProgramInput!) {\n    updateProgram(input: $input) {\n      id\n      name\n      archived\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProgram($input: UpdateProgramInput!) {\n    updateProgram(input: $input) {\n      id\n      name\n      archived\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      id\n      name\n      archived\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      id\n      name\n      archived\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;