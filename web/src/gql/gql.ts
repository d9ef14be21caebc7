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
    "\n  fragment ActionFields on Action {\n    id\n    scope\n    status\n    overdue\n    textVisible\n    description\n    canUpdate\n    source\n    team {\n      id\n      name\n    }\n    person {\n      id\n      name\n    }\n    supervisor {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    dueOn\n    createdOn\n    completedOn\n    metric\n    metricLabel\n    worseDirection\n    signalPeriod\n    signalRule\n    signalDirection\n    before {\n      period\n      value\n    }\n    after {\n      period\n      value\n    }\n    change\n  }\n": typeof types.ActionFieldsFragmentDoc,
    "\n  query ActionsPage($input: ActionsPageInput) {\n    actions(input: $input) {\n      total\n      overdue\n      offset\n      limit\n      items {\n        ...ActionFields\n      }\n    }\n  }\n": typeof types.ActionsPageDocument,
    "\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      ...ActionFields\n    }\n  }\n": typeof types.CreateActionDocument,
    "\n  mutation SetActionStatus($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SetActionStatusDocument,
    "\n  query AuditEvents($input: AuditEventsInput) {\n    auditEvents(input: $input) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      items {\n        id\n        createdAt\n        actorId\n        actorName\n        action\n        actionLabel\n        category\n        readAs\n        entity\n        entityId\n        subject\n        summary\n        requestId\n      }\n    }\n  }\n": typeof types.AuditEventsDocument,
    "\n  query AuditOptions {\n    auditActions {\n      action\n      label\n      category\n    }\n    auditEntities {\n      entity\n      label\n    }\n    people(page: { take: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AuditOptionsDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      jobTitle\n      roles\n      roleGrants {\n        role\n        programId\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      person {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input)\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      personName\n      email\n      organizationName\n      passwordChosen\n    }\n  }\n": typeof types.InvitationDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      person {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  query PasswordReset($token: String!) {\n    passwordReset(token: $token) {\n      personName\n      email\n      organizationName\n    }\n  }\n": typeof types.PasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  fragment ChecklistSummary on Checklist {\n    id\n    status\n    raterType\n    raterId\n    rater {\n      id\n      name\n    }\n    subjectId\n    subject {\n      id\n      name\n    }\n    revision\n    version\n    createdAt\n    updatedAt\n    submittedAt\n    observationStart\n    observationEnd\n    mutualityIndex\n    mutualityIndex100\n    band\n    completeness {\n      answered\n      expected\n    }\n    scores {\n      dimensionCode\n      score\n      answered\n      expected\n      insufficient\n    }\n  }\n": typeof types.ChecklistSummaryFragmentDoc,
    "\n  fragment ChecklistDetail on Checklist {\n    ...ChecklistSummary\n    answers {\n      itemCode\n      value\n      comment\n    }\n    developmentAreas\n    itemAlerts {\n      itemCode\n      dimensionCode\n      driftPattern\n      value\n    }\n    hierarchicalDriftIndex\n    medicalModelDriftIndex\n    organisationalDriftIndex\n    revisions {\n      revision\n      submittedAt\n      amendedByName\n      reason\n      mutualityIndex\n      createdAt\n    }\n    instrumentVersion {\n      id\n      version\n      title\n      definitionJson\n    }\n  }\n": typeof types.ChecklistDetailFragmentDoc,
    "\n  query ChecklistsDue($withinDays: Int!) {\n    checklistsDue(withinDays: $withinDays) {\n      subjectId\n      subjectName\n      raterType\n      instrumentKey\n      dueDate\n      status\n      lastSubmittedAt\n      draftId\n    }\n  }\n": typeof types.ChecklistsDueDocument,
    "\n  query ChecklistList($filter: ChecklistFilterInput, $page: PageInput) {\n    checklists(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...ChecklistSummary\n      }\n    }\n  }\n": typeof types.ChecklistListDocument,
    "\n  query Checklist($id: ID!) {\n    checklist(id: $id) {\n      ...ChecklistDetail\n    }\n  }\n": typeof types.ChecklistDocument,
    "\n  mutation StartChecklist($input: StartChecklistInput!) {\n    startChecklist(input: $input) {\n      id\n      status\n      raterType\n    }\n  }\n": typeof types.StartChecklistDocument,
    "\n  mutation SaveChecklistAnswers($input: SaveChecklistAnswersInput!) {\n    saveChecklistAnswers(input: $input) {\n      id\n      version\n      updatedAt\n    }\n  }\n": typeof types.SaveChecklistAnswersDocument,
    "\n  mutation SubmitChecklist($input: SubmitChecklistInput!) {\n    submitChecklist(input: $input) {\n      ...ChecklistDetail\n    }\n  }\n": typeof types.SubmitChecklistDocument,
    "\n  mutation AmendChecklist($input: AmendChecklistInput!) {\n    amendChecklist(input: $input) {\n      ...ChecklistDetail\n    }\n  }\n": typeof types.AmendChecklistDocument,
    "\n  mutation CreatePersonServedLink($subjectId: ID!) {\n    createPersonServedLink(subjectId: $subjectId) {\n      url\n      expiresAt\n    }\n  }\n": typeof types.CreatePersonServedLinkDocument,
    "\n  query OwnTrend($personId: ID!, $filter: DriftFilterInput) {\n    personDrift(personId: $personId, filter: $filter) {\n      from\n      to\n      metrics {\n        metric\n        label\n        points {\n          period\n          periodStart\n          n\n          suppressed\n          value\n        }\n      }\n    }\n  }\n": typeof types.OwnTrendDocument,
    "\n  query ChecklistSupervisees {\n    me {\n      id\n      supervisees {\n        id\n        name\n        jobTitle\n        active\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ChecklistSuperviseesDocument,
    "\n  fragment DriftSignalFields on DriftSignal {\n    id\n    metric\n    metricLabel\n    period\n    since\n    rule\n    message\n    severity\n    direction\n    inForce\n    beforeRange\n  }\n": typeof types.DriftSignalFieldsFragmentDoc,
    "\n  fragment MetricSeriesFields on MetricSeries {\n    metric\n    label\n    badDirection\n    points {\n      period\n      periodStart\n      value\n      n\n      suppressed\n    }\n    limits {\n      centre\n      upper\n      lower\n      sigma\n      baselinePeriods\n      restarts\n      points {\n        period\n        centre\n        lower\n        upper\n        cusumWorse\n        cusumBetter\n        cusumLimit\n      }\n    }\n    signals {\n      ...DriftSignalFields\n    }\n  }\n": typeof types.MetricSeriesFieldsFragmentDoc,
    "\n  fragment AnnotationFields on Annotation {\n    id\n    teamId\n    personId\n    onDate\n    label\n    kind\n    details\n    automatic\n  }\n": typeof types.AnnotationFieldsFragmentDoc,
    "\n  query DriftOverview($filter: DriftFilterInput) {\n    driftOverview(filter: $filter) {\n      from\n      to\n      granularity\n      periods\n      raterTypes\n      minCellSize\n      kpis {\n        teams\n        teamsWithAlerts\n        teamsOnWatch\n        teamsImproving\n        mutualityIndex\n        band\n        checklists\n        supervisionRatio\n      }\n      teams {\n        team {\n          id\n          name\n          memberCount\n        }\n        program {\n          id\n          name\n        }\n        latest {\n          period\n          band\n          mutualityIndex\n          hierarchicalDriftIndex\n          medicalModelDriftIndex\n          organisationalDriftIndex\n          n\n        }\n        activeSignals {\n          ...DriftSignalFields\n        }\n        dimensions {\n          dimensionCode\n          dimensionTitle\n          score\n          n\n          suppressed\n        }\n        series {\n          ...MetricSeriesFields\n        }\n        supervision {\n          ratio\n          recorded\n          required\n          overdueCount\n          superviseeCount\n        }\n      }\n    }\n  }\n": typeof types.DriftOverviewDocument,
    "\n  query TeamDrift($teamId: ID!, $filter: DriftFilterInput) {\n    teamDrift(teamId: $teamId, filter: $filter) {\n      from\n      to\n      granularity\n      raterTypes\n      minCellSize\n      team {\n        id\n        name\n        memberCount\n        program {\n          id\n          name\n        }\n      }\n      metrics {\n        ...MetricSeriesFields\n      }\n      itemsMoved {\n        itemCode\n        dimensionCode\n        prompt\n        polarity\n        driftPattern\n        before\n        after\n        change\n        worse\n      }\n      selfVsOthers {\n        period\n        self\n        others\n        gap\n      }\n      annotations {\n        ...AnnotationFields\n      }\n      supervision {\n        period\n        held\n        missed\n        cancelled\n        unrecorded\n        clinicianOnly\n      }\n      actionMarkers {\n        id\n        createdOn\n        description\n        dimensionCode\n        dueDate\n        ownerName\n        signalId\n        status\n        scope\n        metric\n        overdue\n        before\n        after\n        outcome\n        outcomeSignalId\n      }\n    }\n  }\n": typeof types.TeamDriftDocument,
    "\n  query PersonDrift($personId: ID!, $filter: DriftFilterInput) {\n    personDrift(personId: $personId, filter: $filter) {\n      from\n      to\n      granularity\n      raterTypes\n      person {\n        id\n        name\n        team {\n          id\n          name\n        }\n        supervisor {\n          id\n          name\n        }\n      }\n      metrics {\n        ...MetricSeriesFields\n      }\n      selfVsOthers {\n        period\n        self\n        others\n        gap\n      }\n      annotations {\n        ...AnnotationFields\n      }\n    }\n  }\n": typeof types.PersonDriftDocument,
    "\n  query DriftTeamMembers($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      members {\n        id\n        name\n        jobTitle\n        supervisor {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.DriftTeamMembersDocument,
    "\n  query DriftSupervision($filter: SupervisionComplianceFilterInput) {\n    supervisionCompliance(filter: $filter) {\n      from\n      to\n      total {\n        ratio\n        recorded\n        required\n        overdue\n        supervisees\n      }\n      teams {\n        id\n        ratio\n        recorded\n        required\n        overdue\n        behind\n        supervisees\n      }\n    }\n  }\n": typeof types.DriftSupervisionDocument,
    "\n  query DriftLanguageDensity($filter: LanguageSeriesFilterInput!) {\n    languageDensitySeries(filter: $filter) {\n      teamId\n      team {\n        id\n        name\n      }\n      points {\n        month\n        notes\n        suppressed\n        balance\n        densities {\n          medicalModel\n          hierarchical\n          errand\n          mutuality\n        }\n      }\n    }\n  }\n": typeof types.DriftLanguageDensityDocument,
    "\n  query SignalChecklists($filter: ChecklistFilterInput, $page: PageInput) {\n    checklists(filter: $filter, page: $page) {\n      totalCount\n      items {\n        id\n        raterType\n        submittedAt\n        mutualityIndex\n        band\n        subject {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SignalChecklistsDocument,
    "\n  mutation CreateDriftAnnotation($input: CreateAnnotationInput!) {\n    createAnnotation(input: $input) {\n      ...AnnotationFields\n    }\n  }\n": typeof types.CreateDriftAnnotationDocument,
    "\n  mutation UpdateDriftAnnotation($input: UpdateAnnotationInput!) {\n    updateAnnotation(input: $input) {\n      ...AnnotationFields\n    }\n  }\n": typeof types.UpdateDriftAnnotationDocument,
    "\n  mutation DeleteDriftAnnotation($annotationId: ID!) {\n    deleteAnnotation(annotationId: $annotationId)\n  }\n": typeof types.DeleteDriftAnnotationDocument,
    "\n  mutation CreateDriftAction($input: CreateDriftActionInput!) {\n    createDriftAction(input: $input) {\n      id\n      createdOn\n      description\n      dimensionCode\n      dueDate\n      ownerName\n      signalId\n      status\n      before\n      after\n    }\n  }\n": typeof types.CreateDriftActionDocument,
    "\n  mutation RebaselineTeam($input: RebaselineTeamInput!) {\n    rebaselineTeam(input: $input) {\n      id\n      teamId\n      fromDate\n      reason\n    }\n  }\n": typeof types.RebaselineTeamDocument,
    "\n  mutation DeleteBaselineReset($id: ID!) {\n    deleteBaselineReset(id: $id)\n  }\n": typeof types.DeleteBaselineResetDocument,
    "\n  query PersonServedForm($token: String!) {\n    personServedForm(token: $token) {\n      peerFirstName\n      organizationName\n      definitionJson\n    }\n  }\n": typeof types.PersonServedFormDocument,
    "\n  mutation SubmitPersonServedFeedback($input: PersonServedAnswersInput!) {\n    submitPersonServedFeedback(input: $input)\n  }\n": typeof types.SubmitPersonServedFeedbackDocument,
    "\n  query HomeOverview {\n    me {\n      id\n      name\n      jobTitle\n      roles\n      startedOn\n      roleGrants {\n        role\n        programId\n      }\n      team {\n        id\n        name\n        program {\n          id\n          name\n        }\n      }\n      supervisor {\n        id\n        name\n        email\n      }\n      supervisees {\n        id\n        name\n        invitationPending\n        team {\n          id\n          name\n        }\n      }\n    }\n    programs {\n      id\n      name\n    }\n    teams {\n      id\n    }\n    people(page: { skip: 0, take: 1 }) {\n      totalCount\n    }\n  }\n": typeof types.HomeOverviewDocument,
    "\n  query HomeSupervision {\n    supervisionCompliance {\n      supervisees {\n        superviseeId\n        overdue\n        daysSinceLast\n        recorded\n        required\n        status\n        supervisee {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.HomeSupervisionDocument,
    "\n  query HomeDriftKpis {\n    driftOverview {\n      kpis {\n        teams\n        teamsWithAlerts\n        teamsOnWatch\n        mutualityIndex\n        band\n        checklists\n      }\n    }\n  }\n": typeof types.HomeDriftKpisDocument,
    "\n  query HomeSupervisionAgenda($superviseeId: ID!) {\n    supervisionAgenda(superviseeId: $superviseeId) {\n      superviseeId\n      nextOccurrence {\n        id\n        startsAt\n        title\n        modality\n      }\n      openActionItems {\n        id\n        description\n        dimension\n        dueOn\n        driftSignalId\n        textVisible\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.HomeSupervisionAgendaDocument,
    "\n  fragment InstrumentVersionFields on InstrumentVersion {\n    id\n    version\n    status\n    publishedAt\n    title\n    scaleLabels\n    naLabel\n    problems\n    dimensions {\n      code\n      title\n      shortTitle\n      inIndex\n    }\n    items {\n      code\n      dimensionCode\n      order\n      help\n      polarity\n      driftPattern\n      naAllowed\n      inShortForm\n      reflectionPrompt\n      prompts {\n        self\n        supervisor\n        reviewer\n        personServed\n      }\n    }\n    crosswalk {\n      fromItemCode\n      toItemCode\n    }\n  }\n": typeof types.InstrumentVersionFieldsFragmentDoc,
    "\n  query InstrumentList {\n    instruments(includeUnpublished: true) {\n      id\n      key\n      title\n      description\n      level\n      versions {\n        id\n        version\n        status\n        publishedAt\n      }\n      draft {\n        id\n        version\n      }\n    }\n  }\n": typeof types.InstrumentListDocument,
    "\n  query InstrumentEditor($key: String!) {\n    instrument(key: $key) {\n      id\n      key\n      title\n      description\n      level\n      versions {\n        id\n        version\n        status\n        publishedAt\n      }\n      draft {\n        ...InstrumentVersionFields\n      }\n    }\n  }\n": typeof types.InstrumentEditorDocument,
    "\n  query InstrumentPublished($key: String!) {\n    instrument(key: $key) {\n      id\n      currentVersion {\n        ...InstrumentVersionFields\n      }\n    }\n  }\n": typeof types.InstrumentPublishedDocument,
    "\n  query ExportInstrument($key: String!, $format: InstrumentFormat!, $version: Int) {\n    exportInstrument(instrumentKey: $key, format: $format, version: $version)\n  }\n": typeof types.ExportInstrumentDocument,
    "\n  mutation CreateInstrumentDraft($key: String!) {\n    createInstrumentDraft(instrumentKey: $key) {\n      ...InstrumentVersionFields\n    }\n  }\n": typeof types.CreateInstrumentDraftDocument,
    "\n  mutation UpdateInstrumentItem($input: UpdateInstrumentItemInput!) {\n    updateInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n": typeof types.UpdateInstrumentItemDocument,
    "\n  mutation AddInstrumentItem($input: AddInstrumentItemInput!) {\n    addInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n": typeof types.AddInstrumentItemDocument,
    "\n  mutation RetireInstrumentItem($input: RetireInstrumentItemInput!) {\n    retireInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n": typeof types.RetireInstrumentItemDocument,
    "\n  mutation MoveInstrumentItem($input: MoveInstrumentItemInput!) {\n    moveInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n": typeof types.MoveInstrumentItemDocument,
    "\n  mutation PublishInstrumentDraft($key: String!) {\n    publishInstrumentDraft(instrumentKey: $key) {\n      id\n      version\n      status\n      publishedAt\n    }\n  }\n": typeof types.PublishInstrumentDraftDocument,
    "\n  mutation DiscardInstrumentDraft($key: String!) {\n    discardInstrumentDraft(instrumentKey: $key)\n  }\n": typeof types.DiscardInstrumentDraftDocument,
    "\n  mutation ImportInstrument($input: ImportInstrumentInput!) {\n    importInstrument(input: $input) {\n      id\n      version\n      title\n      definitionJson\n    }\n  }\n": typeof types.ImportInstrumentDocument,
    "\n  query ChecklistPolicyPrograms {\n    programs {\n      id\n      name\n    }\n  }\n": typeof types.ChecklistPolicyProgramsDocument,
    "\n  query ChecklistPolicy($programId: ID!) {\n    checklistPolicy(programId: $programId) {\n      programId\n      selfEveryDays\n      supervisorEveryDays\n      personServedEveryDays\n    }\n  }\n": typeof types.ChecklistPolicyDocument,
    "\n  mutation UpdateChecklistPolicy($input: ChecklistPolicyInput!) {\n    updateChecklistPolicy(input: $input) {\n      programId\n      selfEveryDays\n      supervisorEveryDays\n      personServedEveryDays\n    }\n  }\n": typeof types.UpdateChecklistPolicyDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($input: NotificationsInput) {\n    notifications(input: $input) {\n      totalCount\n      unreadCount\n      items {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($input: MarkNotificationReadInput!) {\n    markNotificationRead(input: $input) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      channel\n      label\n    }\n    notificationSettings {\n      timeZone\n      digestWeekday\n      digestTime\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      channel\n      label\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      timeZone\n      digestWeekday\n      digestTime\n    }\n  }\n": typeof types.UpdateNotificationSettingsDocument,
    "\n  query OutboxMessages($filter: OutboxFilterInput, $page: PageInput) {\n    outboxMessages(filter: $filter, page: $page) {\n      totalCount\n      items {\n        id\n        kind\n        createdAt\n        toAddress\n        subject\n        bodyText\n        actionUrl\n        status\n        attempts\n        lastError\n        sendAfter\n        sentAt\n        recipient {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OutboxMessagesDocument,
    "\n  query OutboxSummary {\n    outboxSummary {\n      mailConfigured\n      held\n      queued\n      sending\n      sent\n      failed\n    }\n  }\n": typeof types.OutboxSummaryDocument,
    "\n  mutation RetryOutboxMessage($input: RetryOutboxMessageInput!) {\n    retryOutboxMessage(input: $input) {\n      id\n      status\n      attempts\n      lastError\n    }\n  }\n": typeof types.RetryOutboxMessageDocument,
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
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n      jobTitle\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation ImportRoster($input: ImportRosterInput!) {\n    importRoster(input: $input) {\n      dryRun\n      applied\n      totalRows\n      createCount\n      updateCount\n      errorCount\n      fileErrors\n      rows {\n        line\n        name\n        email\n        team\n        roles\n        supervisorEmail\n        action\n        errors\n        invited\n      }\n    }\n  }\n": typeof types.ImportRosterDocument,
    "\n  query Organization {\n    organization {\n      id\n      name\n      managersReadNotes\n      createdAt\n    }\n  }\n": typeof types.OrganizationDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      name\n      managersReadNotes\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  query SupervisionCompliance($filter: SupervisionComplianceFilterInput) {\n    supervisionCompliance(filter: $filter) {\n      from\n      to\n      supervisees {\n        superviseeId\n        supervisee {\n          id\n          name\n        }\n        team {\n          id\n          name\n        }\n        programId\n        required\n        recorded\n        ratio\n        daysSinceLast\n        lastSessionAt\n        currentIntervalDays\n        overdue\n        status\n        policyPreset\n        reconciliation {\n          heldNotDocumented\n          documentedNotScheduled\n          pastStillScheduled\n        }\n      }\n      teams {\n        ...SupervisionComplianceAggregateFields\n      }\n      programs {\n        ...SupervisionComplianceAggregateFields\n      }\n      total {\n        ...SupervisionComplianceAggregateFields\n      }\n    }\n  }\n": typeof types.SupervisionComplianceDocument,
    "\n  fragment SupervisionComplianceAggregateFields on SupervisionComplianceAggregate {\n    id\n    supervisees\n    required\n    recorded\n    ratio\n    onTrack\n    behind\n    overdue\n    reconciliation {\n      heldNotDocumented\n      documentedNotScheduled\n      pastStillScheduled\n    }\n  }\n": typeof types.SupervisionComplianceAggregateFieldsFragmentDoc,
    "\n  query SupervisionPrograms {\n    programs {\n      id\n      name\n      teams {\n        id\n        name\n        archived\n      }\n    }\n  }\n": typeof types.SupervisionProgramsDocument,
    "\n  query SupervisionPolicy($programId: ID!) {\n    supervisionPolicy(programId: $programId) {\n      programId\n      preset\n      presetLabel\n      isDefault\n      stages {\n        untilMonths\n        everyDays\n      }\n      countingModalities\n      minimumMinutes\n      requireDocumentation\n      updatedAt\n    }\n  }\n": typeof types.SupervisionPolicyDocument,
    "\n  mutation UpdateSupervisionPolicy($input: UpdateSupervisionPolicyInput!) {\n    updateSupervisionPolicy(input: $input) {\n      programId\n      preset\n      presetLabel\n      isDefault\n      stages {\n        untilMonths\n        everyDays\n      }\n      countingModalities\n      minimumMinutes\n      requireDocumentation\n      updatedAt\n    }\n  }\n": typeof types.UpdateSupervisionPolicyDocument,
    "\n  query Lexicon {\n    lexicon {\n      phrase\n      pattern\n      weight\n      defaultWeight\n      enabled\n      source\n      alternative\n      variants\n    }\n  }\n": typeof types.LexiconDocument,
    "\n  mutation UpsertLexiconEntry($input: UpsertLexiconEntryInput!) {\n    upsertLexiconEntry(input: $input) {\n      phrase\n      pattern\n      weight\n      defaultWeight\n      enabled\n      source\n      alternative\n      variants\n    }\n  }\n": typeof types.UpsertLexiconEntryDocument,
    "\n  mutation DeleteLexiconEntry($phrase: String!) {\n    deleteLexiconEntry(phrase: $phrase)\n  }\n": typeof types.DeleteLexiconEntryDocument,
    "\n  fragment SupervisionActionItemFields on SupervisionActionItem {\n    id\n    description\n    textVisible\n    dimension\n    dueOn\n    status\n    ownerId\n    owner {\n      id\n      name\n    }\n    noteId\n    occurrenceId\n    driftSignalId\n    superviseeId\n    completedAt\n  }\n": typeof types.SupervisionActionItemFieldsFragmentDoc,
    "\n  fragment SupervisionNoteFields on SupervisionNote {\n    id\n    version\n    status\n    occurrenceId\n    heldAt\n    lockedAt\n    updatedAt\n    textVisible\n    viewerParty\n    types\n    dimensions\n    driftCodes\n    strengths\n    concerns\n    supervisorNote\n    supervisorSignedAt\n    supervisorSignedBy {\n      id\n      name\n    }\n    reflections {\n      superviseeId\n      supervisee {\n        id\n        name\n      }\n      reflection\n      signedAt\n    }\n    actionItems {\n      ...SupervisionActionItemFields\n    }\n    amendments {\n      id\n      text\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SupervisionNoteFieldsFragmentDoc,
    "\n  query SupervisionNote($id: ID!) {\n    supervisionNote(id: $id) {\n      ...SupervisionNoteFields\n    }\n  }\n": typeof types.SupervisionNoteDocument,
    "\n  mutation RecordSupervisionNote($input: RecordSupervisionNoteInput!) {\n    recordSupervisionNote(input: $input) {\n      ...SupervisionNoteFields\n    }\n  }\n": typeof types.RecordSupervisionNoteDocument,
    "\n  mutation SignSupervisionNote($input: SignSupervisionNoteInput!) {\n    signSupervisionNote(input: $input) {\n      ...SupervisionNoteFields\n    }\n  }\n": typeof types.SignSupervisionNoteDocument,
    "\n  mutation AmendSupervisionNote($input: AmendSupervisionNoteInput!) {\n    amendSupervisionNote(input: $input) {\n      ...SupervisionNoteFields\n    }\n  }\n": typeof types.AmendSupervisionNoteDocument,
    "\n  mutation UpdateSupervisionActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      ...SupervisionActionItemFields\n    }\n  }\n": typeof types.UpdateSupervisionActionItemDocument,
    "\n  query SupervisionDriftCodes {\n    supervisionDriftCodes {\n      code\n      family\n      label\n    }\n  }\n": typeof types.SupervisionDriftCodesDocument,
    "\n  query SupervisionAgenda($superviseeId: ID!) {\n    supervisionAgenda(superviseeId: $superviseeId) {\n      superviseeId\n      since\n      olderOpenActionCount\n      supervisee {\n        id\n        name\n      }\n      nextOccurrence {\n        id\n        startsAt\n        status\n      }\n      openActionItems {\n        ...SupervisionActionItemFields\n      }\n      recentDriftCodes {\n        code\n        label\n        count\n        lastSeenAt\n      }\n      recentDimensions {\n        code\n        label\n        count\n      }\n    }\n  }\n": typeof types.SupervisionAgendaDocument,
    "\n  query ReflectLanguage($text: String!) {\n    reflectLanguage(text: $text) {\n      wordCount\n      balance\n      hits {\n        phrase\n        pattern\n        weight\n        start\n        end\n        matchedText\n        suppressed\n        alternative\n      }\n      summary {\n        tone\n        headline\n        setAsideNote\n        mutualPhrases\n      }\n    }\n  }\n": typeof types.ReflectLanguageDocument,
    "\n  fragment SupervisionOccurrenceFields on SupervisionOccurrence {\n    id\n    sessionId\n    title\n    startsAt\n    endsAt\n    originalStartsAt\n    durationMinutes\n    timeZone\n    status\n    statusReason\n    moved\n    adHoc\n    isRecurring\n    recurrenceText\n    modality\n    channel\n    location\n    link\n    icsPath\n    supervisorId\n    supervisor {\n      id\n      name\n    }\n    superviseeIds\n    supervisees {\n      id\n      name\n    }\n    note {\n      id\n      status\n      version\n      lockedAt\n      openActionItemCount\n    }\n  }\n": typeof types.SupervisionOccurrenceFieldsFragmentDoc,
    "\n  query SupervisionOccurrence($id: ID!) {\n    supervisionOccurrence(id: $id) {\n      ...SupervisionOccurrenceFields\n    }\n  }\n": typeof types.SupervisionOccurrenceDocument,
    "\n  query SupervisionOccurrences($filter: SupervisionSessionsFilterInput!) {\n    supervisionSessions(filter: $filter) {\n      ...SupervisionOccurrenceFields\n    }\n  }\n": typeof types.SupervisionOccurrencesDocument,
    "\n  query SupervisionPeople {\n    me {\n      id\n      supervisees {\n        id\n        name\n        active\n      }\n    }\n  }\n": typeof types.SupervisionPeopleDocument,
    "\n  query SupervisionSupervisors {\n    people(filter: { role: SUPERVISOR }, page: { skip: 0, take: 100 }) {\n      items {\n        id\n        name\n        supervisees {\n          id\n          name\n          active\n        }\n      }\n    }\n  }\n": typeof types.SupervisionSupervisorsDocument,
    "\n  mutation ScheduleSupervision($input: ScheduleSupervisionInput!) {\n    scheduleSupervision(input: $input) {\n      warnings\n      session {\n        id\n        startsAt\n        recurrenceText\n      }\n    }\n  }\n": typeof types.ScheduleSupervisionDocument,
    "\n  mutation CancelSupervisionOccurrence($input: CancelSupervisionOccurrenceInput!) {\n    cancelSupervisionOccurrence(input: $input) {\n      warnings\n      occurrence {\n        ...SupervisionOccurrenceFields\n      }\n    }\n  }\n": typeof types.CancelSupervisionOccurrenceDocument,
    "\n  mutation MoveSupervisionOccurrence($input: MoveSupervisionOccurrenceInput!) {\n    moveSupervisionOccurrence(input: $input) {\n      warnings\n      occurrence {\n        ...SupervisionOccurrenceFields\n      }\n    }\n  }\n": typeof types.MoveSupervisionOccurrenceDocument,
    "\n  mutation MarkSupervisionOccurrence($input: MarkSupervisionOccurrenceInput!) {\n    markSupervisionOccurrence(input: $input) {\n      warnings\n      occurrence {\n        ...SupervisionOccurrenceFields\n      }\n    }\n  }\n": typeof types.MarkSupervisionOccurrenceDocument,
    "\n  mutation EndSupervisionSeries($input: EndSupervisionSeriesInput!) {\n    endSupervisionSeries(input: $input) {\n      warnings\n      session {\n        id\n        recurrenceText\n        seriesEndsAt\n      }\n    }\n  }\n": typeof types.EndSupervisionSeriesDocument,
    "\n  query CalendarFeed {\n    calendarFeed {\n      active\n      createdAt\n    }\n  }\n": typeof types.CalendarFeedDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed\n  }\n": typeof types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": typeof types.RevokeCalendarFeedDocument,
    "\n  query TeamsOverview($includeArchived: Boolean!) {\n    programs(includeArchived: $includeArchived) {\n      id\n      name\n      description\n      archived\n    }\n    teams(filter: { includeArchived: $includeArchived }) {\n      id\n      name\n      description\n      archived\n      memberCount\n      programId\n    }\n  }\n": typeof types.TeamsOverviewDocument,
    "\n  query TeamOptions {\n    programs {\n      id\n      name\n    }\n    teams {\n      id\n      name\n      programId\n    }\n  }\n": typeof types.TeamOptionsDocument,
    "\n  query Team($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      description\n      archived\n      memberCount\n      program {\n        id\n        name\n      }\n      members {\n        id\n        name\n        email\n        jobTitle\n        roles\n        invitationPending\n        supervisor {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.TeamDocument,
    "\n  mutation CreateProgram($input: CreateProgramInput!) {\n    createProgram(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateProgramDocument,
    "\n  mutation UpdateProgram($input: UpdateProgramInput!) {\n    updateProgram(input: $input) {\n      id\n      name\n      archived\n    }\n  }\n": typeof types.UpdateProgramDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      id\n      name\n      archived\n    }\n  }\n": typeof types.UpdateTeamDocument,
};
const documents: Documents = {
    "\n  fragment ActionFields on Action {\n    id\n    scope\n    status\n    overdue\n    textVisible\n    description\n    canUpdate\n    source\n    team {\n      id\n      name\n    }\n    person {\n      id\n      name\n    }\n    supervisor {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    dueOn\n    createdOn\n    completedOn\n    metric\n    metricLabel\n    worseDirection\n    signalPeriod\n    signalRule\n    signalDirection\n    before {\n      period\n      value\n    }\n    after {\n      period\n      value\n    }\n    change\n  }\n": types.ActionFieldsFragmentDoc,
    "\n  query ActionsPage($input: ActionsPageInput) {\n    actions(input: $input) {\n      total\n      overdue\n      offset\n      limit\n      items {\n        ...ActionFields\n      }\n    }\n  }\n": types.ActionsPageDocument,
    "\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      ...ActionFields\n    }\n  }\n": types.CreateActionDocument,
    "\n  mutation SetActionStatus($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      id\n      status\n    }\n  }\n": types.SetActionStatusDocument,
    "\n  query AuditEvents($input: AuditEventsInput) {\n    auditEvents(input: $input) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      items {\n        id\n        createdAt\n        actorId\n        actorName\n        action\n        actionLabel\n        category\n        readAs\n        entity\n        entityId\n        subject\n        summary\n        requestId\n      }\n    }\n  }\n": types.AuditEventsDocument,
    "\n  query AuditOptions {\n    auditActions {\n      action\n      label\n      category\n    }\n    auditEntities {\n      entity\n      label\n    }\n    people(page: { take: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.AuditOptionsDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      jobTitle\n      roles\n      roleGrants {\n        role\n        programId\n      }\n      organization {\n        id\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      person {\n        id\n        name\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input)\n  }\n": types.CreateOrganizationDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      personName\n      email\n      organizationName\n      passwordChosen\n    }\n  }\n": types.InvitationDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      person {\n        id\n        name\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  query PasswordReset($token: String!) {\n    passwordReset(token: $token) {\n      personName\n      email\n      organizationName\n    }\n  }\n": types.PasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  fragment ChecklistSummary on Checklist {\n    id\n    status\n    raterType\n    raterId\n    rater {\n      id\n      name\n    }\n    subjectId\n    subject {\n      id\n      name\n    }\n    revision\n    version\n    createdAt\n    updatedAt\n    submittedAt\n    observationStart\n    observationEnd\n    mutualityIndex\n    mutualityIndex100\n    band\n    completeness {\n      answered\n      expected\n    }\n    scores {\n      dimensionCode\n      score\n      answered\n      expected\n      insufficient\n    }\n  }\n": types.ChecklistSummaryFragmentDoc,
    "\n  fragment ChecklistDetail on Checklist {\n    ...ChecklistSummary\n    answers {\n      itemCode\n      value\n      comment\n    }\n    developmentAreas\n    itemAlerts {\n      itemCode\n      dimensionCode\n      driftPattern\n      value\n    }\n    hierarchicalDriftIndex\n    medicalModelDriftIndex\n    organisationalDriftIndex\n    revisions {\n      revision\n      submittedAt\n      amendedByName\n      reason\n      mutualityIndex\n      createdAt\n    }\n    instrumentVersion {\n      id\n      version\n      title\n      definitionJson\n    }\n  }\n": types.ChecklistDetailFragmentDoc,
    "\n  query ChecklistsDue($withinDays: Int!) {\n    checklistsDue(withinDays: $withinDays) {\n      subjectId\n      subjectName\n      raterType\n      instrumentKey\n      dueDate\n      status\n      lastSubmittedAt\n      draftId\n    }\n  }\n": types.ChecklistsDueDocument,
    "\n  query ChecklistList($filter: ChecklistFilterInput, $page: PageInput) {\n    checklists(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...ChecklistSummary\n      }\n    }\n  }\n": types.ChecklistListDocument,
    "\n  query Checklist($id: ID!) {\n    checklist(id: $id) {\n      ...ChecklistDetail\n    }\n  }\n": types.ChecklistDocument,
    "\n  mutation StartChecklist($input: StartChecklistInput!) {\n    startChecklist(input: $input) {\n      id\n      status\n      raterType\n    }\n  }\n": types.StartChecklistDocument,
    "\n  mutation SaveChecklistAnswers($input: SaveChecklistAnswersInput!) {\n    saveChecklistAnswers(input: $input) {\n      id\n      version\n      updatedAt\n    }\n  }\n": types.SaveChecklistAnswersDocument,
    "\n  mutation SubmitChecklist($input: SubmitChecklistInput!) {\n    submitChecklist(input: $input) {\n      ...ChecklistDetail\n    }\n  }\n": types.SubmitChecklistDocument,
    "\n  mutation AmendChecklist($input: AmendChecklistInput!) {\n    amendChecklist(input: $input) {\n      ...ChecklistDetail\n    }\n  }\n": types.AmendChecklistDocument,
    "\n  mutation CreatePersonServedLink($subjectId: ID!) {\n    createPersonServedLink(subjectId: $subjectId) {\n      url\n      expiresAt\n    }\n  }\n": types.CreatePersonServedLinkDocument,
    "\n  query OwnTrend($personId: ID!, $filter: DriftFilterInput) {\n    personDrift(personId: $personId, filter: $filter) {\n      from\n      to\n      metrics {\n        metric\n        label\n        points {\n          period\n          periodStart\n          n\n          suppressed\n          value\n        }\n      }\n    }\n  }\n": types.OwnTrendDocument,
    "\n  query ChecklistSupervisees {\n    me {\n      id\n      supervisees {\n        id\n        name\n        jobTitle\n        active\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ChecklistSuperviseesDocument,
    "\n  fragment DriftSignalFields on DriftSignal {\n    id\n    metric\n    metricLabel\n    period\n    since\n    rule\n    message\n    severity\n    direction\n    inForce\n    beforeRange\n  }\n": types.DriftSignalFieldsFragmentDoc,
    "\n  fragment MetricSeriesFields on MetricSeries {\n    metric\n    label\n    badDirection\n    points {\n      period\n      periodStart\n      value\n      n\n      suppressed\n    }\n    limits {\n      centre\n      upper\n      lower\n      sigma\n      baselinePeriods\n      restarts\n      points {\n        period\n        centre\n        lower\n        upper\n        cusumWorse\n        cusumBetter\n        cusumLimit\n      }\n    }\n    signals {\n      ...DriftSignalFields\n    }\n  }\n": types.MetricSeriesFieldsFragmentDoc,
    "\n  fragment AnnotationFields on Annotation {\n    id\n    teamId\n    personId\n    onDate\n    label\n    kind\n    details\n    automatic\n  }\n": types.AnnotationFieldsFragmentDoc,
    "\n  query DriftOverview($filter: DriftFilterInput) {\n    driftOverview(filter: $filter) {\n      from\n      to\n      granularity\n      periods\n      raterTypes\n      minCellSize\n      kpis {\n        teams\n        teamsWithAlerts\n        teamsOnWatch\n        teamsImproving\n        mutualityIndex\n        band\n        checklists\n        supervisionRatio\n      }\n      teams {\n        team {\n          id\n          name\n          memberCount\n        }\n        program {\n          id\n          name\n        }\n        latest {\n          period\n          band\n          mutualityIndex\n          hierarchicalDriftIndex\n          medicalModelDriftIndex\n          organisationalDriftIndex\n          n\n        }\n        activeSignals {\n          ...DriftSignalFields\n        }\n        dimensions {\n          dimensionCode\n          dimensionTitle\n          score\n          n\n          suppressed\n        }\n        series {\n          ...MetricSeriesFields\n        }\n        supervision {\n          ratio\n          recorded\n          required\n          overdueCount\n          superviseeCount\n        }\n      }\n    }\n  }\n": types.DriftOverviewDocument,
    "\n  query TeamDrift($teamId: ID!, $filter: DriftFilterInput) {\n    teamDrift(teamId: $teamId, filter: $filter) {\n      from\n      to\n      granularity\n      raterTypes\n      minCellSize\n      team {\n        id\n        name\n        memberCount\n        program {\n          id\n          name\n        }\n      }\n      metrics {\n        ...MetricSeriesFields\n      }\n      itemsMoved {\n        itemCode\n        dimensionCode\n        prompt\n        polarity\n        driftPattern\n        before\n        after\n        change\n        worse\n      }\n      selfVsOthers {\n        period\n        self\n        others\n        gap\n      }\n      annotations {\n        ...AnnotationFields\n      }\n      supervision {\n        period\n        held\n        missed\n        cancelled\n        unrecorded\n        clinicianOnly\n      }\n      actionMarkers {\n        id\n        createdOn\n        description\n        dimensionCode\n        dueDate\n        ownerName\n        signalId\n        status\n        scope\n        metric\n        overdue\n        before\n        after\n        outcome\n        outcomeSignalId\n      }\n    }\n  }\n": types.TeamDriftDocument,
    "\n  query PersonDrift($personId: ID!, $filter: DriftFilterInput) {\n    personDrift(personId: $personId, filter: $filter) {\n      from\n      to\n      granularity\n      raterTypes\n      person {\n        id\n        name\n        team {\n          id\n          name\n        }\n        supervisor {\n          id\n          name\n        }\n      }\n      metrics {\n        ...MetricSeriesFields\n      }\n      selfVsOthers {\n        period\n        self\n        others\n        gap\n      }\n      annotations {\n        ...AnnotationFields\n      }\n    }\n  }\n": types.PersonDriftDocument,
    "\n  query DriftTeamMembers($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      members {\n        id\n        name\n        jobTitle\n        supervisor {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.DriftTeamMembersDocument,
    "\n  query DriftSupervision($filter: SupervisionComplianceFilterInput) {\n    supervisionCompliance(filter: $filter) {\n      from\n      to\n      total {\n        ratio\n        recorded\n        required\n        overdue\n        supervisees\n      }\n      teams {\n        id\n        ratio\n        recorded\n        required\n        overdue\n        behind\n        supervisees\n      }\n    }\n  }\n": types.DriftSupervisionDocument,
    "\n  query DriftLanguageDensity($filter: LanguageSeriesFilterInput!) {\n    languageDensitySeries(filter: $filter) {\n      teamId\n      team {\n        id\n        name\n      }\n      points {\n        month\n        notes\n        suppressed\n        balance\n        densities {\n          medicalModel\n          hierarchical\n          errand\n          mutuality\n        }\n      }\n    }\n  }\n": types.DriftLanguageDensityDocument,
    "\n  query SignalChecklists($filter: ChecklistFilterInput, $page: PageInput) {\n    checklists(filter: $filter, page: $page) {\n      totalCount\n      items {\n        id\n        raterType\n        submittedAt\n        mutualityIndex\n        band\n        subject {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SignalChecklistsDocument,
    "\n  mutation CreateDriftAnnotation($input: CreateAnnotationInput!) {\n    createAnnotation(input: $input) {\n      ...AnnotationFields\n    }\n  }\n": types.CreateDriftAnnotationDocument,
    "\n  mutation UpdateDriftAnnotation($input: UpdateAnnotationInput!) {\n    updateAnnotation(input: $input) {\n      ...AnnotationFields\n    }\n  }\n": types.UpdateDriftAnnotationDocument,
    "\n  mutation DeleteDriftAnnotation($annotationId: ID!) {\n    deleteAnnotation(annotationId: $annotationId)\n  }\n": types.DeleteDriftAnnotationDocument,
    "\n  mutation CreateDriftAction($input: CreateDriftActionInput!) {\n    createDriftAction(input: $input) {\n      id\n      createdOn\n      description\n      dimensionCode\n      dueDate\n      ownerName\n      signalId\n      status\n      before\n      after\n    }\n  }\n": types.CreateDriftActionDocument,
    "\n  mutation RebaselineTeam($input: RebaselineTeamInput!) {\n    rebaselineTeam(input: $input) {\n      id\n      teamId\n      fromDate\n      reason\n    }\n  }\n": types.RebaselineTeamDocument,
    "\n  mutation DeleteBaselineReset($id: ID!) {\n    deleteBaselineReset(id: $id)\n  }\n": types.DeleteBaselineResetDocument,
    "\n  query PersonServedForm($token: String!) {\n    personServedForm(token: $token) {\n      peerFirstName\n      organizationName\n      definitionJson\n    }\n  }\n": types.PersonServedFormDocument,
    "\n  mutation SubmitPersonServedFeedback($input: PersonServedAnswersInput!) {\n    submitPersonServedFeedback(input: $input)\n  }\n": types.SubmitPersonServedFeedbackDocument,
    "\n  query HomeOverview {\n    me {\n      id\n      name\n      jobTitle\n      roles\n      startedOn\n      roleGrants {\n        role\n        programId\n      }\n      team {\n        id\n        name\n        program {\n          id\n          name\n        }\n      }\n      supervisor {\n        id\n        name\n        email\n      }\n      supervisees {\n        id\n        name\n        invitationPending\n        team {\n          id\n          name\n        }\n      }\n    }\n    programs {\n      id\n      name\n    }\n    teams {\n      id\n    }\n    people(page: { skip: 0, take: 1 }) {\n      totalCount\n    }\n  }\n": types.HomeOverviewDocument,
    "\n  query HomeSupervision {\n    supervisionCompliance {\n      supervisees {\n        superviseeId\n        overdue\n        daysSinceLast\n        recorded\n        required\n        status\n        supervisee {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.HomeSupervisionDocument,
    "\n  query HomeDriftKpis {\n    driftOverview {\n      kpis {\n        teams\n        teamsWithAlerts\n        teamsOnWatch\n        mutualityIndex\n        band\n        checklists\n      }\n    }\n  }\n": types.HomeDriftKpisDocument,
    "\n  query HomeSupervisionAgenda($superviseeId: ID!) {\n    supervisionAgenda(superviseeId: $superviseeId) {\n      superviseeId\n      nextOccurrence {\n        id\n        startsAt\n        title\n        modality\n      }\n      openActionItems {\n        id\n        description\n        dimension\n        dueOn\n        driftSignalId\n        textVisible\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.HomeSupervisionAgendaDocument,
    "\n  fragment InstrumentVersionFields on InstrumentVersion {\n    id\n    version\n    status\n    publishedAt\n    title\n    scaleLabels\n    naLabel\n    problems\n    dimensions {\n      code\n      title\n      shortTitle\n      inIndex\n    }\n    items {\n      code\n      dimensionCode\n      order\n      help\n      polarity\n      driftPattern\n      naAllowed\n      inShortForm\n      reflectionPrompt\n      prompts {\n        self\n        supervisor\n        reviewer\n        personServed\n      }\n    }\n    crosswalk {\n      fromItemCode\n      toItemCode\n    }\n  }\n": types.InstrumentVersionFieldsFragmentDoc,
    "\n  query InstrumentList {\n    instruments(includeUnpublished: true) {\n      id\n      key\n      title\n      description\n      level\n      versions {\n        id\n        version\n        status\n        publishedAt\n      }\n      draft {\n        id\n        version\n      }\n    }\n  }\n": types.InstrumentListDocument,
    "\n  query InstrumentEditor($key: String!) {\n    instrument(key: $key) {\n      id\n      key\n      title\n      description\n      level\n      versions {\n        id\n        version\n        status\n        publishedAt\n      }\n      draft {\n        ...InstrumentVersionFields\n      }\n    }\n  }\n": types.InstrumentEditorDocument,
    "\n  query InstrumentPublished($key: String!) {\n    instrument(key: $key) {\n      id\n      currentVersion {\n        ...InstrumentVersionFields\n      }\n    }\n  }\n": types.InstrumentPublishedDocument,
    "\n  query ExportInstrument($key: String!, $format: InstrumentFormat!, $version: Int) {\n    exportInstrument(instrumentKey: $key, format: $format, version: $version)\n  }\n": types.ExportInstrumentDocument,
    "\n  mutation CreateInstrumentDraft($key: String!) {\n    createInstrumentDraft(instrumentKey: $key) {\n      ...InstrumentVersionFields\n    }\n  }\n": types.CreateInstrumentDraftDocument,
    "\n  mutation UpdateInstrumentItem($input: UpdateInstrumentItemInput!) {\n    updateInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n": types.UpdateInstrumentItemDocument,
    "\n  mutation AddInstrumentItem($input: AddInstrumentItemInput!) {\n    addInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n": types.AddInstrumentItemDocument,
    "\n  mutation RetireInstrumentItem($input: RetireInstrumentItemInput!) {\n    retireInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n": types.RetireInstrumentItemDocument,
    "\n  mutation MoveInstrumentItem($input: MoveInstrumentItemInput!) {\n    moveInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n": types.MoveInstrumentItemDocument,
    "\n  mutation PublishInstrumentDraft($key: String!) {\n    publishInstrumentDraft(instrumentKey: $key) {\n      id\n      version\n      status\n      publishedAt\n    }\n  }\n": types.PublishInstrumentDraftDocument,
    "\n  mutation DiscardInstrumentDraft($key: String!) {\n    discardInstrumentDraft(instrumentKey: $key)\n  }\n": types.DiscardInstrumentDraftDocument,
    "\n  mutation ImportInstrument($input: ImportInstrumentInput!) {\n    importInstrument(input: $input) {\n      id\n      version\n      title\n      definitionJson\n    }\n  }\n": types.ImportInstrumentDocument,
    "\n  query ChecklistPolicyPrograms {\n    programs {\n      id\n      name\n    }\n  }\n": types.ChecklistPolicyProgramsDocument,
    "\n  query ChecklistPolicy($programId: ID!) {\n    checklistPolicy(programId: $programId) {\n      programId\n      selfEveryDays\n      supervisorEveryDays\n      personServedEveryDays\n    }\n  }\n": types.ChecklistPolicyDocument,
    "\n  mutation UpdateChecklistPolicy($input: ChecklistPolicyInput!) {\n    updateChecklistPolicy(input: $input) {\n      programId\n      selfEveryDays\n      supervisorEveryDays\n      personServedEveryDays\n    }\n  }\n": types.UpdateChecklistPolicyDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($input: NotificationsInput) {\n    notifications(input: $input) {\n      totalCount\n      unreadCount\n      items {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($input: MarkNotificationReadInput!) {\n    markNotificationRead(input: $input) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      channel\n      label\n    }\n    notificationSettings {\n      timeZone\n      digestWeekday\n      digestTime\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      channel\n      label\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      timeZone\n      digestWeekday\n      digestTime\n    }\n  }\n": types.UpdateNotificationSettingsDocument,
    "\n  query OutboxMessages($filter: OutboxFilterInput, $page: PageInput) {\n    outboxMessages(filter: $filter, page: $page) {\n      totalCount\n      items {\n        id\n        kind\n        createdAt\n        toAddress\n        subject\n        bodyText\n        actionUrl\n        status\n        attempts\n        lastError\n        sendAfter\n        sentAt\n        recipient {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OutboxMessagesDocument,
    "\n  query OutboxSummary {\n    outboxSummary {\n      mailConfigured\n      held\n      queued\n      sending\n      sent\n      failed\n    }\n  }\n": types.OutboxSummaryDocument,
    "\n  mutation RetryOutboxMessage($input: RetryOutboxMessageInput!) {\n    retryOutboxMessage(input: $input) {\n      id\n      status\n      attempts\n      lastError\n    }\n  }\n": types.RetryOutboxMessageDocument,
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
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      name\n      jobTitle\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation ImportRoster($input: ImportRosterInput!) {\n    importRoster(input: $input) {\n      dryRun\n      applied\n      totalRows\n      createCount\n      updateCount\n      errorCount\n      fileErrors\n      rows {\n        line\n        name\n        email\n        team\n        roles\n        supervisorEmail\n        action\n        errors\n        invited\n      }\n    }\n  }\n": types.ImportRosterDocument,
    "\n  query Organization {\n    organization {\n      id\n      name\n      managersReadNotes\n      createdAt\n    }\n  }\n": types.OrganizationDocument,
    "\n  mutation UpdateOrganization($input: UpdateOrganizationInput!) {\n    updateOrganization(input: $input) {\n      id\n      name\n      managersReadNotes\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  query SupervisionCompliance($filter: SupervisionComplianceFilterInput) {\n    supervisionCompliance(filter: $filter) {\n      from\n      to\n      supervisees {\n        superviseeId\n        supervisee {\n          id\n          name\n        }\n        team {\n          id\n          name\n        }\n        programId\n        required\n        recorded\n        ratio\n        daysSinceLast\n        lastSessionAt\n        currentIntervalDays\n        overdue\n        status\n        policyPreset\n        reconciliation {\n          heldNotDocumented\n          documentedNotScheduled\n          pastStillScheduled\n        }\n      }\n      teams {\n        ...SupervisionComplianceAggregateFields\n      }\n      programs {\n        ...SupervisionComplianceAggregateFields\n      }\n      total {\n        ...SupervisionComplianceAggregateFields\n      }\n    }\n  }\n": types.SupervisionComplianceDocument,
    "\n  fragment SupervisionComplianceAggregateFields on SupervisionComplianceAggregate {\n    id\n    supervisees\n    required\n    recorded\n    ratio\n    onTrack\n    behind\n    overdue\n    reconciliation {\n      heldNotDocumented\n      documentedNotScheduled\n      pastStillScheduled\n    }\n  }\n": types.SupervisionComplianceAggregateFieldsFragmentDoc,
    "\n  query SupervisionPrograms {\n    programs {\n      id\n      name\n      teams {\n        id\n        name\n        archived\n      }\n    }\n  }\n": types.SupervisionProgramsDocument,
    "\n  query SupervisionPolicy($programId: ID!) {\n    supervisionPolicy(programId: $programId) {\n      programId\n      preset\n      presetLabel\n      isDefault\n      stages {\n        untilMonths\n        everyDays\n      }\n      countingModalities\n      minimumMinutes\n      requireDocumentation\n      updatedAt\n    }\n  }\n": types.SupervisionPolicyDocument,
    "\n  mutation UpdateSupervisionPolicy($input: UpdateSupervisionPolicyInput!) {\n    updateSupervisionPolicy(input: $input) {\n      programId\n      preset\n      presetLabel\n      isDefault\n      stages {\n        untilMonths\n        everyDays\n      }\n      countingModalities\n      minimumMinutes\n      requireDocumentation\n      updatedAt\n    }\n  }\n": types.UpdateSupervisionPolicyDocument,
    "\n  query Lexicon {\n    lexicon {\n      phrase\n      pattern\n      weight\n      defaultWeight\n      enabled\n      source\n      alternative\n      variants\n    }\n  }\n": types.LexiconDocument,
    "\n  mutation UpsertLexiconEntry($input: UpsertLexiconEntryInput!) {\n    upsertLexiconEntry(input: $input) {\n      phrase\n      pattern\n      weight\n      defaultWeight\n      enabled\n      source\n      alternative\n      variants\n    }\n  }\n": types.UpsertLexiconEntryDocument,
    "\n  mutation DeleteLexiconEntry($phrase: String!) {\n    deleteLexiconEntry(phrase: $phrase)\n  }\n": types.DeleteLexiconEntryDocument,
    "\n  fragment SupervisionActionItemFields on SupervisionActionItem {\n    id\n    description\n    textVisible\n    dimension\n    dueOn\n    status\n    ownerId\n    owner {\n      id\n      name\n    }\n    noteId\n    occurrenceId\n    driftSignalId\n    superviseeId\n    completedAt\n  }\n": types.SupervisionActionItemFieldsFragmentDoc,
    "\n  fragment SupervisionNoteFields on SupervisionNote {\n    id\n    version\n    status\n    occurrenceId\n    heldAt\n    lockedAt\n    updatedAt\n    textVisible\n    viewerParty\n    types\n    dimensions\n    driftCodes\n    strengths\n    concerns\n    supervisorNote\n    supervisorSignedAt\n    supervisorSignedBy {\n      id\n      name\n    }\n    reflections {\n      superviseeId\n      supervisee {\n        id\n        name\n      }\n      reflection\n      signedAt\n    }\n    actionItems {\n      ...SupervisionActionItemFields\n    }\n    amendments {\n      id\n      text\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n  }\n": types.SupervisionNoteFieldsFragmentDoc,
    "\n  query SupervisionNote($id: ID!) {\n    supervisionNote(id: $id) {\n      ...SupervisionNoteFields\n    }\n  }\n": types.SupervisionNoteDocument,
    "\n  mutation RecordSupervisionNote($input: RecordSupervisionNoteInput!) {\n    recordSupervisionNote(input: $input) {\n      ...SupervisionNoteFields\n    }\n  }\n": types.RecordSupervisionNoteDocument,
    "\n  mutation SignSupervisionNote($input: SignSupervisionNoteInput!) {\n    signSupervisionNote(input: $input) {\n      ...SupervisionNoteFields\n    }\n  }\n": types.SignSupervisionNoteDocument,
    "\n  mutation AmendSupervisionNote($input: AmendSupervisionNoteInput!) {\n    amendSupervisionNote(input: $input) {\n      ...SupervisionNoteFields\n    }\n  }\n": types.AmendSupervisionNoteDocument,
    "\n  mutation UpdateSupervisionActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      ...SupervisionActionItemFields\n    }\n  }\n": types.UpdateSupervisionActionItemDocument,
    "\n  query SupervisionDriftCodes {\n    supervisionDriftCodes {\n      code\n      family\n      label\n    }\n  }\n": types.SupervisionDriftCodesDocument,
    "\n  query SupervisionAgenda($superviseeId: ID!) {\n    supervisionAgenda(superviseeId: $superviseeId) {\n      superviseeId\n      since\n      olderOpenActionCount\n      supervisee {\n        id\n        name\n      }\n      nextOccurrence {\n        id\n        startsAt\n        status\n      }\n      openActionItems {\n        ...SupervisionActionItemFields\n      }\n      recentDriftCodes {\n        code\n        label\n        count\n        lastSeenAt\n      }\n      recentDimensions {\n        code\n        label\n        count\n      }\n    }\n  }\n": types.SupervisionAgendaDocument,
    "\n  query ReflectLanguage($text: String!) {\n    reflectLanguage(text: $text) {\n      wordCount\n      balance\n      hits {\n        phrase\n        pattern\n        weight\n        start\n        end\n        matchedText\n        suppressed\n        alternative\n      }\n      summary {\n        tone\n        headline\n        setAsideNote\n        mutualPhrases\n      }\n    }\n  }\n": types.ReflectLanguageDocument,
    "\n  fragment SupervisionOccurrenceFields on SupervisionOccurrence {\n    id\n    sessionId\n    title\n    startsAt\n    endsAt\n    originalStartsAt\n    durationMinutes\n    timeZone\n    status\n    statusReason\n    moved\n    adHoc\n    isRecurring\n    recurrenceText\n    modality\n    channel\n    location\n    link\n    icsPath\n    supervisorId\n    supervisor {\n      id\n      name\n    }\n    superviseeIds\n    supervisees {\n      id\n      name\n    }\n    note {\n      id\n      status\n      version\n      lockedAt\n      openActionItemCount\n    }\n  }\n": types.SupervisionOccurrenceFieldsFragmentDoc,
    "\n  query SupervisionOccurrence($id: ID!) {\n    supervisionOccurrence(id: $id) {\n      ...SupervisionOccurrenceFields\n    }\n  }\n": types.SupervisionOccurrenceDocument,
    "\n  query SupervisionOccurrences($filter: SupervisionSessionsFilterInput!) {\n    supervisionSessions(filter: $filter) {\n      ...SupervisionOccurrenceFields\n    }\n  }\n": types.SupervisionOccurrencesDocument,
    "\n  query SupervisionPeople {\n    me {\n      id\n      supervisees {\n        id\n        name\n        active\n      }\n    }\n  }\n": types.SupervisionPeopleDocument,
    "\n  query SupervisionSupervisors {\n    people(filter: { role: SUPERVISOR }, page: { skip: 0, take: 100 }) {\n      items {\n        id\n        name\n        supervisees {\n          id\n          name\n          active\n        }\n      }\n    }\n  }\n": types.SupervisionSupervisorsDocument,
    "\n  mutation ScheduleSupervision($input: ScheduleSupervisionInput!) {\n    scheduleSupervision(input: $input) {\n      warnings\n      session {\n        id\n        startsAt\n        recurrenceText\n      }\n    }\n  }\n": types.ScheduleSupervisionDocument,
    "\n  mutation CancelSupervisionOccurrence($input: CancelSupervisionOccurrenceInput!) {\n    cancelSupervisionOccurrence(input: $input) {\n      warnings\n      occurrence {\n        ...SupervisionOccurrenceFields\n      }\n    }\n  }\n": types.CancelSupervisionOccurrenceDocument,
    "\n  mutation MoveSupervisionOccurrence($input: MoveSupervisionOccurrenceInput!) {\n    moveSupervisionOccurrence(input: $input) {\n      warnings\n      occurrence {\n        ...SupervisionOccurrenceFields\n      }\n    }\n  }\n": types.MoveSupervisionOccurrenceDocument,
    "\n  mutation MarkSupervisionOccurrence($input: MarkSupervisionOccurrenceInput!) {\n    markSupervisionOccurrence(input: $input) {\n      warnings\n      occurrence {\n        ...SupervisionOccurrenceFields\n      }\n    }\n  }\n": types.MarkSupervisionOccurrenceDocument,
    "\n  mutation EndSupervisionSeries($input: EndSupervisionSeriesInput!) {\n    endSupervisionSeries(input: $input) {\n      warnings\n      session {\n        id\n        recurrenceText\n        seriesEndsAt\n      }\n    }\n  }\n": types.EndSupervisionSeriesDocument,
    "\n  query CalendarFeed {\n    calendarFeed {\n      active\n      createdAt\n    }\n  }\n": types.CalendarFeedDocument,
    "\n  mutation CreateCalendarFeed {\n    createCalendarFeed\n  }\n": types.CreateCalendarFeedDocument,
    "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n": types.RevokeCalendarFeedDocument,
    "\n  query TeamsOverview($includeArchived: Boolean!) {\n    programs(includeArchived: $includeArchived) {\n      id\n      name\n      description\n      archived\n    }\n    teams(filter: { includeArchived: $includeArchived }) {\n      id\n      name\n      description\n      archived\n      memberCount\n      programId\n    }\n  }\n": types.TeamsOverviewDocument,
    "\n  query TeamOptions {\n    programs {\n      id\n      name\n    }\n    teams {\n      id\n      name\n      programId\n    }\n  }\n": types.TeamOptionsDocument,
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
export function graphql(source: "\n  fragment ActionFields on Action {\n    id\n    scope\n    status\n    overdue\n    textVisible\n    description\n    canUpdate\n    source\n    team {\n      id\n      name\n    }\n    person {\n      id\n      name\n    }\n    supervisor {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    dueOn\n    createdOn\n    completedOn\n    metric\n    metricLabel\n    worseDirection\n    signalPeriod\n    signalRule\n    signalDirection\n    before {\n      period\n      value\n    }\n    after {\n      period\n      value\n    }\n    change\n  }\n"): (typeof documents)["\n  fragment ActionFields on Action {\n    id\n    scope\n    status\n    overdue\n    textVisible\n    description\n    canUpdate\n    source\n    team {\n      id\n      name\n    }\n    person {\n      id\n      name\n    }\n    supervisor {\n      id\n      name\n    }\n    owner {\n      id\n      name\n    }\n    dueOn\n    createdOn\n    completedOn\n    metric\n    metricLabel\n    worseDirection\n    signalPeriod\n    signalRule\n    signalDirection\n    before {\n      period\n      value\n    }\n    after {\n      period\n      value\n    }\n    change\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionsPage($input: ActionsPageInput) {\n    actions(input: $input) {\n      total\n      overdue\n      offset\n      limit\n      items {\n        ...ActionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionsPage($input: ActionsPageInput) {\n    actions(input: $input) {\n      total\n      overdue\n      offset\n      limit\n      items {\n        ...ActionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      ...ActionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAction($input: CreateActionInput!) {\n    createAction(input: $input) {\n      ...ActionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetActionStatus($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SetActionStatus($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditEvents($input: AuditEventsInput) {\n    auditEvents(input: $input) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      items {\n        id\n        createdAt\n        actorId\n        actorName\n        action\n        actionLabel\n        category\n        readAs\n        entity\n        entityId\n        subject\n        summary\n        requestId\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditEvents($input: AuditEventsInput) {\n    auditEvents(input: $input) {\n      totalCount\n      totalCountCapped\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      items {\n        id\n        createdAt\n        actorId\n        actorName\n        action\n        actionLabel\n        category\n        readAs\n        entity\n        entityId\n        subject\n        summary\n        requestId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditOptions {\n    auditActions {\n      action\n      label\n      category\n    }\n    auditEntities {\n      entity\n      label\n    }\n    people(page: { take: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditOptions {\n    auditActions {\n      action\n      label\n      category\n    }\n    auditEntities {\n      entity\n      label\n    }\n    people(page: { take: 100 }) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input)\n  }\n"): (typeof documents)["\n  mutation CreateOrganization($input: CreateOrganizationInput!) {\n    createOrganization(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      personName\n      email\n      organizationName\n      passwordChosen\n    }\n  }\n"): (typeof documents)["\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      personName\n      email\n      organizationName\n      passwordChosen\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      person {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      person {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PasswordReset($token: String!) {\n    passwordReset(token: $token) {\n      personName\n      email\n      organizationName\n    }\n  }\n"): (typeof documents)["\n  query PasswordReset($token: String!) {\n    passwordReset(token: $token) {\n      personName\n      email\n      organizationName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChecklistSummary on Checklist {\n    id\n    status\n    raterType\n    raterId\n    rater {\n      id\n      name\n    }\n    subjectId\n    subject {\n      id\n      name\n    }\n    revision\n    version\n    createdAt\n    updatedAt\n    submittedAt\n    observationStart\n    observationEnd\n    mutualityIndex\n    mutualityIndex100\n    band\n    completeness {\n      answered\n      expected\n    }\n    scores {\n      dimensionCode\n      score\n      answered\n      expected\n      insufficient\n    }\n  }\n"): (typeof documents)["\n  fragment ChecklistSummary on Checklist {\n    id\n    status\n    raterType\n    raterId\n    rater {\n      id\n      name\n    }\n    subjectId\n    subject {\n      id\n      name\n    }\n    revision\n    version\n    createdAt\n    updatedAt\n    submittedAt\n    observationStart\n    observationEnd\n    mutualityIndex\n    mutualityIndex100\n    band\n    completeness {\n      answered\n      expected\n    }\n    scores {\n      dimensionCode\n      score\n      answered\n      expected\n      insufficient\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChecklistDetail on Checklist {\n    ...ChecklistSummary\n    answers {\n      itemCode\n      value\n      comment\n    }\n    developmentAreas\n    itemAlerts {\n      itemCode\n      dimensionCode\n      driftPattern\n      value\n    }\n    hierarchicalDriftIndex\n    medicalModelDriftIndex\n    organisationalDriftIndex\n    revisions {\n      revision\n      submittedAt\n      amendedByName\n      reason\n      mutualityIndex\n      createdAt\n    }\n    instrumentVersion {\n      id\n      version\n      title\n      definitionJson\n    }\n  }\n"): (typeof documents)["\n  fragment ChecklistDetail on Checklist {\n    ...ChecklistSummary\n    answers {\n      itemCode\n      value\n      comment\n    }\n    developmentAreas\n    itemAlerts {\n      itemCode\n      dimensionCode\n      driftPattern\n      value\n    }\n    hierarchicalDriftIndex\n    medicalModelDriftIndex\n    organisationalDriftIndex\n    revisions {\n      revision\n      submittedAt\n      amendedByName\n      reason\n      mutualityIndex\n      createdAt\n    }\n    instrumentVersion {\n      id\n      version\n      title\n      definitionJson\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChecklistsDue($withinDays: Int!) {\n    checklistsDue(withinDays: $withinDays) {\n      subjectId\n      subjectName\n      raterType\n      instrumentKey\n      dueDate\n      status\n      lastSubmittedAt\n      draftId\n    }\n  }\n"): (typeof documents)["\n  query ChecklistsDue($withinDays: Int!) {\n    checklistsDue(withinDays: $withinDays) {\n      subjectId\n      subjectName\n      raterType\n      instrumentKey\n      dueDate\n      status\n      lastSubmittedAt\n      draftId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChecklistList($filter: ChecklistFilterInput, $page: PageInput) {\n    checklists(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...ChecklistSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChecklistList($filter: ChecklistFilterInput, $page: PageInput) {\n    checklists(filter: $filter, page: $page) {\n      totalCount\n      items {\n        ...ChecklistSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Checklist($id: ID!) {\n    checklist(id: $id) {\n      ...ChecklistDetail\n    }\n  }\n"): (typeof documents)["\n  query Checklist($id: ID!) {\n    checklist(id: $id) {\n      ...ChecklistDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartChecklist($input: StartChecklistInput!) {\n    startChecklist(input: $input) {\n      id\n      status\n      raterType\n    }\n  }\n"): (typeof documents)["\n  mutation StartChecklist($input: StartChecklistInput!) {\n    startChecklist(input: $input) {\n      id\n      status\n      raterType\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveChecklistAnswers($input: SaveChecklistAnswersInput!) {\n    saveChecklistAnswers(input: $input) {\n      id\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SaveChecklistAnswers($input: SaveChecklistAnswersInput!) {\n    saveChecklistAnswers(input: $input) {\n      id\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitChecklist($input: SubmitChecklistInput!) {\n    submitChecklist(input: $input) {\n      ...ChecklistDetail\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitChecklist($input: SubmitChecklistInput!) {\n    submitChecklist(input: $input) {\n      ...ChecklistDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendChecklist($input: AmendChecklistInput!) {\n    amendChecklist(input: $input) {\n      ...ChecklistDetail\n    }\n  }\n"): (typeof documents)["\n  mutation AmendChecklist($input: AmendChecklistInput!) {\n    amendChecklist(input: $input) {\n      ...ChecklistDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePersonServedLink($subjectId: ID!) {\n    createPersonServedLink(subjectId: $subjectId) {\n      url\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePersonServedLink($subjectId: ID!) {\n    createPersonServedLink(subjectId: $subjectId) {\n      url\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnTrend($personId: ID!, $filter: DriftFilterInput) {\n    personDrift(personId: $personId, filter: $filter) {\n      from\n      to\n      metrics {\n        metric\n        label\n        points {\n          period\n          periodStart\n          n\n          suppressed\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OwnTrend($personId: ID!, $filter: DriftFilterInput) {\n    personDrift(personId: $personId, filter: $filter) {\n      from\n      to\n      metrics {\n        metric\n        label\n        points {\n          period\n          periodStart\n          n\n          suppressed\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChecklistSupervisees {\n    me {\n      id\n      supervisees {\n        id\n        name\n        jobTitle\n        active\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChecklistSupervisees {\n    me {\n      id\n      supervisees {\n        id\n        name\n        jobTitle\n        active\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DriftSignalFields on DriftSignal {\n    id\n    metric\n    metricLabel\n    period\n    since\n    rule\n    message\n    severity\n    direction\n    inForce\n    beforeRange\n  }\n"): (typeof documents)["\n  fragment DriftSignalFields on DriftSignal {\n    id\n    metric\n    metricLabel\n    period\n    since\n    rule\n    message\n    severity\n    direction\n    inForce\n    beforeRange\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MetricSeriesFields on MetricSeries {\n    metric\n    label\n    badDirection\n    points {\n      period\n      periodStart\n      value\n      n\n      suppressed\n    }\n    limits {\n      centre\n      upper\n      lower\n      sigma\n      baselinePeriods\n      restarts\n      points {\n        period\n        centre\n        lower\n        upper\n        cusumWorse\n        cusumBetter\n        cusumLimit\n      }\n    }\n    signals {\n      ...DriftSignalFields\n    }\n  }\n"): (typeof documents)["\n  fragment MetricSeriesFields on MetricSeries {\n    metric\n    label\n    badDirection\n    points {\n      period\n      periodStart\n      value\n      n\n      suppressed\n    }\n    limits {\n      centre\n      upper\n      lower\n      sigma\n      baselinePeriods\n      restarts\n      points {\n        period\n        centre\n        lower\n        upper\n        cusumWorse\n        cusumBetter\n        cusumLimit\n      }\n    }\n    signals {\n      ...DriftSignalFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnnotationFields on Annotation {\n    id\n    teamId\n    personId\n    onDate\n    label\n    kind\n    details\n    automatic\n  }\n"): (typeof documents)["\n  fragment AnnotationFields on Annotation {\n    id\n    teamId\n    personId\n    onDate\n    label\n    kind\n    details\n    automatic\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DriftOverview($filter: DriftFilterInput) {\n    driftOverview(filter: $filter) {\n      from\n      to\n      granularity\n      periods\n      raterTypes\n      minCellSize\n      kpis {\n        teams\n        teamsWithAlerts\n        teamsOnWatch\n        teamsImproving\n        mutualityIndex\n        band\n        checklists\n        supervisionRatio\n      }\n      teams {\n        team {\n          id\n          name\n          memberCount\n        }\n        program {\n          id\n          name\n        }\n        latest {\n          period\n          band\n          mutualityIndex\n          hierarchicalDriftIndex\n          medicalModelDriftIndex\n          organisationalDriftIndex\n          n\n        }\n        activeSignals {\n          ...DriftSignalFields\n        }\n        dimensions {\n          dimensionCode\n          dimensionTitle\n          score\n          n\n          suppressed\n        }\n        series {\n          ...MetricSeriesFields\n        }\n        supervision {\n          ratio\n          recorded\n          required\n          overdueCount\n          superviseeCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DriftOverview($filter: DriftFilterInput) {\n    driftOverview(filter: $filter) {\n      from\n      to\n      granularity\n      periods\n      raterTypes\n      minCellSize\n      kpis {\n        teams\n        teamsWithAlerts\n        teamsOnWatch\n        teamsImproving\n        mutualityIndex\n        band\n        checklists\n        supervisionRatio\n      }\n      teams {\n        team {\n          id\n          name\n          memberCount\n        }\n        program {\n          id\n          name\n        }\n        latest {\n          period\n          band\n          mutualityIndex\n          hierarchicalDriftIndex\n          medicalModelDriftIndex\n          organisationalDriftIndex\n          n\n        }\n        activeSignals {\n          ...DriftSignalFields\n        }\n        dimensions {\n          dimensionCode\n          dimensionTitle\n          score\n          n\n          suppressed\n        }\n        series {\n          ...MetricSeriesFields\n        }\n        supervision {\n          ratio\n          recorded\n          required\n          overdueCount\n          superviseeCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamDrift($teamId: ID!, $filter: DriftFilterInput) {\n    teamDrift(teamId: $teamId, filter: $filter) {\n      from\n      to\n      granularity\n      raterTypes\n      minCellSize\n      team {\n        id\n        name\n        memberCount\n        program {\n          id\n          name\n        }\n      }\n      metrics {\n        ...MetricSeriesFields\n      }\n      itemsMoved {\n        itemCode\n        dimensionCode\n        prompt\n        polarity\n        driftPattern\n        before\n        after\n        change\n        worse\n      }\n      selfVsOthers {\n        period\n        self\n        others\n        gap\n      }\n      annotations {\n        ...AnnotationFields\n      }\n      supervision {\n        period\n        held\n        missed\n        cancelled\n        unrecorded\n        clinicianOnly\n      }\n      actionMarkers {\n        id\n        createdOn\n        description\n        dimensionCode\n        dueDate\n        ownerName\n        signalId\n        status\n        scope\n        metric\n        overdue\n        before\n        after\n        outcome\n        outcomeSignalId\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamDrift($teamId: ID!, $filter: DriftFilterInput) {\n    teamDrift(teamId: $teamId, filter: $filter) {\n      from\n      to\n      granularity\n      raterTypes\n      minCellSize\n      team {\n        id\n        name\n        memberCount\n        program {\n          id\n          name\n        }\n      }\n      metrics {\n        ...MetricSeriesFields\n      }\n      itemsMoved {\n        itemCode\n        dimensionCode\n        prompt\n        polarity\n        driftPattern\n        before\n        after\n        change\n        worse\n      }\n      selfVsOthers {\n        period\n        self\n        others\n        gap\n      }\n      annotations {\n        ...AnnotationFields\n      }\n      supervision {\n        period\n        held\n        missed\n        cancelled\n        unrecorded\n        clinicianOnly\n      }\n      actionMarkers {\n        id\n        createdOn\n        description\n        dimensionCode\n        dueDate\n        ownerName\n        signalId\n        status\n        scope\n        metric\n        overdue\n        before\n        after\n        outcome\n        outcomeSignalId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonDrift($personId: ID!, $filter: DriftFilterInput) {\n    personDrift(personId: $personId, filter: $filter) {\n      from\n      to\n      granularity\n      raterTypes\n      person {\n        id\n        name\n        team {\n          id\n          name\n        }\n        supervisor {\n          id\n          name\n        }\n      }\n      metrics {\n        ...MetricSeriesFields\n      }\n      selfVsOthers {\n        period\n        self\n        others\n        gap\n      }\n      annotations {\n        ...AnnotationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonDrift($personId: ID!, $filter: DriftFilterInput) {\n    personDrift(personId: $personId, filter: $filter) {\n      from\n      to\n      granularity\n      raterTypes\n      person {\n        id\n        name\n        team {\n          id\n          name\n        }\n        supervisor {\n          id\n          name\n        }\n      }\n      metrics {\n        ...MetricSeriesFields\n      }\n      selfVsOthers {\n        period\n        self\n        others\n        gap\n      }\n      annotations {\n        ...AnnotationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DriftTeamMembers($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      members {\n        id\n        name\n        jobTitle\n        supervisor {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DriftTeamMembers($id: ID!) {\n    team(id: $id) {\n      id\n      name\n      members {\n        id\n        name\n        jobTitle\n        supervisor {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DriftSupervision($filter: SupervisionComplianceFilterInput) {\n    supervisionCompliance(filter: $filter) {\n      from\n      to\n      total {\n        ratio\n        recorded\n        required\n        overdue\n        supervisees\n      }\n      teams {\n        id\n        ratio\n        recorded\n        required\n        overdue\n        behind\n        supervisees\n      }\n    }\n  }\n"): (typeof documents)["\n  query DriftSupervision($filter: SupervisionComplianceFilterInput) {\n    supervisionCompliance(filter: $filter) {\n      from\n      to\n      total {\n        ratio\n        recorded\n        required\n        overdue\n        supervisees\n      }\n      teams {\n        id\n        ratio\n        recorded\n        required\n        overdue\n        behind\n        supervisees\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DriftLanguageDensity($filter: LanguageSeriesFilterInput!) {\n    languageDensitySeries(filter: $filter) {\n      teamId\n      team {\n        id\n        name\n      }\n      points {\n        month\n        notes\n        suppressed\n        balance\n        densities {\n          medicalModel\n          hierarchical\n          errand\n          mutuality\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DriftLanguageDensity($filter: LanguageSeriesFilterInput!) {\n    languageDensitySeries(filter: $filter) {\n      teamId\n      team {\n        id\n        name\n      }\n      points {\n        month\n        notes\n        suppressed\n        balance\n        densities {\n          medicalModel\n          hierarchical\n          errand\n          mutuality\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignalChecklists($filter: ChecklistFilterInput, $page: PageInput) {\n    checklists(filter: $filter, page: $page) {\n      totalCount\n      items {\n        id\n        raterType\n        submittedAt\n        mutualityIndex\n        band\n        subject {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignalChecklists($filter: ChecklistFilterInput, $page: PageInput) {\n    checklists(filter: $filter, page: $page) {\n      totalCount\n      items {\n        id\n        raterType\n        submittedAt\n        mutualityIndex\n        band\n        subject {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDriftAnnotation($input: CreateAnnotationInput!) {\n    createAnnotation(input: $input) {\n      ...AnnotationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDriftAnnotation($input: CreateAnnotationInput!) {\n    createAnnotation(input: $input) {\n      ...AnnotationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateDriftAnnotation($input: UpdateAnnotationInput!) {\n    updateAnnotation(input: $input) {\n      ...AnnotationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateDriftAnnotation($input: UpdateAnnotationInput!) {\n    updateAnnotation(input: $input) {\n      ...AnnotationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDriftAnnotation($annotationId: ID!) {\n    deleteAnnotation(annotationId: $annotationId)\n  }\n"): (typeof documents)["\n  mutation DeleteDriftAnnotation($annotationId: ID!) {\n    deleteAnnotation(annotationId: $annotationId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDriftAction($input: CreateDriftActionInput!) {\n    createDriftAction(input: $input) {\n      id\n      createdOn\n      description\n      dimensionCode\n      dueDate\n      ownerName\n      signalId\n      status\n      before\n      after\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDriftAction($input: CreateDriftActionInput!) {\n    createDriftAction(input: $input) {\n      id\n      createdOn\n      description\n      dimensionCode\n      dueDate\n      ownerName\n      signalId\n      status\n      before\n      after\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RebaselineTeam($input: RebaselineTeamInput!) {\n    rebaselineTeam(input: $input) {\n      id\n      teamId\n      fromDate\n      reason\n    }\n  }\n"): (typeof documents)["\n  mutation RebaselineTeam($input: RebaselineTeamInput!) {\n    rebaselineTeam(input: $input) {\n      id\n      teamId\n      fromDate\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteBaselineReset($id: ID!) {\n    deleteBaselineReset(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteBaselineReset($id: ID!) {\n    deleteBaselineReset(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonServedForm($token: String!) {\n    personServedForm(token: $token) {\n      peerFirstName\n      organizationName\n      definitionJson\n    }\n  }\n"): (typeof documents)["\n  query PersonServedForm($token: String!) {\n    personServedForm(token: $token) {\n      peerFirstName\n      organizationName\n      definitionJson\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitPersonServedFeedback($input: PersonServedAnswersInput!) {\n    submitPersonServedFeedback(input: $input)\n  }\n"): (typeof documents)["\n  mutation SubmitPersonServedFeedback($input: PersonServedAnswersInput!) {\n    submitPersonServedFeedback(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeOverview {\n    me {\n      id\n      name\n      jobTitle\n      roles\n      startedOn\n      roleGrants {\n        role\n        programId\n      }\n      team {\n        id\n        name\n        program {\n          id\n          name\n        }\n      }\n      supervisor {\n        id\n        name\n        email\n      }\n      supervisees {\n        id\n        name\n        invitationPending\n        team {\n          id\n          name\n        }\n      }\n    }\n    programs {\n      id\n      name\n    }\n    teams {\n      id\n    }\n    people(page: { skip: 0, take: 1 }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query HomeOverview {\n    me {\n      id\n      name\n      jobTitle\n      roles\n      startedOn\n      roleGrants {\n        role\n        programId\n      }\n      team {\n        id\n        name\n        program {\n          id\n          name\n        }\n      }\n      supervisor {\n        id\n        name\n        email\n      }\n      supervisees {\n        id\n        name\n        invitationPending\n        team {\n          id\n          name\n        }\n      }\n    }\n    programs {\n      id\n      name\n    }\n    teams {\n      id\n    }\n    people(page: { skip: 0, take: 1 }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeSupervision {\n    supervisionCompliance {\n      supervisees {\n        superviseeId\n        overdue\n        daysSinceLast\n        recorded\n        required\n        status\n        supervisee {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeSupervision {\n    supervisionCompliance {\n      supervisees {\n        superviseeId\n        overdue\n        daysSinceLast\n        recorded\n        required\n        status\n        supervisee {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeDriftKpis {\n    driftOverview {\n      kpis {\n        teams\n        teamsWithAlerts\n        teamsOnWatch\n        mutualityIndex\n        band\n        checklists\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeDriftKpis {\n    driftOverview {\n      kpis {\n        teams\n        teamsWithAlerts\n        teamsOnWatch\n        mutualityIndex\n        band\n        checklists\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeSupervisionAgenda($superviseeId: ID!) {\n    supervisionAgenda(superviseeId: $superviseeId) {\n      superviseeId\n      nextOccurrence {\n        id\n        startsAt\n        title\n        modality\n      }\n      openActionItems {\n        id\n        description\n        dimension\n        dueOn\n        driftSignalId\n        textVisible\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeSupervisionAgenda($superviseeId: ID!) {\n    supervisionAgenda(superviseeId: $superviseeId) {\n      superviseeId\n      nextOccurrence {\n        id\n        startsAt\n        title\n        modality\n      }\n      openActionItems {\n        id\n        description\n        dimension\n        dueOn\n        driftSignalId\n        textVisible\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InstrumentVersionFields on InstrumentVersion {\n    id\n    version\n    status\n    publishedAt\n    title\n    scaleLabels\n    naLabel\n    problems\n    dimensions {\n      code\n      title\n      shortTitle\n      inIndex\n    }\n    items {\n      code\n      dimensionCode\n      order\n      help\n      polarity\n      driftPattern\n      naAllowed\n      inShortForm\n      reflectionPrompt\n      prompts {\n        self\n        supervisor\n        reviewer\n        personServed\n      }\n    }\n    crosswalk {\n      fromItemCode\n      toItemCode\n    }\n  }\n"): (typeof documents)["\n  fragment InstrumentVersionFields on InstrumentVersion {\n    id\n    version\n    status\n    publishedAt\n    title\n    scaleLabels\n    naLabel\n    problems\n    dimensions {\n      code\n      title\n      shortTitle\n      inIndex\n    }\n    items {\n      code\n      dimensionCode\n      order\n      help\n      polarity\n      driftPattern\n      naAllowed\n      inShortForm\n      reflectionPrompt\n      prompts {\n        self\n        supervisor\n        reviewer\n        personServed\n      }\n    }\n    crosswalk {\n      fromItemCode\n      toItemCode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstrumentList {\n    instruments(includeUnpublished: true) {\n      id\n      key\n      title\n      description\n      level\n      versions {\n        id\n        version\n        status\n        publishedAt\n      }\n      draft {\n        id\n        version\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstrumentList {\n    instruments(includeUnpublished: true) {\n      id\n      key\n      title\n      description\n      level\n      versions {\n        id\n        version\n        status\n        publishedAt\n      }\n      draft {\n        id\n        version\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstrumentEditor($key: String!) {\n    instrument(key: $key) {\n      id\n      key\n      title\n      description\n      level\n      versions {\n        id\n        version\n        status\n        publishedAt\n      }\n      draft {\n        ...InstrumentVersionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstrumentEditor($key: String!) {\n    instrument(key: $key) {\n      id\n      key\n      title\n      description\n      level\n      versions {\n        id\n        version\n        status\n        publishedAt\n      }\n      draft {\n        ...InstrumentVersionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstrumentPublished($key: String!) {\n    instrument(key: $key) {\n      id\n      currentVersion {\n        ...InstrumentVersionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstrumentPublished($key: String!) {\n    instrument(key: $key) {\n      id\n      currentVersion {\n        ...InstrumentVersionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportInstrument($key: String!, $format: InstrumentFormat!, $version: Int) {\n    exportInstrument(instrumentKey: $key, format: $format, version: $version)\n  }\n"): (typeof documents)["\n  query ExportInstrument($key: String!, $format: InstrumentFormat!, $version: Int) {\n    exportInstrument(instrumentKey: $key, format: $format, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInstrumentDraft($key: String!) {\n    createInstrumentDraft(instrumentKey: $key) {\n      ...InstrumentVersionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInstrumentDraft($key: String!) {\n    createInstrumentDraft(instrumentKey: $key) {\n      ...InstrumentVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInstrumentItem($input: UpdateInstrumentItemInput!) {\n    updateInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInstrumentItem($input: UpdateInstrumentItemInput!) {\n    updateInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddInstrumentItem($input: AddInstrumentItemInput!) {\n    addInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddInstrumentItem($input: AddInstrumentItemInput!) {\n    addInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireInstrumentItem($input: RetireInstrumentItemInput!) {\n    retireInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n"): (typeof documents)["\n  mutation RetireInstrumentItem($input: RetireInstrumentItemInput!) {\n    retireInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveInstrumentItem($input: MoveInstrumentItemInput!) {\n    moveInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n"): (typeof documents)["\n  mutation MoveInstrumentItem($input: MoveInstrumentItemInput!) {\n    moveInstrumentItem(input: $input) {\n      ...InstrumentVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishInstrumentDraft($key: String!) {\n    publishInstrumentDraft(instrumentKey: $key) {\n      id\n      version\n      status\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PublishInstrumentDraft($key: String!) {\n    publishInstrumentDraft(instrumentKey: $key) {\n      id\n      version\n      status\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardInstrumentDraft($key: String!) {\n    discardInstrumentDraft(instrumentKey: $key)\n  }\n"): (typeof documents)["\n  mutation DiscardInstrumentDraft($key: String!) {\n    discardInstrumentDraft(instrumentKey: $key)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportInstrument($input: ImportInstrumentInput!) {\n    importInstrument(input: $input) {\n      id\n      version\n      title\n      definitionJson\n    }\n  }\n"): (typeof documents)["\n  mutation ImportInstrument($input: ImportInstrumentInput!) {\n    importInstrument(input: $input) {\n      id\n      version\n      title\n      definitionJson\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChecklistPolicyPrograms {\n    programs {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ChecklistPolicyPrograms {\n    programs {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChecklistPolicy($programId: ID!) {\n    checklistPolicy(programId: $programId) {\n      programId\n      selfEveryDays\n      supervisorEveryDays\n      personServedEveryDays\n    }\n  }\n"): (typeof documents)["\n  query ChecklistPolicy($programId: ID!) {\n    checklistPolicy(programId: $programId) {\n      programId\n      selfEveryDays\n      supervisorEveryDays\n      personServedEveryDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateChecklistPolicy($input: ChecklistPolicyInput!) {\n    updateChecklistPolicy(input: $input) {\n      programId\n      selfEveryDays\n      supervisorEveryDays\n      personServedEveryDays\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateChecklistPolicy($input: ChecklistPolicyInput!) {\n    updateChecklistPolicy(input: $input) {\n      programId\n      selfEveryDays\n      supervisorEveryDays\n      personServedEveryDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($input: NotificationsInput) {\n    notifications(input: $input) {\n      totalCount\n      unreadCount\n      items {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($input: NotificationsInput) {\n    notifications(input: $input) {\n      totalCount\n      unreadCount\n      items {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($input: MarkNotificationReadInput!) {\n    markNotificationRead(input: $input) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($input: MarkNotificationReadInput!) {\n    markNotificationRead(input: $input) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      channel\n      label\n    }\n    notificationSettings {\n      timeZone\n      digestWeekday\n      digestTime\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      channel\n      label\n    }\n    notificationSettings {\n      timeZone\n      digestWeekday\n      digestTime\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      channel\n      label\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      channel\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      timeZone\n      digestWeekday\n      digestTime\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      timeZone\n      digestWeekday\n      digestTime\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboxMessages($filter: OutboxFilterInput, $page: PageInput) {\n    outboxMessages(filter: $filter, page: $page) {\n      totalCount\n      items {\n        id\n        kind\n        createdAt\n        toAddress\n        subject\n        bodyText\n        actionUrl\n        status\n        attempts\n        lastError\n        sendAfter\n        sentAt\n        recipient {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutboxMessages($filter: OutboxFilterInput, $page: PageInput) {\n    outboxMessages(filter: $filter, page: $page) {\n      totalCount\n      items {\n        id\n        kind\n        createdAt\n        toAddress\n        subject\n        bodyText\n        actionUrl\n        status\n        attempts\n        lastError\n        sendAfter\n        sentAt\n        recipient {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboxSummary {\n    outboxSummary {\n      mailConfigured\n      held\n      queued\n      sending\n      sent\n      failed\n    }\n  }\n"): (typeof documents)["\n  query OutboxSummary {\n    outboxSummary {\n      mailConfigured\n      held\n      queued\n      sending\n      sent\n      failed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryOutboxMessage($input: RetryOutboxMessageInput!) {\n    retryOutboxMessage(input: $input) {\n      id\n      status\n      attempts\n      lastError\n    }\n  }\n"): (typeof documents)["\n  mutation RetryOutboxMessage($input: RetryOutboxMessageInput!) {\n    retryOutboxMessage(input: $input) {\n      id\n      status\n      attempts\n      lastError\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation ImportRoster($input: ImportRosterInput!) {\n    importRoster(input: $input) {\n      dryRun\n      applied\n      totalRows\n      createCount\n      updateCount\n      errorCount\n      fileErrors\n      rows {\n        line\n        name\n        email\n        team\n        roles\n        supervisorEmail\n        action\n        errors\n        invited\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportRoster($input: ImportRosterInput!) {\n    importRoster(input: $input) {\n      dryRun\n      applied\n      totalRows\n      createCount\n      updateCount\n      errorCount\n      fileErrors\n      rows {\n        line\n        name\n        email\n        team\n        roles\n        supervisorEmail\n        action\n        errors\n        invited\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query SupervisionCompliance($filter: SupervisionComplianceFilterInput) {\n    supervisionCompliance(filter: $filter) {\n      from\n      to\n      supervisees {\n        superviseeId\n        supervisee {\n          id\n          name\n        }\n        team {\n          id\n          name\n        }\n        programId\n        required\n        recorded\n        ratio\n        daysSinceLast\n        lastSessionAt\n        currentIntervalDays\n        overdue\n        status\n        policyPreset\n        reconciliation {\n          heldNotDocumented\n          documentedNotScheduled\n          pastStillScheduled\n        }\n      }\n      teams {\n        ...SupervisionComplianceAggregateFields\n      }\n      programs {\n        ...SupervisionComplianceAggregateFields\n      }\n      total {\n        ...SupervisionComplianceAggregateFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionCompliance($filter: SupervisionComplianceFilterInput) {\n    supervisionCompliance(filter: $filter) {\n      from\n      to\n      supervisees {\n        superviseeId\n        supervisee {\n          id\n          name\n        }\n        team {\n          id\n          name\n        }\n        programId\n        required\n        recorded\n        ratio\n        daysSinceLast\n        lastSessionAt\n        currentIntervalDays\n        overdue\n        status\n        policyPreset\n        reconciliation {\n          heldNotDocumented\n          documentedNotScheduled\n          pastStillScheduled\n        }\n      }\n      teams {\n        ...SupervisionComplianceAggregateFields\n      }\n      programs {\n        ...SupervisionComplianceAggregateFields\n      }\n      total {\n        ...SupervisionComplianceAggregateFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionComplianceAggregateFields on SupervisionComplianceAggregate {\n    id\n    supervisees\n    required\n    recorded\n    ratio\n    onTrack\n    behind\n    overdue\n    reconciliation {\n      heldNotDocumented\n      documentedNotScheduled\n      pastStillScheduled\n    }\n  }\n"): (typeof documents)["\n  fragment SupervisionComplianceAggregateFields on SupervisionComplianceAggregate {\n    id\n    supervisees\n    required\n    recorded\n    ratio\n    onTrack\n    behind\n    overdue\n    reconciliation {\n      heldNotDocumented\n      documentedNotScheduled\n      pastStillScheduled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionPrograms {\n    programs {\n      id\n      name\n      teams {\n        id\n        name\n        archived\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionPrograms {\n    programs {\n      id\n      name\n      teams {\n        id\n        name\n        archived\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionPolicy($programId: ID!) {\n    supervisionPolicy(programId: $programId) {\n      programId\n      preset\n      presetLabel\n      isDefault\n      stages {\n        untilMonths\n        everyDays\n      }\n      countingModalities\n      minimumMinutes\n      requireDocumentation\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  query SupervisionPolicy($programId: ID!) {\n    supervisionPolicy(programId: $programId) {\n      programId\n      preset\n      presetLabel\n      isDefault\n      stages {\n        untilMonths\n        everyDays\n      }\n      countingModalities\n      minimumMinutes\n      requireDocumentation\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSupervisionPolicy($input: UpdateSupervisionPolicyInput!) {\n    updateSupervisionPolicy(input: $input) {\n      programId\n      preset\n      presetLabel\n      isDefault\n      stages {\n        untilMonths\n        everyDays\n      }\n      countingModalities\n      minimumMinutes\n      requireDocumentation\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSupervisionPolicy($input: UpdateSupervisionPolicyInput!) {\n    updateSupervisionPolicy(input: $input) {\n      programId\n      preset\n      presetLabel\n      isDefault\n      stages {\n        untilMonths\n        everyDays\n      }\n      countingModalities\n      minimumMinutes\n      requireDocumentation\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Lexicon {\n    lexicon {\n      phrase\n      pattern\n      weight\n      defaultWeight\n      enabled\n      source\n      alternative\n      variants\n    }\n  }\n"): (typeof documents)["\n  query Lexicon {\n    lexicon {\n      phrase\n      pattern\n      weight\n      defaultWeight\n      enabled\n      source\n      alternative\n      variants\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpsertLexiconEntry($input: UpsertLexiconEntryInput!) {\n    upsertLexiconEntry(input: $input) {\n      phrase\n      pattern\n      weight\n      defaultWeight\n      enabled\n      source\n      alternative\n      variants\n    }\n  }\n"): (typeof documents)["\n  mutation UpsertLexiconEntry($input: UpsertLexiconEntryInput!) {\n    upsertLexiconEntry(input: $input) {\n      phrase\n      pattern\n      weight\n      defaultWeight\n      enabled\n      source\n      alternative\n      variants\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLexiconEntry($phrase: String!) {\n    deleteLexiconEntry(phrase: $phrase)\n  }\n"): (typeof documents)["\n  mutation DeleteLexiconEntry($phrase: String!) {\n    deleteLexiconEntry(phrase: $phrase)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionActionItemFields on SupervisionActionItem {\n    id\n    description\n    textVisible\n    dimension\n    dueOn\n    status\n    ownerId\n    owner {\n      id\n      name\n    }\n    noteId\n    occurrenceId\n    driftSignalId\n    superviseeId\n    completedAt\n  }\n"): (typeof documents)["\n  fragment SupervisionActionItemFields on SupervisionActionItem {\n    id\n    description\n    textVisible\n    dimension\n    dueOn\n    status\n    ownerId\n    owner {\n      id\n      name\n    }\n    noteId\n    occurrenceId\n    driftSignalId\n    superviseeId\n    completedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionNoteFields on SupervisionNote {\n    id\n    version\n    status\n    occurrenceId\n    heldAt\n    lockedAt\n    updatedAt\n    textVisible\n    viewerParty\n    types\n    dimensions\n    driftCodes\n    strengths\n    concerns\n    supervisorNote\n    supervisorSignedAt\n    supervisorSignedBy {\n      id\n      name\n    }\n    reflections {\n      superviseeId\n      supervisee {\n        id\n        name\n      }\n      reflection\n      signedAt\n    }\n    actionItems {\n      ...SupervisionActionItemFields\n    }\n    amendments {\n      id\n      text\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SupervisionNoteFields on SupervisionNote {\n    id\n    version\n    status\n    occurrenceId\n    heldAt\n    lockedAt\n    updatedAt\n    textVisible\n    viewerParty\n    types\n    dimensions\n    driftCodes\n    strengths\n    concerns\n    supervisorNote\n    supervisorSignedAt\n    supervisorSignedBy {\n      id\n      name\n    }\n    reflections {\n      superviseeId\n      supervisee {\n        id\n        name\n      }\n      reflection\n      signedAt\n    }\n    actionItems {\n      ...SupervisionActionItemFields\n    }\n    amendments {\n      id\n      text\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionNote($id: ID!) {\n    supervisionNote(id: $id) {\n      ...SupervisionNoteFields\n    }\n  }\n"): (typeof documents)["\n  query SupervisionNote($id: ID!) {\n    supervisionNote(id: $id) {\n      ...SupervisionNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSupervisionNote($input: RecordSupervisionNoteInput!) {\n    recordSupervisionNote(input: $input) {\n      ...SupervisionNoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordSupervisionNote($input: RecordSupervisionNoteInput!) {\n    recordSupervisionNote(input: $input) {\n      ...SupervisionNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignSupervisionNote($input: SignSupervisionNoteInput!) {\n    signSupervisionNote(input: $input) {\n      ...SupervisionNoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation SignSupervisionNote($input: SignSupervisionNoteInput!) {\n    signSupervisionNote(input: $input) {\n      ...SupervisionNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AmendSupervisionNote($input: AmendSupervisionNoteInput!) {\n    amendSupervisionNote(input: $input) {\n      ...SupervisionNoteFields\n    }\n  }\n"): (typeof documents)["\n  mutation AmendSupervisionNote($input: AmendSupervisionNoteInput!) {\n    amendSupervisionNote(input: $input) {\n      ...SupervisionNoteFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSupervisionActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      ...SupervisionActionItemFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSupervisionActionItem($input: UpdateActionItemInput!) {\n    updateActionItem(input: $input) {\n      ...SupervisionActionItemFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionDriftCodes {\n    supervisionDriftCodes {\n      code\n      family\n      label\n    }\n  }\n"): (typeof documents)["\n  query SupervisionDriftCodes {\n    supervisionDriftCodes {\n      code\n      family\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionAgenda($superviseeId: ID!) {\n    supervisionAgenda(superviseeId: $superviseeId) {\n      superviseeId\n      since\n      olderOpenActionCount\n      supervisee {\n        id\n        name\n      }\n      nextOccurrence {\n        id\n        startsAt\n        status\n      }\n      openActionItems {\n        ...SupervisionActionItemFields\n      }\n      recentDriftCodes {\n        code\n        label\n        count\n        lastSeenAt\n      }\n      recentDimensions {\n        code\n        label\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionAgenda($superviseeId: ID!) {\n    supervisionAgenda(superviseeId: $superviseeId) {\n      superviseeId\n      since\n      olderOpenActionCount\n      supervisee {\n        id\n        name\n      }\n      nextOccurrence {\n        id\n        startsAt\n        status\n      }\n      openActionItems {\n        ...SupervisionActionItemFields\n      }\n      recentDriftCodes {\n        code\n        label\n        count\n        lastSeenAt\n      }\n      recentDimensions {\n        code\n        label\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReflectLanguage($text: String!) {\n    reflectLanguage(text: $text) {\n      wordCount\n      balance\n      hits {\n        phrase\n        pattern\n        weight\n        start\n        end\n        matchedText\n        suppressed\n        alternative\n      }\n      summary {\n        tone\n        headline\n        setAsideNote\n        mutualPhrases\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReflectLanguage($text: String!) {\n    reflectLanguage(text: $text) {\n      wordCount\n      balance\n      hits {\n        phrase\n        pattern\n        weight\n        start\n        end\n        matchedText\n        suppressed\n        alternative\n      }\n      summary {\n        tone\n        headline\n        setAsideNote\n        mutualPhrases\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionOccurrenceFields on SupervisionOccurrence {\n    id\n    sessionId\n    title\n    startsAt\n    endsAt\n    originalStartsAt\n    durationMinutes\n    timeZone\n    status\n    statusReason\n    moved\n    adHoc\n    isRecurring\n    recurrenceText\n    modality\n    channel\n    location\n    link\n    icsPath\n    supervisorId\n    supervisor {\n      id\n      name\n    }\n    superviseeIds\n    supervisees {\n      id\n      name\n    }\n    note {\n      id\n      status\n      version\n      lockedAt\n      openActionItemCount\n    }\n  }\n"): (typeof documents)["\n  fragment SupervisionOccurrenceFields on SupervisionOccurrence {\n    id\n    sessionId\n    title\n    startsAt\n    endsAt\n    originalStartsAt\n    durationMinutes\n    timeZone\n    status\n    statusReason\n    moved\n    adHoc\n    isRecurring\n    recurrenceText\n    modality\n    channel\n    location\n    link\n    icsPath\n    supervisorId\n    supervisor {\n      id\n      name\n    }\n    superviseeIds\n    supervisees {\n      id\n      name\n    }\n    note {\n      id\n      status\n      version\n      lockedAt\n      openActionItemCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionOccurrence($id: ID!) {\n    supervisionOccurrence(id: $id) {\n      ...SupervisionOccurrenceFields\n    }\n  }\n"): (typeof documents)["\n  query SupervisionOccurrence($id: ID!) {\n    supervisionOccurrence(id: $id) {\n      ...SupervisionOccurrenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionOccurrences($filter: SupervisionSessionsFilterInput!) {\n    supervisionSessions(filter: $filter) {\n      ...SupervisionOccurrenceFields\n    }\n  }\n"): (typeof documents)["\n  query SupervisionOccurrences($filter: SupervisionSessionsFilterInput!) {\n    supervisionSessions(filter: $filter) {\n      ...SupervisionOccurrenceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionPeople {\n    me {\n      id\n      supervisees {\n        id\n        name\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionPeople {\n    me {\n      id\n      supervisees {\n        id\n        name\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisionSupervisors {\n    people(filter: { role: SUPERVISOR }, page: { skip: 0, take: 100 }) {\n      items {\n        id\n        name\n        supervisees {\n          id\n          name\n          active\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisionSupervisors {\n    people(filter: { role: SUPERVISOR }, page: { skip: 0, take: 100 }) {\n      items {\n        id\n        name\n        supervisees {\n          id\n          name\n          active\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScheduleSupervision($input: ScheduleSupervisionInput!) {\n    scheduleSupervision(input: $input) {\n      warnings\n      session {\n        id\n        startsAt\n        recurrenceText\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScheduleSupervision($input: ScheduleSupervisionInput!) {\n    scheduleSupervision(input: $input) {\n      warnings\n      session {\n        id\n        startsAt\n        recurrenceText\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelSupervisionOccurrence($input: CancelSupervisionOccurrenceInput!) {\n    cancelSupervisionOccurrence(input: $input) {\n      warnings\n      occurrence {\n        ...SupervisionOccurrenceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelSupervisionOccurrence($input: CancelSupervisionOccurrenceInput!) {\n    cancelSupervisionOccurrence(input: $input) {\n      warnings\n      occurrence {\n        ...SupervisionOccurrenceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveSupervisionOccurrence($input: MoveSupervisionOccurrenceInput!) {\n    moveSupervisionOccurrence(input: $input) {\n      warnings\n      occurrence {\n        ...SupervisionOccurrenceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveSupervisionOccurrence($input: MoveSupervisionOccurrenceInput!) {\n    moveSupervisionOccurrence(input: $input) {\n      warnings\n      occurrence {\n        ...SupervisionOccurrenceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkSupervisionOccurrence($input: MarkSupervisionOccurrenceInput!) {\n    markSupervisionOccurrence(input: $input) {\n      warnings\n      occurrence {\n        ...SupervisionOccurrenceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkSupervisionOccurrence($input: MarkSupervisionOccurrenceInput!) {\n    markSupervisionOccurrence(input: $input) {\n      warnings\n      occurrence {\n        ...SupervisionOccurrenceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSupervisionSeries($input: EndSupervisionSeriesInput!) {\n    endSupervisionSeries(input: $input) {\n      warnings\n      session {\n        id\n        recurrenceText\n        seriesEndsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EndSupervisionSeries($input: EndSupervisionSeriesInput!) {\n    endSupervisionSeries(input: $input) {\n      warnings\n      session {\n        id\n        recurrenceText\n        seriesEndsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarFeed {\n    calendarFeed {\n      active\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query CalendarFeed {\n    calendarFeed {\n      active\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCalendarFeed {\n    createCalendarFeed\n  }\n"): (typeof documents)["\n  mutation CreateCalendarFeed {\n    createCalendarFeed\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"): (typeof documents)["\n  mutation RevokeCalendarFeed {\n    revokeCalendarFeed\n  }\n"];
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