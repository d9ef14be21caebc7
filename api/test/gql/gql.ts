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
    "fragment ActionFields on Action { id scope status overdue textVisible description canUpdate source team { id name } person { id name } groupSession supervisor { id name }\n  owner { id name } dueOn createdOn metric metricLabel worseDirection signalId signalPeriod signalRule signalDirection\n  before { period value } after { period value } change }": typeof types.ActionFieldsFragmentDoc,
    "mutation CreateAction($i: CreateActionInput!) { createAction(input: $i) { ...ActionFields } }": typeof types.CreateActionDocument,
    "query Actions($i: ActionsPageInput) { actions(input: $i) { total overdue offset limit items { ...ActionFields } } }": typeof types.ActionsDocument,
    "mutation UpdateActionItem($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id status } }": typeof types.UpdateActionItemDocument,
    "query SupervisionAgenda($id: ID!) { supervisionAgenda(superviseeId: $id) { olderOpenActionCount openActionItems { id } } }": typeof types.SupervisionAgendaDocument,
    "mutation CreatePersonServedLink($s: ID!) { createPersonServedLink(subjectId: $s) { url } }": typeof types.CreatePersonServedLinkDocument,
    "mutation SubmitPersonServedFeedback($i: PersonServedAnswersInput!) { submitPersonServedFeedback(input: $i) }": typeof types.SubmitPersonServedFeedbackDocument,
    "mutation StartChecklistInAuditAtCommit($i: StartChecklistInput!) { startChecklist(input: $i) { id } }": typeof types.StartChecklistInAuditAtCommitDocument,
    "query AuditEvents($i: AuditEventsInput) { auditEvents(input: $i) {\n  totalCount totalCountCapped pageInfo { endCursor hasNextPage }\n  items { id action actionLabel category entity entityId subject actorId actorName readAs createdAt } } }": typeof types.AuditEventsDocument,
    "mutation InvitePerson($i: InvitePersonInput!) { invitePerson(input: $i) { person { id name } } }": typeof types.InvitePersonDocument,
    "query AuditActions { auditActions { action } }": typeof types.AuditActionsDocument,
    "query AuditEntities { auditEntities { entity } }": typeof types.AuditEntitiesDocument,
    "query AuditActionsInAuditLog { auditActions { action label category } }": typeof types.AuditActionsInAuditLogDocument,
    "query AuditEntitiesInAuditLog { auditEntities { entity label } }": typeof types.AuditEntitiesInAuditLogDocument,
    "mutation DeactivatePerson($id: ID!) { deactivatePerson(personId: $id) { id active } }": typeof types.DeactivatePersonDocument,
    "mutation ReactivatePerson($id: ID!) { reactivatePerson(personId: $id) { id active } }": typeof types.ReactivatePersonDocument,
    "mutation CreateProgram($i: CreateProgramInput!) { createProgram(input: $i) { id name } }": typeof types.CreateProgramDocument,
    "mutation SetPersonRoles($i: SetPersonRolesInput!) { setPersonRoles(input: $i) { id } }": typeof types.SetPersonRolesDocument,
    "mutation ResendInvitation($id: ID!) { resendInvitation(personId: $id) }": typeof types.ResendInvitationDocument,
    "query People { people(filter: { includeInactive: true }) { totalCount items { id } } }": typeof types.PeopleDocument,
    "query Person($id: ID!) { person(id: $id) { id } }": typeof types.PersonDocument,
    "query ProgramsTeams { programs { id } teams { id } }": typeof types.ProgramsTeamsDocument,
    "query Me { me { name jobTitle } }": typeof types.MeDocument,
    "query MeInAuthAccounts { me { name } }": typeof types.MeInAuthAccountsDocument,
    "query MeId { me { id } }": typeof types.MeIdDocument,
    "query MeInAuthSignIn2 { me { id name email } }": typeof types.MeInAuthSignIn2Document,
    "mutation Logout { logout }": typeof types.LogoutDocument,
    "mutation SaveChecklistAnswers($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { version } }": typeof types.SaveChecklistAnswersDocument,
    "query Checklist($id: ID!) { checklist(id: $id) { version answers { itemCode value comment } } }": typeof types.ChecklistDocument,
    "query ChecklistWithFields($id: ID!) { checklist(id: $id) { ...ChecklistFields } }": typeof types.ChecklistWithFieldsDocument,
    "query Checklists($f: ChecklistFilterInput, $p: PageInput, $after: String) {\n  checklists(filter: $f, page: $p, after: $after) { totalCount totalCountCapped pageInfo { endCursor hasNextPage } items { id } } }": typeof types.ChecklistsDocument,
    "mutation StartChecklist($i: StartChecklistInput!) { startChecklist(input: $i) { id } }": typeof types.StartChecklistDocument,
    "mutation SubmitChecklist($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id status revision version submittedAt } }": typeof types.SubmitChecklistDocument,
    "query ChecklistInChecklistsResults($id: ID!) { checklist(id: $id) { raterType rater { id } raterId } }": typeof types.ChecklistInChecklistsResultsDocument,
    "mutation StartChecklistInRollupsInHand($i: StartChecklistInput!) { startChecklist(input: $i) { id version } }": typeof types.StartChecklistInRollupsInHandDocument,
    "mutation SaveChecklistAnswersInRollupsInHand($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { id version } }": typeof types.SaveChecklistAnswersInRollupsInHandDocument,
    "mutation SubmitChecklistInRollupsInHand($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id version } }": typeof types.SubmitChecklistInRollupsInHandDocument,
    "mutation AmendChecklistInRollupsInHand($i: AmendChecklistInput!) { amendChecklist(input: $i) { id version revision mutualityIndex } }": typeof types.AmendChecklistInRollupsInHandDocument,
    "mutation AssignTeamInRollupsInHand($i: AssignTeamInput!) { assignTeam(input: $i) { id } }": typeof types.AssignTeamInRollupsInHandDocument,
    "mutation CreatePersonServedLinkInRollupsInHand($s: ID!) { createPersonServedLink(subjectId: $s) { url } }": typeof types.CreatePersonServedLinkInRollupsInHandDocument,
    "mutation SubmitPersonServedFeedbackInRollupsInHand($i: PersonServedAnswersInput!) { submitPersonServedFeedback(input: $i) }": typeof types.SubmitPersonServedFeedbackInRollupsInHandDocument,
    "query ChecklistInChecklistsVisibilityDue($id: ID!) { checklist(id: $id) { id status rater { id } } }": typeof types.ChecklistInChecklistsVisibilityDueDocument,
    "mutation CreateAnnotationUnderLoad($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }": typeof types.CreateAnnotationUnderLoadDocument,
    "mutation SubmitChecklistStatus($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id status } }": typeof types.SubmitChecklistStatusDocument,
    "query ChecklistsInDatabaseFaults { checklists(page: { take: 5 }) { totalCount } }": typeof types.ChecklistsInDatabaseFaultsDocument,
    "fragment HistorySignal on DriftSignal { id metric period since rule severity direction inForce beforeRange message }": typeof types.HistorySignalFragmentDoc,
    "query TeamDrift($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  from to metrics { metric points { period value n } signals { ...HistorySignal }\n    limits { centre baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } } }\n  annotations { id onDate label details kind automatic }\n  actionMarkers { id outcome outcomeSignalId } } }": typeof types.TeamDriftDocument,
    "query DriftOverview($f: DriftFilterInput) { driftOverview(filter: $f) { kpis { teamsWithAlerts }\n  teams(page: { first: 100 }) { items { team { id name } activeSignals { ...HistorySignal } } } } }": typeof types.DriftOverviewDocument,
    "mutation RebaselineTeam($i: RebaselineTeamInput!) { rebaselineTeam(input: $i) { id teamId fromDate reason createdByName } }": typeof types.RebaselineTeamDocument,
    "mutation DeleteBaselineReset($id: ID!) { deleteBaselineReset(id: $id) }": typeof types.DeleteBaselineResetDocument,
    "fragment SignalInJudgementCache on DriftSignal { id metric period since rule message severity direction inForce beforeRange }": typeof types.SignalInJudgementCacheFragmentDoc,
    "query OverviewInJudgementCache($f: DriftFilterInput) { driftOverview(filter: $f) { from to periods\n  kpis { teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady mutualityIndex band checklists }\n  attention { team { id } activeSignals { ...SignalInJudgementCache } } improving { team { id } activeSignals { ...SignalInJudgementCache } }\n  programs { programId teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady }\n  teams(page: { first: 100 }) { totalCount items { team { id }\n    latest { period band mutualityIndex hierarchicalDriftIndex medicalModelDriftIndex organisationalDriftIndex n }\n    activeSignals { ...SignalInJudgementCache } dimensions { dimensionCode score n suppressed }\n    series { metric points { period value n suppressed }\n      limits { centre upper lower sigma baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } }\n      signals { ...SignalInJudgementCache } } } } } }": typeof types.OverviewInJudgementCacheDocument,
    "query TeamDriftInJudgementCache($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  metrics { metric points { period value n suppressed }\n    limits { centre upper lower sigma baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } }\n    signals { ...SignalInJudgementCache } } } }": typeof types.TeamDriftInJudgementCacheDocument,
    "mutation AssignTeamInJudgementCache($i: AssignTeamInput!) { assignTeam(input: $i) { id } }": typeof types.AssignTeamInJudgementCacheDocument,
    "fragment SignalInOverviewMemo on DriftSignal { id metric period since rule message severity direction inForce beforeRange }": typeof types.SignalInOverviewMemoFragmentDoc,
    "query OverviewInOverviewMemo($f: DriftFilterInput, $page: DriftTeamsPageInput) { driftOverview(filter: $f) { from to granularity periods raterTypes minCellSize\n  kpis { teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady mutualityIndex band checklists supervisionRatio }\n  attention { team { id name } program { id name } activeSignals { ...SignalInOverviewMemo } }\n  improving { team { id name } program { id name } activeSignals { ...SignalInOverviewMemo } }\n  programs { programId programName teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady }\n  teams(page: $page) { totalCount pageInfo { endCursor hasNextPage } items { team { id name memberCount } program { id name }\n    latest { period band mutualityIndex hierarchicalDriftIndex medicalModelDriftIndex organisationalDriftIndex n }\n    activeSignals { ...SignalInOverviewMemo } dimensions { dimensionCode dimensionTitle score n suppressed }\n    series { metric label badDirection points { period periodStart value n suppressed }\n      limits { centre upper lower sigma baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } }\n      signals { ...SignalInOverviewMemo } }\n    supervision { ratio recorded required overdueCount superviseeCount } } } } }": typeof types.OverviewInOverviewMemoDocument,
    "mutation AssignTeamInOverviewMemo($i: AssignTeamInput!) { assignTeam(input: $i) { id } }": typeof types.AssignTeamInOverviewMemoDocument,
    "mutation ScheduleSupervisionInOverviewMemo($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }": typeof types.ScheduleSupervisionInOverviewMemoDocument,
    "fragment PagedSignal on DriftSignal { id direction severity since }": typeof types.PagedSignalFragmentDoc,
    "fragment PagedTeamSummary on TeamDriftSummary { team { id name } program { id name } latest { period mutualityIndex band hierarchicalDriftIndex medicalModelDriftIndex n }\n  activeSignals { ...PagedSignal } dimensions { dimensionCode score n suppressed } supervision { required recorded }\n  series { metric points { period value n } signals { id } } }": typeof types.PagedTeamSummaryFragmentDoc,
    "query DriftOverviewPage($f: DriftFilterInput, $p: DriftTeamsPageInput) { driftOverview(filter: $f) {\n  kpis { teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady mutualityIndex band checklists supervisionRatio }\n  attention { team { id } activeSignals { ...PagedSignal } } improving { team { id } activeSignals { ...PagedSignal } }\n  programs { programId programName teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady }\n  teams(page: $p) { totalCount pageInfo { endCursor hasNextPage } items { ...PagedTeamSummary } } } }": typeof types.DriftOverviewPageDocument,
    "query OverviewSeriesOf($p: DriftTeamsPageInput, $m: [OverviewSeriesMetric!]) { driftOverview {\n  teams(page: $p) { items { team { id } series(metrics: $m) { metric label badDirection points { period value n suppressed }\n    limits { centre points { period centre lower upper } } signals { id } } } } } }": typeof types.OverviewSeriesOfDocument,
    "query OverviewSeriesAll($p: DriftTeamsPageInput) { driftOverview {\n  teams(page: $p) { items { team { id } series { metric label badDirection points { period value n suppressed }\n    limits { centre points { period centre lower upper } } signals { id } } } } } }": typeof types.OverviewSeriesAllDocument,
    "mutation CreateDriftAction($i: CreateDriftActionInput!) { createDriftAction(input: $i) { id } }": typeof types.CreateDriftActionDocument,
    "query DriftOverviewInFiguresAgree($f: DriftFilterInput) { driftOverview(filter: $f) { to\n  kpis { mutualityIndex band supervisionRatio }\n  teams(page: { first: 100 }) { items { team { id name } latest { period mutualityIndex band }\n    dimensions { dimensionCode score }\n    supervision { required recorded overdueCount superviseeCount } } } } }": typeof types.DriftOverviewInFiguresAgreeDocument,
    "query TeamDriftInFiguresAgree($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  metrics { metric points { period value } } } }": typeof types.TeamDriftInFiguresAgreeDocument,
    "query SupervisionCompliance($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  total { required recorded overdue supervisees }\n  teams { id required recorded overdue supervisees } } }": typeof types.SupervisionComplianceDocument,
    "mutation FastPathSignIn($i: LoginInput!) { login(input: $i) { token } }": typeof types.FastPathSignInDocument,
    "query FastPathWhoAmI { me { id } }": typeof types.FastPathWhoAmIDocument,
    "query FastPathLogged { __typename }": typeof types.FastPathLoggedDocument,
    "\n  mutation FastPathHalfDone($p: CreateProgramInput!, $t: CreateTeamInput!) { createProgram(input: $p) { id } createTeam(input: $t) { id } }\n": typeof types.FastPathHalfDoneDocument,
    "query FastPathTypename { __typename }": typeof types.FastPathTypenameDocument,
    "query FastPathAuditActions { auditActions { action category label } }": typeof types.FastPathAuditActionsDocument,
    "mutation FastPathCreateProgram($i: CreateProgramInput!) { createProgram(input: $i) { id } }": typeof types.FastPathCreateProgramDocument,
    "mutation FastPathLogout { logout }": typeof types.FastPathLogoutDocument,
    "query WhoAmI { me { id } }": typeof types.WhoAmIDocument,
    "mutation SignIn($i: LoginInput!) { login(input: $i) { token } }": typeof types.SignInDocument,
    "query WhoAmINoStore { me { id } }": typeof types.WhoAmINoStoreDocument,
    "query ChecklistsInInputHardening($f: ChecklistFilterInput) { checklists(filter: $f) { totalCount } }": typeof types.ChecklistsInInputHardeningDocument,
    "query DriftOverviewInInputHardening($f: DriftFilterInput) { driftOverview(filter: $f) { __typename } }": typeof types.DriftOverviewInInputHardeningDocument,
    "query AnnotationsInInputHardening($f: DriftFilterInput, $t: ID!) { annotations(filter: $f, teamId: $t) { id } }": typeof types.AnnotationsInInputHardeningDocument,
    "mutation CreateAnnotationInInputHardening($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }": typeof types.CreateAnnotationInInputHardeningDocument,
    "mutation UpdatePersonInInputHardening($i: UpdatePersonInput!) { updatePerson(input: $i) { id } }": typeof types.UpdatePersonInInputHardeningDocument,
    "mutation AssignTeamInInputHardening($i: AssignTeamInput!) { assignTeam(input: $i) { id } }": typeof types.AssignTeamInInputHardeningDocument,
    "mutation StartChecklistInInputHardening($i: StartChecklistInput!) { startChecklist(input: $i) { id } }": typeof types.StartChecklistInInputHardeningDocument,
    "mutation CreateDriftActionInInputHardening($i: CreateDriftActionInput!) { createDriftAction(input: $i) { id } }": typeof types.CreateDriftActionInInputHardeningDocument,
    "query LanguageDensitySeriesInInputHardening($f: LanguageSeriesFilterInput!) { languageDensitySeries(filter: $f) { teamId } }": typeof types.LanguageDensitySeriesInInputHardeningDocument,
    "query SupervisionSessionsInInputHardening($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id } }": typeof types.SupervisionSessionsInInputHardeningDocument,
    "query SupervisionComplianceInInputHardening($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) { from } }": typeof types.SupervisionComplianceInInputHardeningDocument,
    "mutation ScheduleSupervisionInInputHardening($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { warnings } }": typeof types.ScheduleSupervisionInInputHardeningDocument,
    "mutation UpdateMyProfileInInputHardening($i: UpdateProfileInput!) { updateMyProfile(input: $i) { name } }": typeof types.UpdateMyProfileInInputHardeningDocument,
    "query PeopleInInputHardening($f: PeopleFilterInput) { people(filter: $f) { totalCount } }": typeof types.PeopleInInputHardeningDocument,
    "query ReflectLanguageInInputHardening($x: String!) { reflectLanguage(text: $x) { __typename } }": typeof types.ReflectLanguageInInputHardeningDocument,
    "query PersonServedFormInInputHardening($x: String!) { personServedForm(token: $x) { __typename } }": typeof types.PersonServedFormInInputHardeningDocument,
    "mutation RecordSupervisionNoteInInputHardening($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id } }": typeof types.RecordSupervisionNoteInInputHardeningDocument,
    "query InstrumentInInputHardening($k: String!) { instrument(key: $k) { id } }": typeof types.InstrumentInInputHardeningDocument,
    "mutation MoveSupervisionOccurrenceInInputHardening($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { location link moved } } }": typeof types.MoveSupervisionOccurrenceInInputHardeningDocument,
    "query SupervisionComplianceInInputHardening2($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) { from to } }": typeof types.SupervisionComplianceInInputHardening2Document,
    "query TeamDriftInInputHardening($f: DriftFilterInput, $t: ID!) { teamDrift(filter: $f, teamId: $t) { __typename } }": typeof types.TeamDriftInInputHardeningDocument,
    "query PeopleInInputHardening2($p: PageInput) { people(page: $p) { totalCount } }": typeof types.PeopleInInputHardening2Document,
    "query ChecklistsDueInInputHardening { checklistsDue(withinDays: 367) { __typename } }": typeof types.ChecklistsDueInInputHardeningDocument,
    "query Instruments { instruments { key title currentVersion { version status items { code } } draft { id } } }": typeof types.InstrumentsDocument,
    "query InstrumentsInInstrumentsImportExport($a: Boolean!) { instruments(includeUnpublished: $a) { key } }": typeof types.InstrumentsInInstrumentsImportExportDocument,
    "query InstrumentsInInstrumentsImportExport2 { instruments(includeUnpublished: true) { key } }": typeof types.InstrumentsInInstrumentsImportExport2Document,
    "mutation SubmitPersonServedFeedbackInvitePerson($f: PersonServedAnswersInput!, $i: InvitePersonInput!) {\n         submitPersonServedFeedback(input: $f) invitePerson(input: $i) { person { id } } }": typeof types.SubmitPersonServedFeedbackInvitePersonDocument,
    "mutation AcceptInvitation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { person { id organization { id } } } }": typeof types.AcceptInvitationDocument,
    "mutation CreateCalendarFeed { createCalendarFeed }": typeof types.CreateCalendarFeedDocument,
    "mutation UpdateNotificationSettings($i: UpdateNotificationSettingsInput!) {\n  updateNotificationSettings(input: $i) { timeZone digestWeekday digestTime digestWhenQuiet } }": typeof types.UpdateNotificationSettingsDocument,
    "query NotificationSettings { notificationSettings { timeZone digestWeekday digestTime digestWhenQuiet } }": typeof types.NotificationSettingsDocument,
    "mutation ScheduleSupervision($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id startsAt } } }": typeof types.ScheduleSupervisionDocument,
    "mutation CancelSupervisionOccurrence($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { occurrence { id status } } }": typeof types.CancelSupervisionOccurrenceDocument,
    "mutation MoveSupervisionOccurrence($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { id startsAt } } }": typeof types.MoveSupervisionOccurrenceDocument,
    "mutation RecordSupervisionNote($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id version status } }": typeof types.RecordSupervisionNoteDocument,
    "mutation UpdateSupervisionSession($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { session { id version startsAt } } }": typeof types.UpdateSupervisionSessionDocument,
    "mutation EndSupervisionSeries($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { session { id recurrence } } }": typeof types.EndSupervisionSeriesDocument,
    "mutation SignSupervisionNote($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { id version status } }": typeof types.SignSupervisionNoteDocument,
    "mutation FinalizeSupervisionNote($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { id version status } }": typeof types.FinalizeSupervisionNoteDocument,
    "mutation SetNotificationPreference($i: SetNotificationPreferenceInput!) { setNotificationPreference(input: $i) { kind channel } }": typeof types.SetNotificationPreferenceDocument,
    "mutation Login($i: LoginInput!) { login(input: $i) { token } }": typeof types.LoginDocument,
    "query NotificationPreferences { notificationPreferences { kind label channel } }": typeof types.NotificationPreferencesDocument,
    "mutation SetNotificationPreferenceInBusinessTime($i: SetNotificationPreferenceInput!) { setNotificationPreference(input: $i) { kind channel } }": typeof types.SetNotificationPreferenceInBusinessTimeDocument,
    "mutation UpdateNotificationSettingsInBusinessTime($i: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $i) { timeZone digestWhenQuiet } }": typeof types.UpdateNotificationSettingsInBusinessTimeDocument,
    "mutation ScheduleSupervisionInBusinessTime($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }": typeof types.ScheduleSupervisionInBusinessTimeDocument,
    "query NotificationsInBusinessTime { notifications { items { id } } }": typeof types.NotificationsInBusinessTimeDocument,
    "mutation MarkNotificationReadInBusinessTime($i: MarkNotificationReadInput!) { markNotificationRead(input: $i) { id readAt } }": typeof types.MarkNotificationReadInBusinessTimeDocument,
    "mutation ChangePasswordInBusinessTime($i: ChangePasswordInput!) { changePassword(input: $i) }": typeof types.ChangePasswordInBusinessTimeDocument,
    "mutation SendPasswordResetInBusinessTime($id: ID!) { sendPasswordReset(personId: $id) }": typeof types.SendPasswordResetInBusinessTimeDocument,
    "query Notifications($i: NotificationsInput) { notifications(input: $i) { totalCount unreadCount items { id kind title link readAt } } }": typeof types.NotificationsDocument,
    "query UnreadNotificationCount { unreadNotificationCount }": typeof types.UnreadNotificationCountDocument,
    "mutation MarkNotificationRead($i: MarkNotificationReadInput!) { markNotificationRead(input: $i) { id readAt } }": typeof types.MarkNotificationReadDocument,
    "mutation MarkAllNotificationsRead { markAllNotificationsRead }": typeof types.MarkAllNotificationsReadDocument,
    "query NotificationSettingsInNotificationsInbox { notificationSettings { timeZone digestWeekday digestTime } }": typeof types.NotificationSettingsInNotificationsInboxDocument,
    "mutation UpdateNotificationSettingsInNotificationsInbox($i: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $i) { timeZone digestWeekday digestTime } }": typeof types.UpdateNotificationSettingsInNotificationsInboxDocument,
    "mutation ScheduleSupervisionSessionId($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }": typeof types.ScheduleSupervisionSessionIdDocument,
    "mutation InvitePersonId($i: InvitePersonInput!) { invitePerson(input: $i) { person { id } } }": typeof types.InvitePersonIdDocument,
    "mutation AcceptInvitationToken($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }": typeof types.AcceptInvitationTokenDocument,
    "mutation SendPasswordReset($id: ID!) { sendPasswordReset(personId: $id) }": typeof types.SendPasswordResetDocument,
    "mutation RetryOutboxMessage($i: RetryOutboxMessageInput!) { retryOutboxMessage(input: $i) { id status attempts lastError } }": typeof types.RetryOutboxMessageDocument,
    "query OutboxSummary { outboxSummary { mailConfigured held queued sending sent failed } }": typeof types.OutboxSummaryDocument,
    "query OutboxMessages($f: OutboxFilterInput) { outboxMessages(filter: $f) { totalCount items { id kind status attempts lastError sentAt } } }": typeof types.OutboxMessagesDocument,
    "mutation UpdateNotificationSettingsInNotificationsMail($i: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $i) { timeZone } }": typeof types.UpdateNotificationSettingsInNotificationsMailDocument,
    "query NotificationsInNotificationsMail { notifications { unreadCount items { kind title link } } }": typeof types.NotificationsInNotificationsMailDocument,
    "query PersonInOrganizationAdminPeople($id: ID!) { person(id: $id) { startedOn } }": typeof types.PersonInOrganizationAdminPeopleDocument,
    "query MeInOrganizationAdminPeople { me { startedOn } }": typeof types.MeInOrganizationAdminPeopleDocument,
    "query PeoplePeople($s: String) { active: people(filter: { search: $s }) { totalCount } all: people(filter: { search: $s, includeInactive: true }) { items { id active } } }": typeof types.PeoplePeopleDocument,
    "query Invitation($t: String!) { invitation(token: $t) { email } }": typeof types.InvitationDocument,
    "query InvitationInOrganizationAdminPeople($t: String!) { invitation(token: $t) { personName } }": typeof types.InvitationInOrganizationAdminPeopleDocument,
    "query Programs { programs { id name teamCount teams { id } } }": typeof types.ProgramsDocument,
    "query ProgramsInOrganizationAdminQueries { programs { id } }": typeof types.ProgramsInOrganizationAdminQueriesDocument,
    "query Program($id: ID!) { program(id: $id) { id name teams { name } } }": typeof types.ProgramDocument,
    "query ProgramInOrganizationAdminQueries($id: ID!) { program(id: $id) { id } }": typeof types.ProgramInOrganizationAdminQueriesDocument,
    "query ProgramsInOrganizationAdminQueries2($a: Boolean!) { programs(includeArchived: $a) { id } }": typeof types.ProgramsInOrganizationAdminQueries2Document,
    "query Teams { teams { id name memberCount program { id } } }": typeof types.TeamsDocument,
    "query TeamIdsOfProgram($p: ID) { teams(filter: { programId: $p }) { id } }": typeof types.TeamIdsOfProgramDocument,
    "query TeamsInOrganizationAdminQueries2 { teams { id } }": typeof types.TeamsInOrganizationAdminQueries2Document,
    "query Team($id: ID!) { team(id: $id) { id name members { id } } }": typeof types.TeamDocument,
    "query TeamInOrganizationAdminQueries($id: ID!) { team(id: $id) { id } }": typeof types.TeamInOrganizationAdminQueriesDocument,
    "query PeopleInOrganizationAdminQueries { people { totalCount items { id } } }": typeof types.PeopleInOrganizationAdminQueriesDocument,
    "query PersonInOrganizationAdminQueries($id: ID!) { person(id: $id) { id roles team { name program { name } } supervisor { id } } }": typeof types.PersonInOrganizationAdminQueriesDocument,
    "query PersonInOrganizationAdminQueries2($id: ID!) { person(id: $id) { supervisees { id } } }": typeof types.PersonInOrganizationAdminQueries2Document,
    "query PeopleInOrganizationAdminQueries2 { people(page: { take: 100 }) { items { id } } }": typeof types.PeopleInOrganizationAdminQueries2Document,
    "query PeopleInOrganizationAdminQueries3 { people { totalCount } }": typeof types.PeopleInOrganizationAdminQueries3Document,
    "query PeopleInOrganizationAdminQueries4($t: ID) { people(filter: { teamId: $t }) { items { id } } }": typeof types.PeopleInOrganizationAdminQueries4Document,
    "query PeopleInOrganizationAdminQueries5 { people(filter: { role: SUPERVISOR }) { items { id } } }": typeof types.PeopleInOrganizationAdminQueries5Document,
    "query PeopleInOrganizationAdminQueries6($s: String) { people(filter: { search: $s }) { items { id } } }": typeof types.PeopleInOrganizationAdminQueries6Document,
    "query PeopleInOrganizationAdminQueries7 { people(filter: { search: \"%\" }) { totalCount } }": typeof types.PeopleInOrganizationAdminQueries7Document,
    "query Organization { organization { id name managersReadNotes } }": typeof types.OrganizationDocument,
    "query OrganizationInOrganizationAdminQueries { organization { id } }": typeof types.OrganizationInOrganizationAdminQueriesDocument,
    "query AuditEventsInOrganizationAdminQueries($id: ID) { auditEvents(input: { entityId: $id }) { totalCount items { action actorId actorName entity entityId requestId summary subject actionLabel } } }": typeof types.AuditEventsInOrganizationAdminQueriesDocument,
    "query AuditEventsInOrganizationAdminQueries2($id: ID) { auditEvents(input: { entityId: $id }) { totalCount } }": typeof types.AuditEventsInOrganizationAdminQueries2Document,
    "query AuditEventsInOrganizationAdminQueries3 { auditEvents(input: { view: SIGN_INS, first: 100 }) { totalCount items { action entityId createdAt } } }": typeof types.AuditEventsInOrganizationAdminQueries3Document,
    "query AuditEventsInOrganizationAdminQueries4 { auditEvents(input: { action: \"person.invited\" }) { totalCount } }": typeof types.AuditEventsInOrganizationAdminQueries4Document,
    "query AuditEventsInOrganizationAdminQueries5 { auditEvents { totalCount } }": typeof types.AuditEventsInOrganizationAdminQueries5Document,
    "query AuditEventsInOrganizationAdminQueries6 { auditEvents(input: { first: 101 }) { totalCount } }": typeof types.AuditEventsInOrganizationAdminQueries6Document,
    "query AuditEventsInOrganizationAdminQueries7 { auditEvents(input: { entityId: \"person-1\" }) { totalCount } }": typeof types.AuditEventsInOrganizationAdminQueries7Document,
    "query PeopleInOrganizationAdminQueries8 { people(page: { take: 50 }) { items { id team { name program { name } } supervisor { name } roles } } }": typeof types.PeopleInOrganizationAdminQueries8Document,
    "query ProgramsInOrganizationAdminQueries3 { programs { id teamCount teams { id memberCount } } }": typeof types.ProgramsInOrganizationAdminQueries3Document,
    "query ProgramsInOrganizationAdminStructure { programs { id name } }": typeof types.ProgramsInOrganizationAdminStructureDocument,
    "query ProgramsPrograms { active: programs { id } all: programs(includeArchived: true) { id archived } }": typeof types.ProgramsProgramsDocument,
    "query TeamsTeams { active: teams { id } all: teams(filter: { includeArchived: true }) { id archived } }": typeof types.TeamsTeamsDocument,
    "query PeopleInOrganizationAdminStructure($s: String) { people(filter: { search: $s }) { items { email roles team { name } supervisor { email } } } }": typeof types.PeopleInOrganizationAdminStructureDocument,
    "query PersonInOrganizationAdminStructure($id: ID!) { person(id: $id) { name roles team { name } teamHistory { endsOn } } }": typeof types.PersonInOrganizationAdminStructureDocument,
    "query OutboxMessagesInPasswordReset($f: OutboxFilterInput, $p: PageInput) { outboxMessages(filter: $f, page: $p) {\n  totalCount items { id kind recipientId toAddress subject bodyText actionUrl createdAt recipient { id name } } } }": typeof types.OutboxMessagesInPasswordResetDocument,
    "mutation RequestPasswordReset($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }": typeof types.RequestPasswordResetDocument,
    "query PasswordReset($t: String!) { passwordReset(token: $t) { personName email organizationName } }": typeof types.PasswordResetDocument,
    "mutation ResetPassword($i: ResetPasswordInput!) { resetPassword(input: $i) }": typeof types.ResetPasswordDocument,
    "query PasswordResetMeOutboxMessages($t: String!) { passwordReset(token: $t) { email } me { id organization { id } }\n      outboxMessages { items { recipientId } } }": typeof types.PasswordResetMeOutboxMessagesDocument,
    "query ChecklistInPersonServedPrivacy($id: ID!) { checklist(id: $id) { answers { itemCode value } } }": typeof types.ChecklistInPersonServedPrivacyDocument,
    "mutation AmendChecklist($i: AmendChecklistInput!) { amendChecklist(input: $i) { id } }": typeof types.AmendChecklistDocument,
    "query PersonDrift($p: ID!, $f: DriftFilterInput) { personDrift(personId: $p, filter: $f) {\n  metrics { metric points { periodStart value n suppressed } } selfVsOthers { period self others gap } } }": typeof types.PersonDriftDocument,
    "query TeamDriftInPersonServedPrivacy($t: ID!, $f: DriftFilterInput) { teamDrift(teamId: $t, filter: $f) {\n  metrics { metric points { value n } } itemsMoved { itemCode } selfVsOthers { others } actionMarkers { before after } } }": typeof types.TeamDriftInPersonServedPrivacyDocument,
    "query DriftOverviewInPersonServedPrivacy($f: DriftFilterInput) { driftOverview(filter: $f) { kpis { mutualityIndex checklists }\n  teams(page: { first: 100 }) { items { team { id } latest { mutualityIndex hierarchicalDriftIndex medicalModelDriftIndex n } dimensions { dimensionCode score n } series { metric points { value n } } } } } }": typeof types.DriftOverviewInPersonServedPrivacyDocument,
    "mutation LoginInPlatform { login(input: { email: \"not-an-email\", password: \"x\" }) { token } }": typeof types.LoginInPlatformDocument,
    "query SchemaTypes { __schema { types { name } } }": typeof types.SchemaTypesDocument,
    "query ChecklistsInPlatform($r: RaterType) { checklists(filter: { raterType: $r }) { totalCount } }": typeof types.ChecklistsInPlatformDocument,
    "mutation LoginInProductionTransport($i: LoginInput!) { login(input: $i) { token } }": typeof types.LoginInProductionTransportDocument,
    "mutation StartChecklistVersion($i: StartChecklistInput!) { startChecklist(input: $i) { id version } }": typeof types.StartChecklistVersionDocument,
    "mutation SaveChecklistAnswersVersion($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { id version } }": typeof types.SaveChecklistAnswersVersionDocument,
    "query ChecklistInRequestCost($id: ID!) { checklist(id: $id) { id completeness { canSubmit problems } } }": typeof types.ChecklistInRequestCostDocument,
    "query MeInRequestCost { me { id name email jobTitle livedExperience startedOn active invitationPending createdAt roles roleGrants { role programId } } }": typeof types.MeInRequestCostDocument,
    "query MeOrganizationInRequestCost { me { id organization { id name } } }": typeof types.MeOrganizationInRequestCostDocument,
    "mutation SubmitChecklistInRollups($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id version status } }": typeof types.SubmitChecklistInRollupsDocument,
    "mutation AmendChecklistInRollups($i: AmendChecklistInput!) { amendChecklist(input: $i) { id version revision } }": typeof types.AmendChecklistInRollupsDocument,
    "mutation AssignTeam($i: AssignTeamInput!) { assignTeam(input: $i) { id } }": typeof types.AssignTeamDocument,
    "mutation RecordSupervisionNoteVersion($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id version } }": typeof types.RecordSupervisionNoteVersionDocument,
    "query MeInSessionLookup { me { id name roles } }": typeof types.MeInSessionLookupDocument,
    "mutation UpdateMyProfileInSessionLookup($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id name jobTitle } }": typeof types.UpdateMyProfileInSessionLookupDocument,
    "mutation UpdatePersonInSessionLookup($i: UpdatePersonInput!) { updatePerson(input: $i) { id name } }": typeof types.UpdatePersonInSessionLookupDocument,
    "mutation LoginInSessionLookup($i: LoginInput!) { login(input: $i) { token person { id } } }": typeof types.LoginInSessionLookupDocument,
    "query SetupProgress { setupProgress { doneCount complete steps { key done count } } }": typeof types.SetupProgressDocument,
    "mutation CreateOrganization($i: CreateOrganizationInput!) { createOrganization(input: $i) }": typeof types.CreateOrganizationDocument,
    "mutation AcceptInvitationTokenAndPerson($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token person { id } } }": typeof types.AcceptInvitationTokenAndPersonDocument,
    "mutation CreateProgramInSetupProgress($i: CreateProgramInput!) { createProgram(input: $i) { id } }": typeof types.CreateProgramInSetupProgressDocument,
    "mutation UpdateProgram($i: UpdateProgramInput!) { updateProgram(input: $i) { id archived } }": typeof types.UpdateProgramDocument,
    "mutation CreateTeam($i: CreateTeamInput!) { createTeam(input: $i) { id } }": typeof types.CreateTeamDocument,
    "mutation UpdateSupervisionPolicy($i: UpdateSupervisionPolicyInput!) { updateSupervisionPolicy(input: $i) { programId } }": typeof types.UpdateSupervisionPolicyDocument,
    "mutation StartChecklistInSetupProgress($i: StartChecklistInput!) { startChecklist(input: $i) { id status } }": typeof types.StartChecklistInSetupProgressDocument,
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
    "query SupervisionSessions($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id status note { id } } }": typeof types.SupervisionSessionsDocument,
    "query SupervisionComplianceInSupervisionDemoSeed { supervisionCompliance { teams { id ratio overdue supervisees reconciliation { heldNotDocumented missed cancelled documentedNotScheduled } } } }": typeof types.SupervisionComplianceInSupervisionDemoSeedDocument,
    "query LanguageDensitySeriesInSupervisionDemoSeed($f: LanguageSeriesFilterInput!) { languageDensitySeries(filter: $f) { teamId points { month notes densities { medicalModel hierarchical mutuality } } } }": typeof types.LanguageDensitySeriesInSupervisionDemoSeedDocument,
    "mutation ScheduleSupervisionInSupervisionFiguresCache($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id version } } }": typeof types.ScheduleSupervisionInSupervisionFiguresCacheDocument,
    "mutation UpdateSupervisionSessionInSupervisionFiguresCache($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { session { id version } } }": typeof types.UpdateSupervisionSessionInSupervisionFiguresCacheDocument,
    "mutation EndSupervisionSeriesInSupervisionFiguresCache($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { session { id } } }": typeof types.EndSupervisionSeriesInSupervisionFiguresCacheDocument,
    "mutation MoveSupervisionOccurrenceInSupervisionFiguresCache($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { startsAt } } }": typeof types.MoveSupervisionOccurrenceInSupervisionFiguresCacheDocument,
    "mutation FinalizeSupervisionNoteInSupervisionFiguresCache($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { version } }": typeof types.FinalizeSupervisionNoteInSupervisionFiguresCacheDocument,
    "mutation SignSupervisionNoteInSupervisionFiguresCache($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { status } }": typeof types.SignSupervisionNoteInSupervisionFiguresCacheDocument,
    "mutation UpdateSupervisionPolicyInSupervisionFiguresCache($i: UpdateSupervisionPolicyInput!) { updateSupervisionPolicy(input: $i) { preset } }": typeof types.UpdateSupervisionPolicyInSupervisionFiguresCacheDocument,
    "query SupervisionSessionsInSupervisionFiguresCache($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id sessionId startsAt status } }": typeof types.SupervisionSessionsInSupervisionFiguresCacheDocument,
    "fragment CachedReconciliation on SupervisionReconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled }": typeof types.CachedReconciliationFragmentDoc,
    "query SupervisionComplianceInSupervisionFiguresCache($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId teamId programId required requiredByEnd recorded ratio daysSinceLast lastSessionAt currentIntervalDays overdue status\n    reconciliation { ...CachedReconciliation } }\n  teams { id supervisees required recorded ratio onTrack behind overdue reconciliation { ...CachedReconciliation } }\n  programs { id supervisees required recorded ratio }\n  total { supervisees required recorded ratio reconciliation { ...CachedReconciliation } } } }": typeof types.SupervisionComplianceInSupervisionFiguresCacheDocument,
    "fragment NoteClockFields on SupervisionNote { id version actionItems { id } reflections { signedAt } }": typeof types.NoteClockFieldsFragmentDoc,
    "mutation RecordSupervisionNoteInNotesClock($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { ...NoteClockFields } }": typeof types.RecordSupervisionNoteInNotesClockDocument,
    "mutation FinalizeSupervisionNoteInNotesClock($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { ...NoteClockFields } }": typeof types.FinalizeSupervisionNoteInNotesClockDocument,
    "mutation SignSupervisionNoteInNotesClock($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { ...NoteClockFields } }": typeof types.SignSupervisionNoteInNotesClockDocument,
    "mutation UpdateActionItemInNotesClock($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id completedAt } }": typeof types.UpdateActionItemInNotesClockDocument,
    "mutation UpsertLexiconEntryInNotesClock($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase } }": typeof types.UpsertLexiconEntryInNotesClockDocument,
    "fragment NoteCostFields on SupervisionNote { id status version supervisorNote reflections { superviseeId reflection signedAt }\n  signatureWithdrawals { kind } amendments { id } actionItems { id description status dueOn } language { wordCount } }": typeof types.NoteCostFieldsFragmentDoc,
    "mutation RecordSupervisionNoteInNotesCost($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { ...NoteCostFields } }": typeof types.RecordSupervisionNoteInNotesCostDocument,
    "mutation FinalizeSupervisionNoteInNotesCost($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { ...NoteCostFields } }": typeof types.FinalizeSupervisionNoteInNotesCostDocument,
    "mutation SignSupervisionNoteInNotesCost($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { ...NoteCostFields } }": typeof types.SignSupervisionNoteInNotesCostDocument,
    "query SupervisionNoteInNotesCost($id: ID!) { supervisionNote(id: $id) { ...NoteCostFields } }": typeof types.SupervisionNoteInNotesCostDocument,
    "query ActionItemsInNotesCost($f: ActionItemsFilterInput) { actionItems(filter: $f) { id status description textVisible } }": typeof types.ActionItemsInNotesCostDocument,
    "mutation UpdateActionItemInNotesCost($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id status completedAt } }": typeof types.UpdateActionItemInNotesCostDocument,
    "query SupervisionAgendaInNotesCost($id: ID!) { supervisionAgenda(superviseeId: $id) { superviseeId openActionItems { id }\n  recentDriftCodes { code count } lastNote { id actionItemCount openActionItemCount } } }": typeof types.SupervisionAgendaInNotesCostDocument,
    "mutation UpsertLexiconEntryInNotesCost($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase weight source } }": typeof types.UpsertLexiconEntryInNotesCostDocument,
    "fragment NoteFields on SupervisionNote { id occurrenceId sessionId status version types dimensions driftCodes textVisible strengths concerns supervisorNote viewerParty\n  reflections { superviseeId reflection signedAt supervisee { id } } supervisorSignedAt lockedAt finalizedAt signingOrder\n  signatureWithdrawals { kind signedAt withdrawnAt person { id name } changedBy { id } }\n  amendments { id text createdAt author { id } }\n  actionItems { id description textVisible status dueOn dimension owner { id } checklistId }\n  language { wordCount balance totals { medicalModel hierarchical errand mutuality } densities { medicalModel mutuality } } }": typeof types.NoteFieldsFragmentDoc,
    "mutation RecordSupervisionNoteInSupervisionNotes($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { ...NoteFields } }": typeof types.RecordSupervisionNoteInSupervisionNotesDocument,
    "mutation SignSupervisionNoteInSupervisionNotes($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { ...NoteFields } }": typeof types.SignSupervisionNoteInSupervisionNotesDocument,
    "mutation FinalizeSupervisionNoteInSupervisionNotes($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { ...NoteFields } }": typeof types.FinalizeSupervisionNoteInSupervisionNotesDocument,
    "mutation AmendSupervisionNote($i: AmendSupervisionNoteInput!) { amendSupervisionNote(input: $i) { ...NoteFields } }": typeof types.AmendSupervisionNoteDocument,
    "query SupervisionNote($id: ID!) { supervisionNote(id: $id) { ...NoteFields occurrence { id status } } }": typeof types.SupervisionNoteDocument,
    "mutation UpdateActionItemInSupervisionNotes($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id status completedAt description } }": typeof types.UpdateActionItemInSupervisionNotesDocument,
    "query ActionItems($f: ActionItemsFilterInput) { actionItems(filter: $f) { id status description textVisible owner { id } } }": typeof types.ActionItemsDocument,
    "query SupervisionAgendaInSupervisionNotes($id: ID!) { supervisionAgenda(superviseeId: $id) {\n  superviseeId supervisee { id } openActionItems { id description } recentDriftCodes { code label count } recentDimensions { code count }\n  lastNote { id status driftCodes actionItemCount openActionItemCount } nextOccurrence { id startsAt } } }": typeof types.SupervisionAgendaInSupervisionNotesDocument,
    "query SupervisionSessionsInSupervisionNotes($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id status adHoc note { id status types driftCodes actionItemCount } } }": typeof types.SupervisionSessionsInSupervisionNotesDocument,
    "mutation UpdateOrganization { updateOrganization(input: { managersReadNotes: true }) { managersReadNotes } }": typeof types.UpdateOrganizationDocument,
    "mutation UpdateOrganizationInSupervisionNotes { updateOrganization(input: { managersReadNotes: false }) { managersReadNotes } }": typeof types.UpdateOrganizationInSupervisionNotesDocument,
    "mutation UpdateOrganizationInSupervisionNotes2($o: NoteSigningOrder!) { updateOrganization(input: { noteSigningOrder: $o }) { noteSigningOrder } }": typeof types.UpdateOrganizationInSupervisionNotes2Document,
    "mutation ScheduleSupervisionInOccurrenceBudget($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }": typeof types.ScheduleSupervisionInOccurrenceBudgetDocument,
    "query SupervisionComplianceInOccurrenceBudget($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId required recorded ratio daysSinceLast lastSessionAt status\n    reconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled } }\n  total { supervisees required recorded ratio } } }": typeof types.SupervisionComplianceInOccurrenceBudgetDocument,
    "mutation ScheduleInSeriesRevision($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id version } } }": typeof types.ScheduleInSeriesRevisionDocument,
    "mutation UpdateSessionInSeriesRevision($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { session { id } } }": typeof types.UpdateSessionInSeriesRevisionDocument,
    "mutation EndSeriesInSeriesRevision($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { session { id } } }": typeof types.EndSeriesInSeriesRevisionDocument,
    "mutation CancelInSeriesRevision($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { occurrence { status } } }": typeof types.CancelInSeriesRevisionDocument,
    "mutation MoveInSeriesRevision($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { startsAt } } }": typeof types.MoveInSeriesRevisionDocument,
    "mutation MarkInSeriesRevision($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { status } } }": typeof types.MarkInSeriesRevisionDocument,
    "mutation RecordNoteInSeriesRevision($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id } }": typeof types.RecordNoteInSeriesRevisionDocument,
    "mutation AssignTeamInSeriesRevision($i: AssignTeamInput!) { assignTeam(input: $i) { id } }": typeof types.AssignTeamInSeriesRevisionDocument,
    "query OccurrencesInSeriesRevision($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id sessionId startsAt status } }": typeof types.OccurrencesInSeriesRevisionDocument,
    "query ComplianceInSeriesRevision($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId teamId required recorded ratio daysSinceLast lastSessionAt overdue status\n    reconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled } }\n  teams { id supervisees required recorded ratio onTrack behind overdue }\n  total { supervisees required recorded ratio } } }": typeof types.ComplianceInSeriesRevisionDocument,
    "mutation ScheduleSupervisionInSupervisionSessions($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) {\n  warnings session { id version recurrence recurrenceText startsAt startsLocal timeZone seriesEndsAt isRecurring supervisor { id } supervisees { id } } } }": typeof types.ScheduleSupervisionInSupervisionSessionsDocument,
    "mutation UpdateSupervisionSessionInSupervisionSessions($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { warnings session { id version location recurrence previousSessionId startsAt seriesEndsAt } } }": typeof types.UpdateSupervisionSessionInSupervisionSessionsDocument,
    "query SupervisionSessionsInSupervisionSessions($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) {\n  id sessionId startsAt endsAt originalStartsAt timeZone status statusReason moved isRecurring recurrenceText location icsPath supervisor { id } supervisees { id } note { id } } }": typeof types.SupervisionSessionsInSupervisionSessionsDocument,
    "mutation CancelSupervisionOccurrenceInSupervisionSessions($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { warnings occurrence { id status statusReason } } }": typeof types.CancelSupervisionOccurrenceInSupervisionSessionsDocument,
    "mutation MoveSupervisionOccurrenceInSupervisionSessions($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { warnings occurrence { id startsAt originalStartsAt moved location } } }": typeof types.MoveSupervisionOccurrenceInSupervisionSessionsDocument,
    "mutation EndSupervisionSeriesInSupervisionSessions($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { warnings session { id recurrence seriesEndsAt } } }": typeof types.EndSupervisionSeriesInSupervisionSessionsDocument,
    "mutation MarkSupervisionOccurrenceInSupervisionSessions($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { id status } } }": typeof types.MarkSupervisionOccurrenceInSupervisionSessionsDocument,
    "query CalendarFeed { calendarFeed { active createdAt } }": typeof types.CalendarFeedDocument,
    "mutation RevokeCalendarFeed { revokeCalendarFeed }": typeof types.RevokeCalendarFeedDocument,
    "mutation ScheduleSupervisionInStatements($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }": typeof types.ScheduleSupervisionInStatementsDocument,
    "query SupervisionComplianceInStatements($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId required recorded status } total { supervisees required recorded } } }": typeof types.SupervisionComplianceInStatementsDocument,
    "query SupervisionSessionsInStatements($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id status } }": typeof types.SupervisionSessionsInStatementsDocument,
    "query SupervisorWeekInStatements { supervisorWeek { sessions { id } notesToWrite { id } notesAwaiting { noteId } } }": typeof types.SupervisorWeekInStatementsDocument,
    "query SupervisorWeek($i: SupervisorWeekInput) { supervisorWeek(input: $i) {\n  timeZone from to\n  sessions { id startsAt status }\n  notesToWrite { id startsAt status supervisees { id } }\n  notesAwaiting { noteId occurrenceId step with { id } }\n  ratingsDue { subjectId raterType dueDate status }\n  actionItemsDue { id dueOn status description }\n} }": typeof types.SupervisorWeekDocument,
    "fragment DriftPointFields on SeriesPoint { period periodStart value n suppressed }": typeof types.DriftPointFieldsFragmentDoc,
    "query DriftOverviewInAnalyticsSetup($f: DriftFilterInput) { driftOverview(filter: $f) {\n  from to granularity raterTypes minCellSize periods\n  kpis { teams teamsWithAlerts teamsOnWatch mutualityIndex band checklists supervisionRatio }\n  teams(page: { first: 100 }) { totalCount items { team { id } program { id }\n    latest { period mutualityIndex band hierarchicalDriftIndex medicalModelDriftIndex organisationalDriftIndex n }\n    series { metric points { ...DriftPointFields } }\n    dimensions { dimensionCode score n suppressed } } } } }": typeof types.DriftOverviewInAnalyticsSetupDocument,
    "query TeamDriftInAnalyticsSetup($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  team { id } from to granularity raterTypes minCellSize\n  metrics { metric label badDirection points { ...DriftPointFields } signals { id } }\n  itemsMoved { itemCode } selfVsOthers { period self others gap }\n  annotations { id teamId personId onDate label details kind automatic } actionMarkers { id } } }": typeof types.TeamDriftInAnalyticsSetupDocument,
    "query PersonDriftInAnalyticsSetup($id: ID!, $f: DriftFilterInput) { personDrift(personId: $id, filter: $f) {\n  person { id } from to granularity raterTypes\n  metrics { metric points { ...DriftPointFields } } selfVsOthers { period self others gap }\n  annotations { id label personId } } }": typeof types.PersonDriftInAnalyticsSetupDocument,
    "query Annotations($id: ID!, $f: DriftFilterInput) { annotations(teamId: $id, filter: $f) { id teamId personId onDate label details kind automatic } }": typeof types.AnnotationsDocument,
    "mutation CreateAnnotation($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id teamId personId onDate label details kind automatic } }": typeof types.CreateAnnotationDocument,
    "mutation UpdateAnnotation($i: UpdateAnnotationInput!) { updateAnnotation(input: $i) { id teamId personId onDate label details kind automatic } }": typeof types.UpdateAnnotationDocument,
    "mutation DeleteAnnotation($id: ID!) { deleteAnnotation(annotationId: $id) }": typeof types.DeleteAnnotationDocument,
    "mutation AssignSupervisor($i: AssignSupervisorInput!) { assignSupervisor(input: $i) { id } }": typeof types.AssignSupervisorDocument,
    "mutation LoginInAuthSetup($i: LoginInput!) { login(input: $i) { token person { id name email roles organization { id name } } } }": typeof types.LoginInAuthSetupDocument,
    "query MeInAuthSetup { me { id email roles organization { id } } }": typeof types.MeInAuthSetupDocument,
    "mutation InvitePersonInAuthSetup($i: InvitePersonInput!) { invitePerson(input: $i) { person { id invitationPending } } }": typeof types.InvitePersonInAuthSetupDocument,
    "query InvitationInAuthSetup($t: String!) { invitation(token: $t) { personName email organizationName passwordChosen } }": typeof types.InvitationInAuthSetupDocument,
    "mutation AcceptInvitationInAuthSetup($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token person { id email invitationPending } } }": typeof types.AcceptInvitationInAuthSetupDocument,
    "mutation ChangePassword($i: ChangePasswordInput!) { changePassword(input: $i) }": typeof types.ChangePasswordDocument,
    "mutation UpdateMyProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id name jobTitle } }": typeof types.UpdateMyProfileDocument,
    "fragment ChecklistFields on Checklist { id status raterType version revision submittedAt observationStart observationEnd subjectId raterId teamId\n  instrumentVersionId mutualityIndex mutualityIndex100 hierarchicalDriftIndex medicalModelDriftIndex errandDriftIndex organisationalDriftIndex band\n  rater { id } subject { id } team { id } instrumentVersion { version }\n  answers { itemCode value comment }\n  scores { dimensionCode score insufficient answered expected }\n  developmentAreas itemAlerts { itemCode dimensionCode value driftPattern }\n  completeness { canSubmit problems warnings answered expected }\n  revisions { revision submittedAt amendedByName reason mutualityIndex createdAt } }": typeof types.ChecklistFieldsFragmentDoc,
    "mutation StartChecklistInChecklistHelpers($i: StartChecklistInput!) { startChecklist(input: $i) { ...ChecklistFields } }": typeof types.StartChecklistInChecklistHelpersDocument,
    "mutation SaveChecklistAnswersInChecklistHelpers($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { ...ChecklistFields } }": typeof types.SaveChecklistAnswersInChecklistHelpersDocument,
    "mutation SubmitChecklistInChecklistHelpers($i: SubmitChecklistInput!) { submitChecklist(input: $i) { ...ChecklistFields } }": typeof types.SubmitChecklistInChecklistHelpersDocument,
    "mutation AmendChecklistInChecklistHelpers($i: AmendChecklistInput!) { amendChecklist(input: $i) { ...ChecklistFields } }": typeof types.AmendChecklistInChecklistHelpersDocument,
    "query ChecklistsInChecklistsSetup($f: ChecklistFilterInput, $p: PageInput) { checklists(filter: $f, page: $p) { totalCount items { id status raterType subjectId raterId } } }": typeof types.ChecklistsInChecklistsSetupDocument,
    "query ChecklistsDue($w: Int!) { checklistsDue(withinDays: $w) { subjectId subjectName raterType instrumentKey dueDate status lastSubmittedAt draftId } }": typeof types.ChecklistsDueDocument,
    "query ChecklistPolicy($id: ID!) { checklistPolicy(programId: $id) { programId selfEveryDays supervisorEveryDays personServedEveryDays } }": typeof types.ChecklistPolicyDocument,
    "mutation UpdateChecklistPolicy($i: ChecklistPolicyInput!) { updateChecklistPolicy(input: $i) { programId selfEveryDays supervisorEveryDays personServedEveryDays } }": typeof types.UpdateChecklistPolicyDocument,
    "mutation CreatePersonServedLinkInChecklistsSetup($s: ID!) { createPersonServedLink(subjectId: $s) { url expiresAt } }": typeof types.CreatePersonServedLinkInChecklistsSetupDocument,
    "query PersonServedForm($t: String!) { personServedForm(token: $t) { peerFirstName organizationName definitionJson } }": typeof types.PersonServedFormDocument,
    "query InstrumentsInChecklistsSetup { instruments { id key title currentVersion { version status items { code } dimensions { code } } } }": typeof types.InstrumentsInChecklistsSetupDocument,
    "query Instrument($k: String!) { instrument(key: $k) { id key title currentVersion { version } } }": typeof types.InstrumentDocument,
    "fragment InstrumentVersionFields on InstrumentVersion { id version status publishedAt title problems definitionJson\n  crosswalk { fromItemCode toItemCode }\n  items { code order dimensionCode polarity driftPattern naAllowed inShortForm help reflectionPrompt prompts { self supervisor reviewer personServed } } }": typeof types.InstrumentVersionFieldsFragmentDoc,
    "mutation CreateInstrumentDraft($k: String!) { createInstrumentDraft(instrumentKey: $k) { ...InstrumentVersionFields } }": typeof types.CreateInstrumentDraftDocument,
    "mutation UpdateInstrumentDraft($i: UpdateInstrumentDraftInput!) { updateInstrumentDraft(input: $i) { ...InstrumentVersionFields } }": typeof types.UpdateInstrumentDraftDocument,
    "mutation UpdateInstrumentItem($i: UpdateInstrumentItemInput!) { updateInstrumentItem(input: $i) { ...InstrumentVersionFields } }": typeof types.UpdateInstrumentItemDocument,
    "mutation AddInstrumentItem($i: AddInstrumentItemInput!) { addInstrumentItem(input: $i) { ...InstrumentVersionFields } }": typeof types.AddInstrumentItemDocument,
    "mutation RetireInstrumentItem($i: RetireInstrumentItemInput!) { retireInstrumentItem(input: $i) { ...InstrumentVersionFields } }": typeof types.RetireInstrumentItemDocument,
    "mutation MoveInstrumentItem($i: MoveInstrumentItemInput!) { moveInstrumentItem(input: $i) { ...InstrumentVersionFields } }": typeof types.MoveInstrumentItemDocument,
    "mutation PublishInstrumentDraft($k: String!) { publishInstrumentDraft(instrumentKey: $k) { ...InstrumentVersionFields } }": typeof types.PublishInstrumentDraftDocument,
    "mutation DiscardInstrumentDraft($k: String!) { discardInstrumentDraft(instrumentKey: $k) }": typeof types.DiscardInstrumentDraftDocument,
    "mutation ImportInstrument($i: ImportInstrumentInput!) { importInstrument(input: $i) { ...InstrumentVersionFields } }": typeof types.ImportInstrumentDocument,
    "query ExportInstrument($k: String!, $f: InstrumentFormat!, $v: Int) { exportInstrument(instrumentKey: $k, format: $f, version: $v) }": typeof types.ExportInstrumentDocument,
    "query InstrumentVersionValidation($k: String!) { instrumentVersionValidation(instrumentKey: $k) }": typeof types.InstrumentVersionValidationDocument,
    "query InstrumentInInstrumentsSetup($k: String!) { instrument(key: $k) { id key title currentVersion { id version } draft { id version } versions { id version status } } }": typeof types.InstrumentInInstrumentsSetupDocument,
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
    "mutation ImportRoster($i: ImportRosterInput!) { importRoster(input: $i) {\n  dryRun applied totalRows createCount updateCount errorCount fileErrors\n  rows { line name email team roles supervisorEmail action errors invited } } }": typeof types.ImportRosterDocument,
    "mutation UpdateOrganizationInOrgAdminSetup($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id name managersReadNotes } }": typeof types.UpdateOrganizationInOrgAdminSetupDocument,
    "query PeopleInOrgAdminSetup($f: PeopleFilterInput, $p: PageInput) { people(filter: $f, page: $p) { totalCount items { id name } } }": typeof types.PeopleInOrgAdminSetupDocument,
    "query MeInViewerCache { me { id name roles } }": typeof types.MeInViewerCacheDocument,
    "mutation UpdateMyProfileInViewerCache($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id name } }": typeof types.UpdateMyProfileInViewerCacheDocument,
    "mutation LogoutInViewerCache { logout }": typeof types.LogoutInViewerCacheDocument,
    "mutation ChangePasswordInViewerCache($i: ChangePasswordInput!) { changePassword(input: $i) }": typeof types.ChangePasswordInViewerCacheDocument,
    "mutation DeactivateInViewerCache($id: ID!) { deactivatePerson(personId: $id) { id active } }": typeof types.DeactivateInViewerCacheDocument,
    "mutation SetRolesInViewerCache($i: SetPersonRolesInput!) { setPersonRoles(input: $i) { id } }": typeof types.SetRolesInViewerCacheDocument,
    "mutation UpdatePersonInViewerCache($i: UpdatePersonInput!) { updatePerson(input: $i) { id name } }": typeof types.UpdatePersonInViewerCacheDocument,
};
const documents: Documents = {
    "fragment ActionFields on Action { id scope status overdue textVisible description canUpdate source team { id name } person { id name } groupSession supervisor { id name }\n  owner { id name } dueOn createdOn metric metricLabel worseDirection signalId signalPeriod signalRule signalDirection\n  before { period value } after { period value } change }": types.ActionFieldsFragmentDoc,
    "mutation CreateAction($i: CreateActionInput!) { createAction(input: $i) { ...ActionFields } }": types.CreateActionDocument,
    "query Actions($i: ActionsPageInput) { actions(input: $i) { total overdue offset limit items { ...ActionFields } } }": types.ActionsDocument,
    "mutation UpdateActionItem($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id status } }": types.UpdateActionItemDocument,
    "query SupervisionAgenda($id: ID!) { supervisionAgenda(superviseeId: $id) { olderOpenActionCount openActionItems { id } } }": types.SupervisionAgendaDocument,
    "mutation CreatePersonServedLink($s: ID!) { createPersonServedLink(subjectId: $s) { url } }": types.CreatePersonServedLinkDocument,
    "mutation SubmitPersonServedFeedback($i: PersonServedAnswersInput!) { submitPersonServedFeedback(input: $i) }": types.SubmitPersonServedFeedbackDocument,
    "mutation StartChecklistInAuditAtCommit($i: StartChecklistInput!) { startChecklist(input: $i) { id } }": types.StartChecklistInAuditAtCommitDocument,
    "query AuditEvents($i: AuditEventsInput) { auditEvents(input: $i) {\n  totalCount totalCountCapped pageInfo { endCursor hasNextPage }\n  items { id action actionLabel category entity entityId subject actorId actorName readAs createdAt } } }": types.AuditEventsDocument,
    "mutation InvitePerson($i: InvitePersonInput!) { invitePerson(input: $i) { person { id name } } }": types.InvitePersonDocument,
    "query AuditActions { auditActions { action } }": types.AuditActionsDocument,
    "query AuditEntities { auditEntities { entity } }": types.AuditEntitiesDocument,
    "query AuditActionsInAuditLog { auditActions { action label category } }": types.AuditActionsInAuditLogDocument,
    "query AuditEntitiesInAuditLog { auditEntities { entity label } }": types.AuditEntitiesInAuditLogDocument,
    "mutation DeactivatePerson($id: ID!) { deactivatePerson(personId: $id) { id active } }": types.DeactivatePersonDocument,
    "mutation ReactivatePerson($id: ID!) { reactivatePerson(personId: $id) { id active } }": types.ReactivatePersonDocument,
    "mutation CreateProgram($i: CreateProgramInput!) { createProgram(input: $i) { id name } }": types.CreateProgramDocument,
    "mutation SetPersonRoles($i: SetPersonRolesInput!) { setPersonRoles(input: $i) { id } }": types.SetPersonRolesDocument,
    "mutation ResendInvitation($id: ID!) { resendInvitation(personId: $id) }": types.ResendInvitationDocument,
    "query People { people(filter: { includeInactive: true }) { totalCount items { id } } }": types.PeopleDocument,
    "query Person($id: ID!) { person(id: $id) { id } }": types.PersonDocument,
    "query ProgramsTeams { programs { id } teams { id } }": types.ProgramsTeamsDocument,
    "query Me { me { name jobTitle } }": types.MeDocument,
    "query MeInAuthAccounts { me { name } }": types.MeInAuthAccountsDocument,
    "query MeId { me { id } }": types.MeIdDocument,
    "query MeInAuthSignIn2 { me { id name email } }": types.MeInAuthSignIn2Document,
    "mutation Logout { logout }": types.LogoutDocument,
    "mutation SaveChecklistAnswers($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { version } }": types.SaveChecklistAnswersDocument,
    "query Checklist($id: ID!) { checklist(id: $id) { version answers { itemCode value comment } } }": types.ChecklistDocument,
    "query ChecklistWithFields($id: ID!) { checklist(id: $id) { ...ChecklistFields } }": types.ChecklistWithFieldsDocument,
    "query Checklists($f: ChecklistFilterInput, $p: PageInput, $after: String) {\n  checklists(filter: $f, page: $p, after: $after) { totalCount totalCountCapped pageInfo { endCursor hasNextPage } items { id } } }": types.ChecklistsDocument,
    "mutation StartChecklist($i: StartChecklistInput!) { startChecklist(input: $i) { id } }": types.StartChecklistDocument,
    "mutation SubmitChecklist($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id status revision version submittedAt } }": types.SubmitChecklistDocument,
    "query ChecklistInChecklistsResults($id: ID!) { checklist(id: $id) { raterType rater { id } raterId } }": types.ChecklistInChecklistsResultsDocument,
    "mutation StartChecklistInRollupsInHand($i: StartChecklistInput!) { startChecklist(input: $i) { id version } }": types.StartChecklistInRollupsInHandDocument,
    "mutation SaveChecklistAnswersInRollupsInHand($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { id version } }": types.SaveChecklistAnswersInRollupsInHandDocument,
    "mutation SubmitChecklistInRollupsInHand($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id version } }": types.SubmitChecklistInRollupsInHandDocument,
    "mutation AmendChecklistInRollupsInHand($i: AmendChecklistInput!) { amendChecklist(input: $i) { id version revision mutualityIndex } }": types.AmendChecklistInRollupsInHandDocument,
    "mutation AssignTeamInRollupsInHand($i: AssignTeamInput!) { assignTeam(input: $i) { id } }": types.AssignTeamInRollupsInHandDocument,
    "mutation CreatePersonServedLinkInRollupsInHand($s: ID!) { createPersonServedLink(subjectId: $s) { url } }": types.CreatePersonServedLinkInRollupsInHandDocument,
    "mutation SubmitPersonServedFeedbackInRollupsInHand($i: PersonServedAnswersInput!) { submitPersonServedFeedback(input: $i) }": types.SubmitPersonServedFeedbackInRollupsInHandDocument,
    "query ChecklistInChecklistsVisibilityDue($id: ID!) { checklist(id: $id) { id status rater { id } } }": types.ChecklistInChecklistsVisibilityDueDocument,
    "mutation CreateAnnotationUnderLoad($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }": types.CreateAnnotationUnderLoadDocument,
    "mutation SubmitChecklistStatus($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id status } }": types.SubmitChecklistStatusDocument,
    "query ChecklistsInDatabaseFaults { checklists(page: { take: 5 }) { totalCount } }": types.ChecklistsInDatabaseFaultsDocument,
    "fragment HistorySignal on DriftSignal { id metric period since rule severity direction inForce beforeRange message }": types.HistorySignalFragmentDoc,
    "query TeamDrift($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  from to metrics { metric points { period value n } signals { ...HistorySignal }\n    limits { centre baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } } }\n  annotations { id onDate label details kind automatic }\n  actionMarkers { id outcome outcomeSignalId } } }": types.TeamDriftDocument,
    "query DriftOverview($f: DriftFilterInput) { driftOverview(filter: $f) { kpis { teamsWithAlerts }\n  teams(page: { first: 100 }) { items { team { id name } activeSignals { ...HistorySignal } } } } }": types.DriftOverviewDocument,
    "mutation RebaselineTeam($i: RebaselineTeamInput!) { rebaselineTeam(input: $i) { id teamId fromDate reason createdByName } }": types.RebaselineTeamDocument,
    "mutation DeleteBaselineReset($id: ID!) { deleteBaselineReset(id: $id) }": types.DeleteBaselineResetDocument,
    "fragment SignalInJudgementCache on DriftSignal { id metric period since rule message severity direction inForce beforeRange }": types.SignalInJudgementCacheFragmentDoc,
    "query OverviewInJudgementCache($f: DriftFilterInput) { driftOverview(filter: $f) { from to periods\n  kpis { teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady mutualityIndex band checklists }\n  attention { team { id } activeSignals { ...SignalInJudgementCache } } improving { team { id } activeSignals { ...SignalInJudgementCache } }\n  programs { programId teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady }\n  teams(page: { first: 100 }) { totalCount items { team { id }\n    latest { period band mutualityIndex hierarchicalDriftIndex medicalModelDriftIndex organisationalDriftIndex n }\n    activeSignals { ...SignalInJudgementCache } dimensions { dimensionCode score n suppressed }\n    series { metric points { period value n suppressed }\n      limits { centre upper lower sigma baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } }\n      signals { ...SignalInJudgementCache } } } } } }": types.OverviewInJudgementCacheDocument,
    "query TeamDriftInJudgementCache($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  metrics { metric points { period value n suppressed }\n    limits { centre upper lower sigma baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } }\n    signals { ...SignalInJudgementCache } } } }": types.TeamDriftInJudgementCacheDocument,
    "mutation AssignTeamInJudgementCache($i: AssignTeamInput!) { assignTeam(input: $i) { id } }": types.AssignTeamInJudgementCacheDocument,
    "fragment SignalInOverviewMemo on DriftSignal { id metric period since rule message severity direction inForce beforeRange }": types.SignalInOverviewMemoFragmentDoc,
    "query OverviewInOverviewMemo($f: DriftFilterInput, $page: DriftTeamsPageInput) { driftOverview(filter: $f) { from to granularity periods raterTypes minCellSize\n  kpis { teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady mutualityIndex band checklists supervisionRatio }\n  attention { team { id name } program { id name } activeSignals { ...SignalInOverviewMemo } }\n  improving { team { id name } program { id name } activeSignals { ...SignalInOverviewMemo } }\n  programs { programId programName teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady }\n  teams(page: $page) { totalCount pageInfo { endCursor hasNextPage } items { team { id name memberCount } program { id name }\n    latest { period band mutualityIndex hierarchicalDriftIndex medicalModelDriftIndex organisationalDriftIndex n }\n    activeSignals { ...SignalInOverviewMemo } dimensions { dimensionCode dimensionTitle score n suppressed }\n    series { metric label badDirection points { period periodStart value n suppressed }\n      limits { centre upper lower sigma baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } }\n      signals { ...SignalInOverviewMemo } }\n    supervision { ratio recorded required overdueCount superviseeCount } } } } }": types.OverviewInOverviewMemoDocument,
    "mutation AssignTeamInOverviewMemo($i: AssignTeamInput!) { assignTeam(input: $i) { id } }": types.AssignTeamInOverviewMemoDocument,
    "mutation ScheduleSupervisionInOverviewMemo($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }": types.ScheduleSupervisionInOverviewMemoDocument,
    "fragment PagedSignal on DriftSignal { id direction severity since }": types.PagedSignalFragmentDoc,
    "fragment PagedTeamSummary on TeamDriftSummary { team { id name } program { id name } latest { period mutualityIndex band hierarchicalDriftIndex medicalModelDriftIndex n }\n  activeSignals { ...PagedSignal } dimensions { dimensionCode score n suppressed } supervision { required recorded }\n  series { metric points { period value n } signals { id } } }": types.PagedTeamSummaryFragmentDoc,
    "query DriftOverviewPage($f: DriftFilterInput, $p: DriftTeamsPageInput) { driftOverview(filter: $f) {\n  kpis { teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady mutualityIndex band checklists supervisionRatio }\n  attention { team { id } activeSignals { ...PagedSignal } } improving { team { id } activeSignals { ...PagedSignal } }\n  programs { programId programName teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady }\n  teams(page: $p) { totalCount pageInfo { endCursor hasNextPage } items { ...PagedTeamSummary } } } }": types.DriftOverviewPageDocument,
    "query OverviewSeriesOf($p: DriftTeamsPageInput, $m: [OverviewSeriesMetric!]) { driftOverview {\n  teams(page: $p) { items { team { id } series(metrics: $m) { metric label badDirection points { period value n suppressed }\n    limits { centre points { period centre lower upper } } signals { id } } } } } }": types.OverviewSeriesOfDocument,
    "query OverviewSeriesAll($p: DriftTeamsPageInput) { driftOverview {\n  teams(page: $p) { items { team { id } series { metric label badDirection points { period value n suppressed }\n    limits { centre points { period centre lower upper } } signals { id } } } } } }": types.OverviewSeriesAllDocument,
    "mutation CreateDriftAction($i: CreateDriftActionInput!) { createDriftAction(input: $i) { id } }": types.CreateDriftActionDocument,
    "query DriftOverviewInFiguresAgree($f: DriftFilterInput) { driftOverview(filter: $f) { to\n  kpis { mutualityIndex band supervisionRatio }\n  teams(page: { first: 100 }) { items { team { id name } latest { period mutualityIndex band }\n    dimensions { dimensionCode score }\n    supervision { required recorded overdueCount superviseeCount } } } } }": types.DriftOverviewInFiguresAgreeDocument,
    "query TeamDriftInFiguresAgree($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  metrics { metric points { period value } } } }": types.TeamDriftInFiguresAgreeDocument,
    "query SupervisionCompliance($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  total { required recorded overdue supervisees }\n  teams { id required recorded overdue supervisees } } }": types.SupervisionComplianceDocument,
    "mutation FastPathSignIn($i: LoginInput!) { login(input: $i) { token } }": types.FastPathSignInDocument,
    "query FastPathWhoAmI { me { id } }": types.FastPathWhoAmIDocument,
    "query FastPathLogged { __typename }": types.FastPathLoggedDocument,
    "\n  mutation FastPathHalfDone($p: CreateProgramInput!, $t: CreateTeamInput!) { createProgram(input: $p) { id } createTeam(input: $t) { id } }\n": types.FastPathHalfDoneDocument,
    "query FastPathTypename { __typename }": types.FastPathTypenameDocument,
    "query FastPathAuditActions { auditActions { action category label } }": types.FastPathAuditActionsDocument,
    "mutation FastPathCreateProgram($i: CreateProgramInput!) { createProgram(input: $i) { id } }": types.FastPathCreateProgramDocument,
    "mutation FastPathLogout { logout }": types.FastPathLogoutDocument,
    "query WhoAmI { me { id } }": types.WhoAmIDocument,
    "mutation SignIn($i: LoginInput!) { login(input: $i) { token } }": types.SignInDocument,
    "query WhoAmINoStore { me { id } }": types.WhoAmINoStoreDocument,
    "query ChecklistsInInputHardening($f: ChecklistFilterInput) { checklists(filter: $f) { totalCount } }": types.ChecklistsInInputHardeningDocument,
    "query DriftOverviewInInputHardening($f: DriftFilterInput) { driftOverview(filter: $f) { __typename } }": types.DriftOverviewInInputHardeningDocument,
    "query AnnotationsInInputHardening($f: DriftFilterInput, $t: ID!) { annotations(filter: $f, teamId: $t) { id } }": types.AnnotationsInInputHardeningDocument,
    "mutation CreateAnnotationInInputHardening($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }": types.CreateAnnotationInInputHardeningDocument,
    "mutation UpdatePersonInInputHardening($i: UpdatePersonInput!) { updatePerson(input: $i) { id } }": types.UpdatePersonInInputHardeningDocument,
    "mutation AssignTeamInInputHardening($i: AssignTeamInput!) { assignTeam(input: $i) { id } }": types.AssignTeamInInputHardeningDocument,
    "mutation StartChecklistInInputHardening($i: StartChecklistInput!) { startChecklist(input: $i) { id } }": types.StartChecklistInInputHardeningDocument,
    "mutation CreateDriftActionInInputHardening($i: CreateDriftActionInput!) { createDriftAction(input: $i) { id } }": types.CreateDriftActionInInputHardeningDocument,
    "query LanguageDensitySeriesInInputHardening($f: LanguageSeriesFilterInput!) { languageDensitySeries(filter: $f) { teamId } }": types.LanguageDensitySeriesInInputHardeningDocument,
    "query SupervisionSessionsInInputHardening($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id } }": types.SupervisionSessionsInInputHardeningDocument,
    "query SupervisionComplianceInInputHardening($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) { from } }": types.SupervisionComplianceInInputHardeningDocument,
    "mutation ScheduleSupervisionInInputHardening($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { warnings } }": types.ScheduleSupervisionInInputHardeningDocument,
    "mutation UpdateMyProfileInInputHardening($i: UpdateProfileInput!) { updateMyProfile(input: $i) { name } }": types.UpdateMyProfileInInputHardeningDocument,
    "query PeopleInInputHardening($f: PeopleFilterInput) { people(filter: $f) { totalCount } }": types.PeopleInInputHardeningDocument,
    "query ReflectLanguageInInputHardening($x: String!) { reflectLanguage(text: $x) { __typename } }": types.ReflectLanguageInInputHardeningDocument,
    "query PersonServedFormInInputHardening($x: String!) { personServedForm(token: $x) { __typename } }": types.PersonServedFormInInputHardeningDocument,
    "mutation RecordSupervisionNoteInInputHardening($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id } }": types.RecordSupervisionNoteInInputHardeningDocument,
    "query InstrumentInInputHardening($k: String!) { instrument(key: $k) { id } }": types.InstrumentInInputHardeningDocument,
    "mutation MoveSupervisionOccurrenceInInputHardening($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { location link moved } } }": types.MoveSupervisionOccurrenceInInputHardeningDocument,
    "query SupervisionComplianceInInputHardening2($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) { from to } }": types.SupervisionComplianceInInputHardening2Document,
    "query TeamDriftInInputHardening($f: DriftFilterInput, $t: ID!) { teamDrift(filter: $f, teamId: $t) { __typename } }": types.TeamDriftInInputHardeningDocument,
    "query PeopleInInputHardening2($p: PageInput) { people(page: $p) { totalCount } }": types.PeopleInInputHardening2Document,
    "query ChecklistsDueInInputHardening { checklistsDue(withinDays: 367) { __typename } }": types.ChecklistsDueInInputHardeningDocument,
    "query Instruments { instruments { key title currentVersion { version status items { code } } draft { id } } }": types.InstrumentsDocument,
    "query InstrumentsInInstrumentsImportExport($a: Boolean!) { instruments(includeUnpublished: $a) { key } }": types.InstrumentsInInstrumentsImportExportDocument,
    "query InstrumentsInInstrumentsImportExport2 { instruments(includeUnpublished: true) { key } }": types.InstrumentsInInstrumentsImportExport2Document,
    "mutation SubmitPersonServedFeedbackInvitePerson($f: PersonServedAnswersInput!, $i: InvitePersonInput!) {\n         submitPersonServedFeedback(input: $f) invitePerson(input: $i) { person { id } } }": types.SubmitPersonServedFeedbackInvitePersonDocument,
    "mutation AcceptInvitation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { person { id organization { id } } } }": types.AcceptInvitationDocument,
    "mutation CreateCalendarFeed { createCalendarFeed }": types.CreateCalendarFeedDocument,
    "mutation UpdateNotificationSettings($i: UpdateNotificationSettingsInput!) {\n  updateNotificationSettings(input: $i) { timeZone digestWeekday digestTime digestWhenQuiet } }": types.UpdateNotificationSettingsDocument,
    "query NotificationSettings { notificationSettings { timeZone digestWeekday digestTime digestWhenQuiet } }": types.NotificationSettingsDocument,
    "mutation ScheduleSupervision($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id startsAt } } }": types.ScheduleSupervisionDocument,
    "mutation CancelSupervisionOccurrence($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { occurrence { id status } } }": types.CancelSupervisionOccurrenceDocument,
    "mutation MoveSupervisionOccurrence($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { id startsAt } } }": types.MoveSupervisionOccurrenceDocument,
    "mutation RecordSupervisionNote($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id version status } }": types.RecordSupervisionNoteDocument,
    "mutation UpdateSupervisionSession($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { session { id version startsAt } } }": types.UpdateSupervisionSessionDocument,
    "mutation EndSupervisionSeries($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { session { id recurrence } } }": types.EndSupervisionSeriesDocument,
    "mutation SignSupervisionNote($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { id version status } }": types.SignSupervisionNoteDocument,
    "mutation FinalizeSupervisionNote($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { id version status } }": types.FinalizeSupervisionNoteDocument,
    "mutation SetNotificationPreference($i: SetNotificationPreferenceInput!) { setNotificationPreference(input: $i) { kind channel } }": types.SetNotificationPreferenceDocument,
    "mutation Login($i: LoginInput!) { login(input: $i) { token } }": types.LoginDocument,
    "query NotificationPreferences { notificationPreferences { kind label channel } }": types.NotificationPreferencesDocument,
    "mutation SetNotificationPreferenceInBusinessTime($i: SetNotificationPreferenceInput!) { setNotificationPreference(input: $i) { kind channel } }": types.SetNotificationPreferenceInBusinessTimeDocument,
    "mutation UpdateNotificationSettingsInBusinessTime($i: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $i) { timeZone digestWhenQuiet } }": types.UpdateNotificationSettingsInBusinessTimeDocument,
    "mutation ScheduleSupervisionInBusinessTime($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }": types.ScheduleSupervisionInBusinessTimeDocument,
    "query NotificationsInBusinessTime { notifications { items { id } } }": types.NotificationsInBusinessTimeDocument,
    "mutation MarkNotificationReadInBusinessTime($i: MarkNotificationReadInput!) { markNotificationRead(input: $i) { id readAt } }": types.MarkNotificationReadInBusinessTimeDocument,
    "mutation ChangePasswordInBusinessTime($i: ChangePasswordInput!) { changePassword(input: $i) }": types.ChangePasswordInBusinessTimeDocument,
    "mutation SendPasswordResetInBusinessTime($id: ID!) { sendPasswordReset(personId: $id) }": types.SendPasswordResetInBusinessTimeDocument,
    "query Notifications($i: NotificationsInput) { notifications(input: $i) { totalCount unreadCount items { id kind title link readAt } } }": types.NotificationsDocument,
    "query UnreadNotificationCount { unreadNotificationCount }": types.UnreadNotificationCountDocument,
    "mutation MarkNotificationRead($i: MarkNotificationReadInput!) { markNotificationRead(input: $i) { id readAt } }": types.MarkNotificationReadDocument,
    "mutation MarkAllNotificationsRead { markAllNotificationsRead }": types.MarkAllNotificationsReadDocument,
    "query NotificationSettingsInNotificationsInbox { notificationSettings { timeZone digestWeekday digestTime } }": types.NotificationSettingsInNotificationsInboxDocument,
    "mutation UpdateNotificationSettingsInNotificationsInbox($i: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $i) { timeZone digestWeekday digestTime } }": types.UpdateNotificationSettingsInNotificationsInboxDocument,
    "mutation ScheduleSupervisionSessionId($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }": types.ScheduleSupervisionSessionIdDocument,
    "mutation InvitePersonId($i: InvitePersonInput!) { invitePerson(input: $i) { person { id } } }": types.InvitePersonIdDocument,
    "mutation AcceptInvitationToken($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }": types.AcceptInvitationTokenDocument,
    "mutation SendPasswordReset($id: ID!) { sendPasswordReset(personId: $id) }": types.SendPasswordResetDocument,
    "mutation RetryOutboxMessage($i: RetryOutboxMessageInput!) { retryOutboxMessage(input: $i) { id status attempts lastError } }": types.RetryOutboxMessageDocument,
    "query OutboxSummary { outboxSummary { mailConfigured held queued sending sent failed } }": types.OutboxSummaryDocument,
    "query OutboxMessages($f: OutboxFilterInput) { outboxMessages(filter: $f) { totalCount items { id kind status attempts lastError sentAt } } }": types.OutboxMessagesDocument,
    "mutation UpdateNotificationSettingsInNotificationsMail($i: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $i) { timeZone } }": types.UpdateNotificationSettingsInNotificationsMailDocument,
    "query NotificationsInNotificationsMail { notifications { unreadCount items { kind title link } } }": types.NotificationsInNotificationsMailDocument,
    "query PersonInOrganizationAdminPeople($id: ID!) { person(id: $id) { startedOn } }": types.PersonInOrganizationAdminPeopleDocument,
    "query MeInOrganizationAdminPeople { me { startedOn } }": types.MeInOrganizationAdminPeopleDocument,
    "query PeoplePeople($s: String) { active: people(filter: { search: $s }) { totalCount } all: people(filter: { search: $s, includeInactive: true }) { items { id active } } }": types.PeoplePeopleDocument,
    "query Invitation($t: String!) { invitation(token: $t) { email } }": types.InvitationDocument,
    "query InvitationInOrganizationAdminPeople($t: String!) { invitation(token: $t) { personName } }": types.InvitationInOrganizationAdminPeopleDocument,
    "query Programs { programs { id name teamCount teams { id } } }": types.ProgramsDocument,
    "query ProgramsInOrganizationAdminQueries { programs { id } }": types.ProgramsInOrganizationAdminQueriesDocument,
    "query Program($id: ID!) { program(id: $id) { id name teams { name } } }": types.ProgramDocument,
    "query ProgramInOrganizationAdminQueries($id: ID!) { program(id: $id) { id } }": types.ProgramInOrganizationAdminQueriesDocument,
    "query ProgramsInOrganizationAdminQueries2($a: Boolean!) { programs(includeArchived: $a) { id } }": types.ProgramsInOrganizationAdminQueries2Document,
    "query Teams { teams { id name memberCount program { id } } }": types.TeamsDocument,
    "query TeamIdsOfProgram($p: ID) { teams(filter: { programId: $p }) { id } }": types.TeamIdsOfProgramDocument,
    "query TeamsInOrganizationAdminQueries2 { teams { id } }": types.TeamsInOrganizationAdminQueries2Document,
    "query Team($id: ID!) { team(id: $id) { id name members { id } } }": types.TeamDocument,
    "query TeamInOrganizationAdminQueries($id: ID!) { team(id: $id) { id } }": types.TeamInOrganizationAdminQueriesDocument,
    "query PeopleInOrganizationAdminQueries { people { totalCount items { id } } }": types.PeopleInOrganizationAdminQueriesDocument,
    "query PersonInOrganizationAdminQueries($id: ID!) { person(id: $id) { id roles team { name program { name } } supervisor { id } } }": types.PersonInOrganizationAdminQueriesDocument,
    "query PersonInOrganizationAdminQueries2($id: ID!) { person(id: $id) { supervisees { id } } }": types.PersonInOrganizationAdminQueries2Document,
    "query PeopleInOrganizationAdminQueries2 { people(page: { take: 100 }) { items { id } } }": types.PeopleInOrganizationAdminQueries2Document,
    "query PeopleInOrganizationAdminQueries3 { people { totalCount } }": types.PeopleInOrganizationAdminQueries3Document,
    "query PeopleInOrganizationAdminQueries4($t: ID) { people(filter: { teamId: $t }) { items { id } } }": types.PeopleInOrganizationAdminQueries4Document,
    "query PeopleInOrganizationAdminQueries5 { people(filter: { role: SUPERVISOR }) { items { id } } }": types.PeopleInOrganizationAdminQueries5Document,
    "query PeopleInOrganizationAdminQueries6($s: String) { people(filter: { search: $s }) { items { id } } }": types.PeopleInOrganizationAdminQueries6Document,
    "query PeopleInOrganizationAdminQueries7 { people(filter: { search: \"%\" }) { totalCount } }": types.PeopleInOrganizationAdminQueries7Document,
    "query Organization { organization { id name managersReadNotes } }": types.OrganizationDocument,
    "query OrganizationInOrganizationAdminQueries { organization { id } }": types.OrganizationInOrganizationAdminQueriesDocument,
    "query AuditEventsInOrganizationAdminQueries($id: ID) { auditEvents(input: { entityId: $id }) { totalCount items { action actorId actorName entity entityId requestId summary subject actionLabel } } }": types.AuditEventsInOrganizationAdminQueriesDocument,
    "query AuditEventsInOrganizationAdminQueries2($id: ID) { auditEvents(input: { entityId: $id }) { totalCount } }": types.AuditEventsInOrganizationAdminQueries2Document,
    "query AuditEventsInOrganizationAdminQueries3 { auditEvents(input: { view: SIGN_INS, first: 100 }) { totalCount items { action entityId createdAt } } }": types.AuditEventsInOrganizationAdminQueries3Document,
    "query AuditEventsInOrganizationAdminQueries4 { auditEvents(input: { action: \"person.invited\" }) { totalCount } }": types.AuditEventsInOrganizationAdminQueries4Document,
    "query AuditEventsInOrganizationAdminQueries5 { auditEvents { totalCount } }": types.AuditEventsInOrganizationAdminQueries5Document,
    "query AuditEventsInOrganizationAdminQueries6 { auditEvents(input: { first: 101 }) { totalCount } }": types.AuditEventsInOrganizationAdminQueries6Document,
    "query AuditEventsInOrganizationAdminQueries7 { auditEvents(input: { entityId: \"person-1\" }) { totalCount } }": types.AuditEventsInOrganizationAdminQueries7Document,
    "query PeopleInOrganizationAdminQueries8 { people(page: { take: 50 }) { items { id team { name program { name } } supervisor { name } roles } } }": types.PeopleInOrganizationAdminQueries8Document,
    "query ProgramsInOrganizationAdminQueries3 { programs { id teamCount teams { id memberCount } } }": types.ProgramsInOrganizationAdminQueries3Document,
    "query ProgramsInOrganizationAdminStructure { programs { id name } }": types.ProgramsInOrganizationAdminStructureDocument,
    "query ProgramsPrograms { active: programs { id } all: programs(includeArchived: true) { id archived } }": types.ProgramsProgramsDocument,
    "query TeamsTeams { active: teams { id } all: teams(filter: { includeArchived: true }) { id archived } }": types.TeamsTeamsDocument,
    "query PeopleInOrganizationAdminStructure($s: String) { people(filter: { search: $s }) { items { email roles team { name } supervisor { email } } } }": types.PeopleInOrganizationAdminStructureDocument,
    "query PersonInOrganizationAdminStructure($id: ID!) { person(id: $id) { name roles team { name } teamHistory { endsOn } } }": types.PersonInOrganizationAdminStructureDocument,
    "query OutboxMessagesInPasswordReset($f: OutboxFilterInput, $p: PageInput) { outboxMessages(filter: $f, page: $p) {\n  totalCount items { id kind recipientId toAddress subject bodyText actionUrl createdAt recipient { id name } } } }": types.OutboxMessagesInPasswordResetDocument,
    "mutation RequestPasswordReset($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }": types.RequestPasswordResetDocument,
    "query PasswordReset($t: String!) { passwordReset(token: $t) { personName email organizationName } }": types.PasswordResetDocument,
    "mutation ResetPassword($i: ResetPasswordInput!) { resetPassword(input: $i) }": types.ResetPasswordDocument,
    "query PasswordResetMeOutboxMessages($t: String!) { passwordReset(token: $t) { email } me { id organization { id } }\n      outboxMessages { items { recipientId } } }": types.PasswordResetMeOutboxMessagesDocument,
    "query ChecklistInPersonServedPrivacy($id: ID!) { checklist(id: $id) { answers { itemCode value } } }": types.ChecklistInPersonServedPrivacyDocument,
    "mutation AmendChecklist($i: AmendChecklistInput!) { amendChecklist(input: $i) { id } }": types.AmendChecklistDocument,
    "query PersonDrift($p: ID!, $f: DriftFilterInput) { personDrift(personId: $p, filter: $f) {\n  metrics { metric points { periodStart value n suppressed } } selfVsOthers { period self others gap } } }": types.PersonDriftDocument,
    "query TeamDriftInPersonServedPrivacy($t: ID!, $f: DriftFilterInput) { teamDrift(teamId: $t, filter: $f) {\n  metrics { metric points { value n } } itemsMoved { itemCode } selfVsOthers { others } actionMarkers { before after } } }": types.TeamDriftInPersonServedPrivacyDocument,
    "query DriftOverviewInPersonServedPrivacy($f: DriftFilterInput) { driftOverview(filter: $f) { kpis { mutualityIndex checklists }\n  teams(page: { first: 100 }) { items { team { id } latest { mutualityIndex hierarchicalDriftIndex medicalModelDriftIndex n } dimensions { dimensionCode score n } series { metric points { value n } } } } } }": types.DriftOverviewInPersonServedPrivacyDocument,
    "mutation LoginInPlatform { login(input: { email: \"not-an-email\", password: \"x\" }) { token } }": types.LoginInPlatformDocument,
    "query SchemaTypes { __schema { types { name } } }": types.SchemaTypesDocument,
    "query ChecklistsInPlatform($r: RaterType) { checklists(filter: { raterType: $r }) { totalCount } }": types.ChecklistsInPlatformDocument,
    "mutation LoginInProductionTransport($i: LoginInput!) { login(input: $i) { token } }": types.LoginInProductionTransportDocument,
    "mutation StartChecklistVersion($i: StartChecklistInput!) { startChecklist(input: $i) { id version } }": types.StartChecklistVersionDocument,
    "mutation SaveChecklistAnswersVersion($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { id version } }": types.SaveChecklistAnswersVersionDocument,
    "query ChecklistInRequestCost($id: ID!) { checklist(id: $id) { id completeness { canSubmit problems } } }": types.ChecklistInRequestCostDocument,
    "query MeInRequestCost { me { id name email jobTitle livedExperience startedOn active invitationPending createdAt roles roleGrants { role programId } } }": types.MeInRequestCostDocument,
    "query MeOrganizationInRequestCost { me { id organization { id name } } }": types.MeOrganizationInRequestCostDocument,
    "mutation SubmitChecklistInRollups($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id version status } }": types.SubmitChecklistInRollupsDocument,
    "mutation AmendChecklistInRollups($i: AmendChecklistInput!) { amendChecklist(input: $i) { id version revision } }": types.AmendChecklistInRollupsDocument,
    "mutation AssignTeam($i: AssignTeamInput!) { assignTeam(input: $i) { id } }": types.AssignTeamDocument,
    "mutation RecordSupervisionNoteVersion($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id version } }": types.RecordSupervisionNoteVersionDocument,
    "query MeInSessionLookup { me { id name roles } }": types.MeInSessionLookupDocument,
    "mutation UpdateMyProfileInSessionLookup($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id name jobTitle } }": types.UpdateMyProfileInSessionLookupDocument,
    "mutation UpdatePersonInSessionLookup($i: UpdatePersonInput!) { updatePerson(input: $i) { id name } }": types.UpdatePersonInSessionLookupDocument,
    "mutation LoginInSessionLookup($i: LoginInput!) { login(input: $i) { token person { id } } }": types.LoginInSessionLookupDocument,
    "query SetupProgress { setupProgress { doneCount complete steps { key done count } } }": types.SetupProgressDocument,
    "mutation CreateOrganization($i: CreateOrganizationInput!) { createOrganization(input: $i) }": types.CreateOrganizationDocument,
    "mutation AcceptInvitationTokenAndPerson($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token person { id } } }": types.AcceptInvitationTokenAndPersonDocument,
    "mutation CreateProgramInSetupProgress($i: CreateProgramInput!) { createProgram(input: $i) { id } }": types.CreateProgramInSetupProgressDocument,
    "mutation UpdateProgram($i: UpdateProgramInput!) { updateProgram(input: $i) { id archived } }": types.UpdateProgramDocument,
    "mutation CreateTeam($i: CreateTeamInput!) { createTeam(input: $i) { id } }": types.CreateTeamDocument,
    "mutation UpdateSupervisionPolicy($i: UpdateSupervisionPolicyInput!) { updateSupervisionPolicy(input: $i) { programId } }": types.UpdateSupervisionPolicyDocument,
    "mutation StartChecklistInSetupProgress($i: StartChecklistInput!) { startChecklist(input: $i) { id status } }": types.StartChecklistInSetupProgressDocument,
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
    "query SupervisionSessions($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id status note { id } } }": types.SupervisionSessionsDocument,
    "query SupervisionComplianceInSupervisionDemoSeed { supervisionCompliance { teams { id ratio overdue supervisees reconciliation { heldNotDocumented missed cancelled documentedNotScheduled } } } }": types.SupervisionComplianceInSupervisionDemoSeedDocument,
    "query LanguageDensitySeriesInSupervisionDemoSeed($f: LanguageSeriesFilterInput!) { languageDensitySeries(filter: $f) { teamId points { month notes densities { medicalModel hierarchical mutuality } } } }": types.LanguageDensitySeriesInSupervisionDemoSeedDocument,
    "mutation ScheduleSupervisionInSupervisionFiguresCache($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id version } } }": types.ScheduleSupervisionInSupervisionFiguresCacheDocument,
    "mutation UpdateSupervisionSessionInSupervisionFiguresCache($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { session { id version } } }": types.UpdateSupervisionSessionInSupervisionFiguresCacheDocument,
    "mutation EndSupervisionSeriesInSupervisionFiguresCache($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { session { id } } }": types.EndSupervisionSeriesInSupervisionFiguresCacheDocument,
    "mutation MoveSupervisionOccurrenceInSupervisionFiguresCache($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { startsAt } } }": types.MoveSupervisionOccurrenceInSupervisionFiguresCacheDocument,
    "mutation FinalizeSupervisionNoteInSupervisionFiguresCache($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { version } }": types.FinalizeSupervisionNoteInSupervisionFiguresCacheDocument,
    "mutation SignSupervisionNoteInSupervisionFiguresCache($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { status } }": types.SignSupervisionNoteInSupervisionFiguresCacheDocument,
    "mutation UpdateSupervisionPolicyInSupervisionFiguresCache($i: UpdateSupervisionPolicyInput!) { updateSupervisionPolicy(input: $i) { preset } }": types.UpdateSupervisionPolicyInSupervisionFiguresCacheDocument,
    "query SupervisionSessionsInSupervisionFiguresCache($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id sessionId startsAt status } }": types.SupervisionSessionsInSupervisionFiguresCacheDocument,
    "fragment CachedReconciliation on SupervisionReconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled }": types.CachedReconciliationFragmentDoc,
    "query SupervisionComplianceInSupervisionFiguresCache($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId teamId programId required requiredByEnd recorded ratio daysSinceLast lastSessionAt currentIntervalDays overdue status\n    reconciliation { ...CachedReconciliation } }\n  teams { id supervisees required recorded ratio onTrack behind overdue reconciliation { ...CachedReconciliation } }\n  programs { id supervisees required recorded ratio }\n  total { supervisees required recorded ratio reconciliation { ...CachedReconciliation } } } }": types.SupervisionComplianceInSupervisionFiguresCacheDocument,
    "fragment NoteClockFields on SupervisionNote { id version actionItems { id } reflections { signedAt } }": types.NoteClockFieldsFragmentDoc,
    "mutation RecordSupervisionNoteInNotesClock($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { ...NoteClockFields } }": types.RecordSupervisionNoteInNotesClockDocument,
    "mutation FinalizeSupervisionNoteInNotesClock($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { ...NoteClockFields } }": types.FinalizeSupervisionNoteInNotesClockDocument,
    "mutation SignSupervisionNoteInNotesClock($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { ...NoteClockFields } }": types.SignSupervisionNoteInNotesClockDocument,
    "mutation UpdateActionItemInNotesClock($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id completedAt } }": types.UpdateActionItemInNotesClockDocument,
    "mutation UpsertLexiconEntryInNotesClock($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase } }": types.UpsertLexiconEntryInNotesClockDocument,
    "fragment NoteCostFields on SupervisionNote { id status version supervisorNote reflections { superviseeId reflection signedAt }\n  signatureWithdrawals { kind } amendments { id } actionItems { id description status dueOn } language { wordCount } }": types.NoteCostFieldsFragmentDoc,
    "mutation RecordSupervisionNoteInNotesCost($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { ...NoteCostFields } }": types.RecordSupervisionNoteInNotesCostDocument,
    "mutation FinalizeSupervisionNoteInNotesCost($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { ...NoteCostFields } }": types.FinalizeSupervisionNoteInNotesCostDocument,
    "mutation SignSupervisionNoteInNotesCost($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { ...NoteCostFields } }": types.SignSupervisionNoteInNotesCostDocument,
    "query SupervisionNoteInNotesCost($id: ID!) { supervisionNote(id: $id) { ...NoteCostFields } }": types.SupervisionNoteInNotesCostDocument,
    "query ActionItemsInNotesCost($f: ActionItemsFilterInput) { actionItems(filter: $f) { id status description textVisible } }": types.ActionItemsInNotesCostDocument,
    "mutation UpdateActionItemInNotesCost($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id status completedAt } }": types.UpdateActionItemInNotesCostDocument,
    "query SupervisionAgendaInNotesCost($id: ID!) { supervisionAgenda(superviseeId: $id) { superviseeId openActionItems { id }\n  recentDriftCodes { code count } lastNote { id actionItemCount openActionItemCount } } }": types.SupervisionAgendaInNotesCostDocument,
    "mutation UpsertLexiconEntryInNotesCost($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase weight source } }": types.UpsertLexiconEntryInNotesCostDocument,
    "fragment NoteFields on SupervisionNote { id occurrenceId sessionId status version types dimensions driftCodes textVisible strengths concerns supervisorNote viewerParty\n  reflections { superviseeId reflection signedAt supervisee { id } } supervisorSignedAt lockedAt finalizedAt signingOrder\n  signatureWithdrawals { kind signedAt withdrawnAt person { id name } changedBy { id } }\n  amendments { id text createdAt author { id } }\n  actionItems { id description textVisible status dueOn dimension owner { id } checklistId }\n  language { wordCount balance totals { medicalModel hierarchical errand mutuality } densities { medicalModel mutuality } } }": types.NoteFieldsFragmentDoc,
    "mutation RecordSupervisionNoteInSupervisionNotes($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { ...NoteFields } }": types.RecordSupervisionNoteInSupervisionNotesDocument,
    "mutation SignSupervisionNoteInSupervisionNotes($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { ...NoteFields } }": types.SignSupervisionNoteInSupervisionNotesDocument,
    "mutation FinalizeSupervisionNoteInSupervisionNotes($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { ...NoteFields } }": types.FinalizeSupervisionNoteInSupervisionNotesDocument,
    "mutation AmendSupervisionNote($i: AmendSupervisionNoteInput!) { amendSupervisionNote(input: $i) { ...NoteFields } }": types.AmendSupervisionNoteDocument,
    "query SupervisionNote($id: ID!) { supervisionNote(id: $id) { ...NoteFields occurrence { id status } } }": types.SupervisionNoteDocument,
    "mutation UpdateActionItemInSupervisionNotes($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id status completedAt description } }": types.UpdateActionItemInSupervisionNotesDocument,
    "query ActionItems($f: ActionItemsFilterInput) { actionItems(filter: $f) { id status description textVisible owner { id } } }": types.ActionItemsDocument,
    "query SupervisionAgendaInSupervisionNotes($id: ID!) { supervisionAgenda(superviseeId: $id) {\n  superviseeId supervisee { id } openActionItems { id description } recentDriftCodes { code label count } recentDimensions { code count }\n  lastNote { id status driftCodes actionItemCount openActionItemCount } nextOccurrence { id startsAt } } }": types.SupervisionAgendaInSupervisionNotesDocument,
    "query SupervisionSessionsInSupervisionNotes($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id status adHoc note { id status types driftCodes actionItemCount } } }": types.SupervisionSessionsInSupervisionNotesDocument,
    "mutation UpdateOrganization { updateOrganization(input: { managersReadNotes: true }) { managersReadNotes } }": types.UpdateOrganizationDocument,
    "mutation UpdateOrganizationInSupervisionNotes { updateOrganization(input: { managersReadNotes: false }) { managersReadNotes } }": types.UpdateOrganizationInSupervisionNotesDocument,
    "mutation UpdateOrganizationInSupervisionNotes2($o: NoteSigningOrder!) { updateOrganization(input: { noteSigningOrder: $o }) { noteSigningOrder } }": types.UpdateOrganizationInSupervisionNotes2Document,
    "mutation ScheduleSupervisionInOccurrenceBudget($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }": types.ScheduleSupervisionInOccurrenceBudgetDocument,
    "query SupervisionComplianceInOccurrenceBudget($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId required recorded ratio daysSinceLast lastSessionAt status\n    reconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled } }\n  total { supervisees required recorded ratio } } }": types.SupervisionComplianceInOccurrenceBudgetDocument,
    "mutation ScheduleInSeriesRevision($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id version } } }": types.ScheduleInSeriesRevisionDocument,
    "mutation UpdateSessionInSeriesRevision($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { session { id } } }": types.UpdateSessionInSeriesRevisionDocument,
    "mutation EndSeriesInSeriesRevision($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { session { id } } }": types.EndSeriesInSeriesRevisionDocument,
    "mutation CancelInSeriesRevision($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { occurrence { status } } }": types.CancelInSeriesRevisionDocument,
    "mutation MoveInSeriesRevision($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { startsAt } } }": types.MoveInSeriesRevisionDocument,
    "mutation MarkInSeriesRevision($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { status } } }": types.MarkInSeriesRevisionDocument,
    "mutation RecordNoteInSeriesRevision($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id } }": types.RecordNoteInSeriesRevisionDocument,
    "mutation AssignTeamInSeriesRevision($i: AssignTeamInput!) { assignTeam(input: $i) { id } }": types.AssignTeamInSeriesRevisionDocument,
    "query OccurrencesInSeriesRevision($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id sessionId startsAt status } }": types.OccurrencesInSeriesRevisionDocument,
    "query ComplianceInSeriesRevision($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId teamId required recorded ratio daysSinceLast lastSessionAt overdue status\n    reconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled } }\n  teams { id supervisees required recorded ratio onTrack behind overdue }\n  total { supervisees required recorded ratio } } }": types.ComplianceInSeriesRevisionDocument,
    "mutation ScheduleSupervisionInSupervisionSessions($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) {\n  warnings session { id version recurrence recurrenceText startsAt startsLocal timeZone seriesEndsAt isRecurring supervisor { id } supervisees { id } } } }": types.ScheduleSupervisionInSupervisionSessionsDocument,
    "mutation UpdateSupervisionSessionInSupervisionSessions($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { warnings session { id version location recurrence previousSessionId startsAt seriesEndsAt } } }": types.UpdateSupervisionSessionInSupervisionSessionsDocument,
    "query SupervisionSessionsInSupervisionSessions($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) {\n  id sessionId startsAt endsAt originalStartsAt timeZone status statusReason moved isRecurring recurrenceText location icsPath supervisor { id } supervisees { id } note { id } } }": types.SupervisionSessionsInSupervisionSessionsDocument,
    "mutation CancelSupervisionOccurrenceInSupervisionSessions($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { warnings occurrence { id status statusReason } } }": types.CancelSupervisionOccurrenceInSupervisionSessionsDocument,
    "mutation MoveSupervisionOccurrenceInSupervisionSessions($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { warnings occurrence { id startsAt originalStartsAt moved location } } }": types.MoveSupervisionOccurrenceInSupervisionSessionsDocument,
    "mutation EndSupervisionSeriesInSupervisionSessions($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { warnings session { id recurrence seriesEndsAt } } }": types.EndSupervisionSeriesInSupervisionSessionsDocument,
    "mutation MarkSupervisionOccurrenceInSupervisionSessions($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { id status } } }": types.MarkSupervisionOccurrenceInSupervisionSessionsDocument,
    "query CalendarFeed { calendarFeed { active createdAt } }": types.CalendarFeedDocument,
    "mutation RevokeCalendarFeed { revokeCalendarFeed }": types.RevokeCalendarFeedDocument,
    "mutation ScheduleSupervisionInStatements($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }": types.ScheduleSupervisionInStatementsDocument,
    "query SupervisionComplianceInStatements($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId required recorded status } total { supervisees required recorded } } }": types.SupervisionComplianceInStatementsDocument,
    "query SupervisionSessionsInStatements($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id status } }": types.SupervisionSessionsInStatementsDocument,
    "query SupervisorWeekInStatements { supervisorWeek { sessions { id } notesToWrite { id } notesAwaiting { noteId } } }": types.SupervisorWeekInStatementsDocument,
    "query SupervisorWeek($i: SupervisorWeekInput) { supervisorWeek(input: $i) {\n  timeZone from to\n  sessions { id startsAt status }\n  notesToWrite { id startsAt status supervisees { id } }\n  notesAwaiting { noteId occurrenceId step with { id } }\n  ratingsDue { subjectId raterType dueDate status }\n  actionItemsDue { id dueOn status description }\n} }": types.SupervisorWeekDocument,
    "fragment DriftPointFields on SeriesPoint { period periodStart value n suppressed }": types.DriftPointFieldsFragmentDoc,
    "query DriftOverviewInAnalyticsSetup($f: DriftFilterInput) { driftOverview(filter: $f) {\n  from to granularity raterTypes minCellSize periods\n  kpis { teams teamsWithAlerts teamsOnWatch mutualityIndex band checklists supervisionRatio }\n  teams(page: { first: 100 }) { totalCount items { team { id } program { id }\n    latest { period mutualityIndex band hierarchicalDriftIndex medicalModelDriftIndex organisationalDriftIndex n }\n    series { metric points { ...DriftPointFields } }\n    dimensions { dimensionCode score n suppressed } } } } }": types.DriftOverviewInAnalyticsSetupDocument,
    "query TeamDriftInAnalyticsSetup($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  team { id } from to granularity raterTypes minCellSize\n  metrics { metric label badDirection points { ...DriftPointFields } signals { id } }\n  itemsMoved { itemCode } selfVsOthers { period self others gap }\n  annotations { id teamId personId onDate label details kind automatic } actionMarkers { id } } }": types.TeamDriftInAnalyticsSetupDocument,
    "query PersonDriftInAnalyticsSetup($id: ID!, $f: DriftFilterInput) { personDrift(personId: $id, filter: $f) {\n  person { id } from to granularity raterTypes\n  metrics { metric points { ...DriftPointFields } } selfVsOthers { period self others gap }\n  annotations { id label personId } } }": types.PersonDriftInAnalyticsSetupDocument,
    "query Annotations($id: ID!, $f: DriftFilterInput) { annotations(teamId: $id, filter: $f) { id teamId personId onDate label details kind automatic } }": types.AnnotationsDocument,
    "mutation CreateAnnotation($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id teamId personId onDate label details kind automatic } }": types.CreateAnnotationDocument,
    "mutation UpdateAnnotation($i: UpdateAnnotationInput!) { updateAnnotation(input: $i) { id teamId personId onDate label details kind automatic } }": types.UpdateAnnotationDocument,
    "mutation DeleteAnnotation($id: ID!) { deleteAnnotation(annotationId: $id) }": types.DeleteAnnotationDocument,
    "mutation AssignSupervisor($i: AssignSupervisorInput!) { assignSupervisor(input: $i) { id } }": types.AssignSupervisorDocument,
    "mutation LoginInAuthSetup($i: LoginInput!) { login(input: $i) { token person { id name email roles organization { id name } } } }": types.LoginInAuthSetupDocument,
    "query MeInAuthSetup { me { id email roles organization { id } } }": types.MeInAuthSetupDocument,
    "mutation InvitePersonInAuthSetup($i: InvitePersonInput!) { invitePerson(input: $i) { person { id invitationPending } } }": types.InvitePersonInAuthSetupDocument,
    "query InvitationInAuthSetup($t: String!) { invitation(token: $t) { personName email organizationName passwordChosen } }": types.InvitationInAuthSetupDocument,
    "mutation AcceptInvitationInAuthSetup($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token person { id email invitationPending } } }": types.AcceptInvitationInAuthSetupDocument,
    "mutation ChangePassword($i: ChangePasswordInput!) { changePassword(input: $i) }": types.ChangePasswordDocument,
    "mutation UpdateMyProfile($i: UpdateProfileInput!) { updateMyProfile(input: $i) { id name jobTitle } }": types.UpdateMyProfileDocument,
    "fragment ChecklistFields on Checklist { id status raterType version revision submittedAt observationStart observationEnd subjectId raterId teamId\n  instrumentVersionId mutualityIndex mutualityIndex100 hierarchicalDriftIndex medicalModelDriftIndex errandDriftIndex organisationalDriftIndex band\n  rater { id } subject { id } team { id } instrumentVersion { version }\n  answers { itemCode value comment }\n  scores { dimensionCode score insufficient answered expected }\n  developmentAreas itemAlerts { itemCode dimensionCode value driftPattern }\n  completeness { canSubmit problems warnings answered expected }\n  revisions { revision submittedAt amendedByName reason mutualityIndex createdAt } }": types.ChecklistFieldsFragmentDoc,
    "mutation StartChecklistInChecklistHelpers($i: StartChecklistInput!) { startChecklist(input: $i) { ...ChecklistFields } }": types.StartChecklistInChecklistHelpersDocument,
    "mutation SaveChecklistAnswersInChecklistHelpers($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { ...ChecklistFields } }": types.SaveChecklistAnswersInChecklistHelpersDocument,
    "mutation SubmitChecklistInChecklistHelpers($i: SubmitChecklistInput!) { submitChecklist(input: $i) { ...ChecklistFields } }": types.SubmitChecklistInChecklistHelpersDocument,
    "mutation AmendChecklistInChecklistHelpers($i: AmendChecklistInput!) { amendChecklist(input: $i) { ...ChecklistFields } }": types.AmendChecklistInChecklistHelpersDocument,
    "query ChecklistsInChecklistsSetup($f: ChecklistFilterInput, $p: PageInput) { checklists(filter: $f, page: $p) { totalCount items { id status raterType subjectId raterId } } }": types.ChecklistsInChecklistsSetupDocument,
    "query ChecklistsDue($w: Int!) { checklistsDue(withinDays: $w) { subjectId subjectName raterType instrumentKey dueDate status lastSubmittedAt draftId } }": types.ChecklistsDueDocument,
    "query ChecklistPolicy($id: ID!) { checklistPolicy(programId: $id) { programId selfEveryDays supervisorEveryDays personServedEveryDays } }": types.ChecklistPolicyDocument,
    "mutation UpdateChecklistPolicy($i: ChecklistPolicyInput!) { updateChecklistPolicy(input: $i) { programId selfEveryDays supervisorEveryDays personServedEveryDays } }": types.UpdateChecklistPolicyDocument,
    "mutation CreatePersonServedLinkInChecklistsSetup($s: ID!) { createPersonServedLink(subjectId: $s) { url expiresAt } }": types.CreatePersonServedLinkInChecklistsSetupDocument,
    "query PersonServedForm($t: String!) { personServedForm(token: $t) { peerFirstName organizationName definitionJson } }": types.PersonServedFormDocument,
    "query InstrumentsInChecklistsSetup { instruments { id key title currentVersion { version status items { code } dimensions { code } } } }": types.InstrumentsInChecklistsSetupDocument,
    "query Instrument($k: String!) { instrument(key: $k) { id key title currentVersion { version } } }": types.InstrumentDocument,
    "fragment InstrumentVersionFields on InstrumentVersion { id version status publishedAt title problems definitionJson\n  crosswalk { fromItemCode toItemCode }\n  items { code order dimensionCode polarity driftPattern naAllowed inShortForm help reflectionPrompt prompts { self supervisor reviewer personServed } } }": types.InstrumentVersionFieldsFragmentDoc,
    "mutation CreateInstrumentDraft($k: String!) { createInstrumentDraft(instrumentKey: $k) { ...InstrumentVersionFields } }": types.CreateInstrumentDraftDocument,
    "mutation UpdateInstrumentDraft($i: UpdateInstrumentDraftInput!) { updateInstrumentDraft(input: $i) { ...InstrumentVersionFields } }": types.UpdateInstrumentDraftDocument,
    "mutation UpdateInstrumentItem($i: UpdateInstrumentItemInput!) { updateInstrumentItem(input: $i) { ...InstrumentVersionFields } }": types.UpdateInstrumentItemDocument,
    "mutation AddInstrumentItem($i: AddInstrumentItemInput!) { addInstrumentItem(input: $i) { ...InstrumentVersionFields } }": types.AddInstrumentItemDocument,
    "mutation RetireInstrumentItem($i: RetireInstrumentItemInput!) { retireInstrumentItem(input: $i) { ...InstrumentVersionFields } }": types.RetireInstrumentItemDocument,
    "mutation MoveInstrumentItem($i: MoveInstrumentItemInput!) { moveInstrumentItem(input: $i) { ...InstrumentVersionFields } }": types.MoveInstrumentItemDocument,
    "mutation PublishInstrumentDraft($k: String!) { publishInstrumentDraft(instrumentKey: $k) { ...InstrumentVersionFields } }": types.PublishInstrumentDraftDocument,
    "mutation DiscardInstrumentDraft($k: String!) { discardInstrumentDraft(instrumentKey: $k) }": types.DiscardInstrumentDraftDocument,
    "mutation ImportInstrument($i: ImportInstrumentInput!) { importInstrument(input: $i) { ...InstrumentVersionFields } }": types.ImportInstrumentDocument,
    "query ExportInstrument($k: String!, $f: InstrumentFormat!, $v: Int) { exportInstrument(instrumentKey: $k, format: $f, version: $v) }": types.ExportInstrumentDocument,
    "query InstrumentVersionValidation($k: String!) { instrumentVersionValidation(instrumentKey: $k) }": types.InstrumentVersionValidationDocument,
    "query InstrumentInInstrumentsSetup($k: String!) { instrument(key: $k) { id key title currentVersion { id version } draft { id version } versions { id version status } } }": types.InstrumentInInstrumentsSetupDocument,
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
    "mutation ImportRoster($i: ImportRosterInput!) { importRoster(input: $i) {\n  dryRun applied totalRows createCount updateCount errorCount fileErrors\n  rows { line name email team roles supervisorEmail action errors invited } } }": types.ImportRosterDocument,
    "mutation UpdateOrganizationInOrgAdminSetup($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id name managersReadNotes } }": types.UpdateOrganizationInOrgAdminSetupDocument,
    "query PeopleInOrgAdminSetup($f: PeopleFilterInput, $p: PageInput) { people(filter: $f, page: $p) { totalCount items { id name } } }": types.PeopleInOrgAdminSetupDocument,
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
export function graphql(source: "fragment ActionFields on Action { id scope status overdue textVisible description canUpdate source team { id name } person { id name } groupSession supervisor { id name }\n  owner { id name } dueOn createdOn metric metricLabel worseDirection signalId signalPeriod signalRule signalDirection\n  before { period value } after { period value } change }"): (typeof documents)["fragment ActionFields on Action { id scope status overdue textVisible description canUpdate source team { id name } person { id name } groupSession supervisor { id name }\n  owner { id name } dueOn createdOn metric metricLabel worseDirection signalId signalPeriod signalRule signalDirection\n  before { period value } after { period value } change }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAction($i: CreateActionInput!) { createAction(input: $i) { ...ActionFields } }"): (typeof documents)["mutation CreateAction($i: CreateActionInput!) { createAction(input: $i) { ...ActionFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Actions($i: ActionsPageInput) { actions(input: $i) { total overdue offset limit items { ...ActionFields } } }"): (typeof documents)["query Actions($i: ActionsPageInput) { actions(input: $i) { total overdue offset limit items { ...ActionFields } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateActionItem($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id status } }"): (typeof documents)["mutation UpdateActionItem($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionAgenda($id: ID!) { supervisionAgenda(superviseeId: $id) { olderOpenActionCount openActionItems { id } } }"): (typeof documents)["query SupervisionAgenda($id: ID!) { supervisionAgenda(superviseeId: $id) { olderOpenActionCount openActionItems { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePersonServedLink($s: ID!) { createPersonServedLink(subjectId: $s) { url } }"): (typeof documents)["mutation CreatePersonServedLink($s: ID!) { createPersonServedLink(subjectId: $s) { url } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitPersonServedFeedback($i: PersonServedAnswersInput!) { submitPersonServedFeedback(input: $i) }"): (typeof documents)["mutation SubmitPersonServedFeedback($i: PersonServedAnswersInput!) { submitPersonServedFeedback(input: $i) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartChecklistInAuditAtCommit($i: StartChecklistInput!) { startChecklist(input: $i) { id } }"): (typeof documents)["mutation StartChecklistInAuditAtCommit($i: StartChecklistInput!) { startChecklist(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEvents($i: AuditEventsInput) { auditEvents(input: $i) {\n  totalCount totalCountCapped pageInfo { endCursor hasNextPage }\n  items { id action actionLabel category entity entityId subject actorId actorName readAs createdAt } } }"): (typeof documents)["query AuditEvents($i: AuditEventsInput) { auditEvents(input: $i) {\n  totalCount totalCountCapped pageInfo { endCursor hasNextPage }\n  items { id action actionLabel category entity entityId subject actorId actorName readAs createdAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvitePerson($i: InvitePersonInput!) { invitePerson(input: $i) { person { id name } } }"): (typeof documents)["mutation InvitePerson($i: InvitePersonInput!) { invitePerson(input: $i) { person { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditActions { auditActions { action } }"): (typeof documents)["query AuditActions { auditActions { action } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEntities { auditEntities { entity } }"): (typeof documents)["query AuditEntities { auditEntities { entity } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditActionsInAuditLog { auditActions { action label category } }"): (typeof documents)["query AuditActionsInAuditLog { auditActions { action label category } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEntitiesInAuditLog { auditEntities { entity label } }"): (typeof documents)["query AuditEntitiesInAuditLog { auditEntities { entity label } }"];
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
export function graphql(source: "query Person($id: ID!) { person(id: $id) { id } }"): (typeof documents)["query Person($id: ID!) { person(id: $id) { id } }"];
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
export function graphql(source: "query MeId { me { id } }"): (typeof documents)["query MeId { me { id } }"];
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
export function graphql(source: "mutation SaveChecklistAnswers($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { version } }"): (typeof documents)["mutation SaveChecklistAnswers($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Checklist($id: ID!) { checklist(id: $id) { version answers { itemCode value comment } } }"): (typeof documents)["query Checklist($id: ID!) { checklist(id: $id) { version answers { itemCode value comment } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChecklistWithFields($id: ID!) { checklist(id: $id) { ...ChecklistFields } }"): (typeof documents)["query ChecklistWithFields($id: ID!) { checklist(id: $id) { ...ChecklistFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Checklists($f: ChecklistFilterInput, $p: PageInput, $after: String) {\n  checklists(filter: $f, page: $p, after: $after) { totalCount totalCountCapped pageInfo { endCursor hasNextPage } items { id } } }"): (typeof documents)["query Checklists($f: ChecklistFilterInput, $p: PageInput, $after: String) {\n  checklists(filter: $f, page: $p, after: $after) { totalCount totalCountCapped pageInfo { endCursor hasNextPage } items { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartChecklist($i: StartChecklistInput!) { startChecklist(input: $i) { id } }"): (typeof documents)["mutation StartChecklist($i: StartChecklistInput!) { startChecklist(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitChecklist($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id status revision version submittedAt } }"): (typeof documents)["mutation SubmitChecklist($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id status revision version submittedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChecklistInChecklistsResults($id: ID!) { checklist(id: $id) { raterType rater { id } raterId } }"): (typeof documents)["query ChecklistInChecklistsResults($id: ID!) { checklist(id: $id) { raterType rater { id } raterId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartChecklistInRollupsInHand($i: StartChecklistInput!) { startChecklist(input: $i) { id version } }"): (typeof documents)["mutation StartChecklistInRollupsInHand($i: StartChecklistInput!) { startChecklist(input: $i) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveChecklistAnswersInRollupsInHand($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { id version } }"): (typeof documents)["mutation SaveChecklistAnswersInRollupsInHand($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitChecklistInRollupsInHand($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id version } }"): (typeof documents)["mutation SubmitChecklistInRollupsInHand($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AmendChecklistInRollupsInHand($i: AmendChecklistInput!) { amendChecklist(input: $i) { id version revision mutualityIndex } }"): (typeof documents)["mutation AmendChecklistInRollupsInHand($i: AmendChecklistInput!) { amendChecklist(input: $i) { id version revision mutualityIndex } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignTeamInRollupsInHand($i: AssignTeamInput!) { assignTeam(input: $i) { id } }"): (typeof documents)["mutation AssignTeamInRollupsInHand($i: AssignTeamInput!) { assignTeam(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePersonServedLinkInRollupsInHand($s: ID!) { createPersonServedLink(subjectId: $s) { url } }"): (typeof documents)["mutation CreatePersonServedLinkInRollupsInHand($s: ID!) { createPersonServedLink(subjectId: $s) { url } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitPersonServedFeedbackInRollupsInHand($i: PersonServedAnswersInput!) { submitPersonServedFeedback(input: $i) }"): (typeof documents)["mutation SubmitPersonServedFeedbackInRollupsInHand($i: PersonServedAnswersInput!) { submitPersonServedFeedback(input: $i) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChecklistInChecklistsVisibilityDue($id: ID!) { checklist(id: $id) { id status rater { id } } }"): (typeof documents)["query ChecklistInChecklistsVisibilityDue($id: ID!) { checklist(id: $id) { id status rater { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAnnotationUnderLoad($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }"): (typeof documents)["mutation CreateAnnotationUnderLoad($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitChecklistStatus($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id status } }"): (typeof documents)["mutation SubmitChecklistStatus($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChecklistsInDatabaseFaults { checklists(page: { take: 5 }) { totalCount } }"): (typeof documents)["query ChecklistsInDatabaseFaults { checklists(page: { take: 5 }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment HistorySignal on DriftSignal { id metric period since rule severity direction inForce beforeRange message }"): (typeof documents)["fragment HistorySignal on DriftSignal { id metric period since rule severity direction inForce beforeRange message }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamDrift($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  from to metrics { metric points { period value n } signals { ...HistorySignal }\n    limits { centre baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } } }\n  annotations { id onDate label details kind automatic }\n  actionMarkers { id outcome outcomeSignalId } } }"): (typeof documents)["query TeamDrift($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  from to metrics { metric points { period value n } signals { ...HistorySignal }\n    limits { centre baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } } }\n  annotations { id onDate label details kind automatic }\n  actionMarkers { id outcome outcomeSignalId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DriftOverview($f: DriftFilterInput) { driftOverview(filter: $f) { kpis { teamsWithAlerts }\n  teams(page: { first: 100 }) { items { team { id name } activeSignals { ...HistorySignal } } } } }"): (typeof documents)["query DriftOverview($f: DriftFilterInput) { driftOverview(filter: $f) { kpis { teamsWithAlerts }\n  teams(page: { first: 100 }) { items { team { id name } activeSignals { ...HistorySignal } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RebaselineTeam($i: RebaselineTeamInput!) { rebaselineTeam(input: $i) { id teamId fromDate reason createdByName } }"): (typeof documents)["mutation RebaselineTeam($i: RebaselineTeamInput!) { rebaselineTeam(input: $i) { id teamId fromDate reason createdByName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteBaselineReset($id: ID!) { deleteBaselineReset(id: $id) }"): (typeof documents)["mutation DeleteBaselineReset($id: ID!) { deleteBaselineReset(id: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SignalInJudgementCache on DriftSignal { id metric period since rule message severity direction inForce beforeRange }"): (typeof documents)["fragment SignalInJudgementCache on DriftSignal { id metric period since rule message severity direction inForce beforeRange }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OverviewInJudgementCache($f: DriftFilterInput) { driftOverview(filter: $f) { from to periods\n  kpis { teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady mutualityIndex band checklists }\n  attention { team { id } activeSignals { ...SignalInJudgementCache } } improving { team { id } activeSignals { ...SignalInJudgementCache } }\n  programs { programId teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady }\n  teams(page: { first: 100 }) { totalCount items { team { id }\n    latest { period band mutualityIndex hierarchicalDriftIndex medicalModelDriftIndex organisationalDriftIndex n }\n    activeSignals { ...SignalInJudgementCache } dimensions { dimensionCode score n suppressed }\n    series { metric points { period value n suppressed }\n      limits { centre upper lower sigma baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } }\n      signals { ...SignalInJudgementCache } } } } } }"): (typeof documents)["query OverviewInJudgementCache($f: DriftFilterInput) { driftOverview(filter: $f) { from to periods\n  kpis { teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady mutualityIndex band checklists }\n  attention { team { id } activeSignals { ...SignalInJudgementCache } } improving { team { id } activeSignals { ...SignalInJudgementCache } }\n  programs { programId teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady }\n  teams(page: { first: 100 }) { totalCount items { team { id }\n    latest { period band mutualityIndex hierarchicalDriftIndex medicalModelDriftIndex organisationalDriftIndex n }\n    activeSignals { ...SignalInJudgementCache } dimensions { dimensionCode score n suppressed }\n    series { metric points { period value n suppressed }\n      limits { centre upper lower sigma baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } }\n      signals { ...SignalInJudgementCache } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamDriftInJudgementCache($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  metrics { metric points { period value n suppressed }\n    limits { centre upper lower sigma baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } }\n    signals { ...SignalInJudgementCache } } } }"): (typeof documents)["query TeamDriftInJudgementCache($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  metrics { metric points { period value n suppressed }\n    limits { centre upper lower sigma baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } }\n    signals { ...SignalInJudgementCache } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignTeamInJudgementCache($i: AssignTeamInput!) { assignTeam(input: $i) { id } }"): (typeof documents)["mutation AssignTeamInJudgementCache($i: AssignTeamInput!) { assignTeam(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SignalInOverviewMemo on DriftSignal { id metric period since rule message severity direction inForce beforeRange }"): (typeof documents)["fragment SignalInOverviewMemo on DriftSignal { id metric period since rule message severity direction inForce beforeRange }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OverviewInOverviewMemo($f: DriftFilterInput, $page: DriftTeamsPageInput) { driftOverview(filter: $f) { from to granularity periods raterTypes minCellSize\n  kpis { teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady mutualityIndex band checklists supervisionRatio }\n  attention { team { id name } program { id name } activeSignals { ...SignalInOverviewMemo } }\n  improving { team { id name } program { id name } activeSignals { ...SignalInOverviewMemo } }\n  programs { programId programName teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady }\n  teams(page: $page) { totalCount pageInfo { endCursor hasNextPage } items { team { id name memberCount } program { id name }\n    latest { period band mutualityIndex hierarchicalDriftIndex medicalModelDriftIndex organisationalDriftIndex n }\n    activeSignals { ...SignalInOverviewMemo } dimensions { dimensionCode dimensionTitle score n suppressed }\n    series { metric label badDirection points { period periodStart value n suppressed }\n      limits { centre upper lower sigma baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } }\n      signals { ...SignalInOverviewMemo } }\n    supervision { ratio recorded required overdueCount superviseeCount } } } } }"): (typeof documents)["query OverviewInOverviewMemo($f: DriftFilterInput, $page: DriftTeamsPageInput) { driftOverview(filter: $f) { from to granularity periods raterTypes minCellSize\n  kpis { teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady mutualityIndex band checklists supervisionRatio }\n  attention { team { id name } program { id name } activeSignals { ...SignalInOverviewMemo } }\n  improving { team { id name } program { id name } activeSignals { ...SignalInOverviewMemo } }\n  programs { programId programName teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady }\n  teams(page: $page) { totalCount pageInfo { endCursor hasNextPage } items { team { id name memberCount } program { id name }\n    latest { period band mutualityIndex hierarchicalDriftIndex medicalModelDriftIndex organisationalDriftIndex n }\n    activeSignals { ...SignalInOverviewMemo } dimensions { dimensionCode dimensionTitle score n suppressed }\n    series { metric label badDirection points { period periodStart value n suppressed }\n      limits { centre upper lower sigma baselinePeriods restarts points { period centre lower upper cusumWorse cusumBetter cusumLimit } }\n      signals { ...SignalInOverviewMemo } }\n    supervision { ratio recorded required overdueCount superviseeCount } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignTeamInOverviewMemo($i: AssignTeamInput!) { assignTeam(input: $i) { id } }"): (typeof documents)["mutation AssignTeamInOverviewMemo($i: AssignTeamInput!) { assignTeam(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleSupervisionInOverviewMemo($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }"): (typeof documents)["mutation ScheduleSupervisionInOverviewMemo($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PagedSignal on DriftSignal { id direction severity since }"): (typeof documents)["fragment PagedSignal on DriftSignal { id direction severity since }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PagedTeamSummary on TeamDriftSummary { team { id name } program { id name } latest { period mutualityIndex band hierarchicalDriftIndex medicalModelDriftIndex n }\n  activeSignals { ...PagedSignal } dimensions { dimensionCode score n suppressed } supervision { required recorded }\n  series { metric points { period value n } signals { id } } }"): (typeof documents)["fragment PagedTeamSummary on TeamDriftSummary { team { id name } program { id name } latest { period mutualityIndex band hierarchicalDriftIndex medicalModelDriftIndex n }\n  activeSignals { ...PagedSignal } dimensions { dimensionCode score n suppressed } supervision { required recorded }\n  series { metric points { period value n } signals { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DriftOverviewPage($f: DriftFilterInput, $p: DriftTeamsPageInput) { driftOverview(filter: $f) {\n  kpis { teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady mutualityIndex band checklists supervisionRatio }\n  attention { team { id } activeSignals { ...PagedSignal } } improving { team { id } activeSignals { ...PagedSignal } }\n  programs { programId programName teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady }\n  teams(page: $p) { totalCount pageInfo { endCursor hasNextPage } items { ...PagedTeamSummary } } } }"): (typeof documents)["query DriftOverviewPage($f: DriftFilterInput, $p: DriftTeamsPageInput) { driftOverview(filter: $f) {\n  kpis { teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady mutualityIndex band checklists supervisionRatio }\n  attention { team { id } activeSignals { ...PagedSignal } } improving { team { id } activeSignals { ...PagedSignal } }\n  programs { programId programName teams teamsWithAlerts teamsOnWatch teamsImproving teamsSteady }\n  teams(page: $p) { totalCount pageInfo { endCursor hasNextPage } items { ...PagedTeamSummary } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OverviewSeriesOf($p: DriftTeamsPageInput, $m: [OverviewSeriesMetric!]) { driftOverview {\n  teams(page: $p) { items { team { id } series(metrics: $m) { metric label badDirection points { period value n suppressed }\n    limits { centre points { period centre lower upper } } signals { id } } } } } }"): (typeof documents)["query OverviewSeriesOf($p: DriftTeamsPageInput, $m: [OverviewSeriesMetric!]) { driftOverview {\n  teams(page: $p) { items { team { id } series(metrics: $m) { metric label badDirection points { period value n suppressed }\n    limits { centre points { period centre lower upper } } signals { id } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OverviewSeriesAll($p: DriftTeamsPageInput) { driftOverview {\n  teams(page: $p) { items { team { id } series { metric label badDirection points { period value n suppressed }\n    limits { centre points { period centre lower upper } } signals { id } } } } } }"): (typeof documents)["query OverviewSeriesAll($p: DriftTeamsPageInput) { driftOverview {\n  teams(page: $p) { items { team { id } series { metric label badDirection points { period value n suppressed }\n    limits { centre points { period centre lower upper } } signals { id } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDriftAction($i: CreateDriftActionInput!) { createDriftAction(input: $i) { id } }"): (typeof documents)["mutation CreateDriftAction($i: CreateDriftActionInput!) { createDriftAction(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DriftOverviewInFiguresAgree($f: DriftFilterInput) { driftOverview(filter: $f) { to\n  kpis { mutualityIndex band supervisionRatio }\n  teams(page: { first: 100 }) { items { team { id name } latest { period mutualityIndex band }\n    dimensions { dimensionCode score }\n    supervision { required recorded overdueCount superviseeCount } } } } }"): (typeof documents)["query DriftOverviewInFiguresAgree($f: DriftFilterInput) { driftOverview(filter: $f) { to\n  kpis { mutualityIndex band supervisionRatio }\n  teams(page: { first: 100 }) { items { team { id name } latest { period mutualityIndex band }\n    dimensions { dimensionCode score }\n    supervision { required recorded overdueCount superviseeCount } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamDriftInFiguresAgree($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  metrics { metric points { period value } } } }"): (typeof documents)["query TeamDriftInFiguresAgree($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  metrics { metric points { period value } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionCompliance($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  total { required recorded overdue supervisees }\n  teams { id required recorded overdue supervisees } } }"): (typeof documents)["query SupervisionCompliance($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  total { required recorded overdue supervisees }\n  teams { id required recorded overdue supervisees } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FastPathSignIn($i: LoginInput!) { login(input: $i) { token } }"): (typeof documents)["mutation FastPathSignIn($i: LoginInput!) { login(input: $i) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FastPathWhoAmI { me { id } }"): (typeof documents)["query FastPathWhoAmI { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FastPathLogged { __typename }"): (typeof documents)["query FastPathLogged { __typename }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FastPathHalfDone($p: CreateProgramInput!, $t: CreateTeamInput!) { createProgram(input: $p) { id } createTeam(input: $t) { id } }\n"): (typeof documents)["\n  mutation FastPathHalfDone($p: CreateProgramInput!, $t: CreateTeamInput!) { createProgram(input: $p) { id } createTeam(input: $t) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FastPathTypename { __typename }"): (typeof documents)["query FastPathTypename { __typename }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FastPathAuditActions { auditActions { action category label } }"): (typeof documents)["query FastPathAuditActions { auditActions { action category label } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FastPathCreateProgram($i: CreateProgramInput!) { createProgram(input: $i) { id } }"): (typeof documents)["mutation FastPathCreateProgram($i: CreateProgramInput!) { createProgram(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FastPathLogout { logout }"): (typeof documents)["mutation FastPathLogout { logout }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WhoAmI { me { id } }"): (typeof documents)["query WhoAmI { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignIn($i: LoginInput!) { login(input: $i) { token } }"): (typeof documents)["mutation SignIn($i: LoginInput!) { login(input: $i) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WhoAmINoStore { me { id } }"): (typeof documents)["query WhoAmINoStore { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChecklistsInInputHardening($f: ChecklistFilterInput) { checklists(filter: $f) { totalCount } }"): (typeof documents)["query ChecklistsInInputHardening($f: ChecklistFilterInput) { checklists(filter: $f) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DriftOverviewInInputHardening($f: DriftFilterInput) { driftOverview(filter: $f) { __typename } }"): (typeof documents)["query DriftOverviewInInputHardening($f: DriftFilterInput) { driftOverview(filter: $f) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AnnotationsInInputHardening($f: DriftFilterInput, $t: ID!) { annotations(filter: $f, teamId: $t) { id } }"): (typeof documents)["query AnnotationsInInputHardening($f: DriftFilterInput, $t: ID!) { annotations(filter: $f, teamId: $t) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAnnotationInInputHardening($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }"): (typeof documents)["mutation CreateAnnotationInInputHardening($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdatePersonInInputHardening($i: UpdatePersonInput!) { updatePerson(input: $i) { id } }"): (typeof documents)["mutation UpdatePersonInInputHardening($i: UpdatePersonInput!) { updatePerson(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignTeamInInputHardening($i: AssignTeamInput!) { assignTeam(input: $i) { id } }"): (typeof documents)["mutation AssignTeamInInputHardening($i: AssignTeamInput!) { assignTeam(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartChecklistInInputHardening($i: StartChecklistInput!) { startChecklist(input: $i) { id } }"): (typeof documents)["mutation StartChecklistInInputHardening($i: StartChecklistInput!) { startChecklist(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDriftActionInInputHardening($i: CreateDriftActionInput!) { createDriftAction(input: $i) { id } }"): (typeof documents)["mutation CreateDriftActionInInputHardening($i: CreateDriftActionInput!) { createDriftAction(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LanguageDensitySeriesInInputHardening($f: LanguageSeriesFilterInput!) { languageDensitySeries(filter: $f) { teamId } }"): (typeof documents)["query LanguageDensitySeriesInInputHardening($f: LanguageSeriesFilterInput!) { languageDensitySeries(filter: $f) { teamId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionSessionsInInputHardening($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id } }"): (typeof documents)["query SupervisionSessionsInInputHardening($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionComplianceInInputHardening($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) { from } }"): (typeof documents)["query SupervisionComplianceInInputHardening($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) { from } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleSupervisionInInputHardening($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { warnings } }"): (typeof documents)["mutation ScheduleSupervisionInInputHardening($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { warnings } }"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionComplianceInInputHardening2($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) { from to } }"): (typeof documents)["query SupervisionComplianceInInputHardening2($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) { from to } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamDriftInInputHardening($f: DriftFilterInput, $t: ID!) { teamDrift(filter: $f, teamId: $t) { __typename } }"): (typeof documents)["query TeamDriftInInputHardening($f: DriftFilterInput, $t: ID!) { teamDrift(filter: $f, teamId: $t) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeopleInInputHardening2($p: PageInput) { people(page: $p) { totalCount } }"): (typeof documents)["query PeopleInInputHardening2($p: PageInput) { people(page: $p) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChecklistsDueInInputHardening { checklistsDue(withinDays: 367) { __typename } }"): (typeof documents)["query ChecklistsDueInInputHardening { checklistsDue(withinDays: 367) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Instruments { instruments { key title currentVersion { version status items { code } } draft { id } } }"): (typeof documents)["query Instruments { instruments { key title currentVersion { version status items { code } } draft { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstrumentsInInstrumentsImportExport($a: Boolean!) { instruments(includeUnpublished: $a) { key } }"): (typeof documents)["query InstrumentsInInstrumentsImportExport($a: Boolean!) { instruments(includeUnpublished: $a) { key } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstrumentsInInstrumentsImportExport2 { instruments(includeUnpublished: true) { key } }"): (typeof documents)["query InstrumentsInInstrumentsImportExport2 { instruments(includeUnpublished: true) { key } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitPersonServedFeedbackInvitePerson($f: PersonServedAnswersInput!, $i: InvitePersonInput!) {\n         submitPersonServedFeedback(input: $f) invitePerson(input: $i) { person { id } } }"): (typeof documents)["mutation SubmitPersonServedFeedbackInvitePerson($f: PersonServedAnswersInput!, $i: InvitePersonInput!) {\n         submitPersonServedFeedback(input: $f) invitePerson(input: $i) { person { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptInvitation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { person { id organization { id } } } }"): (typeof documents)["mutation AcceptInvitation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { person { id organization { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateCalendarFeed { createCalendarFeed }"): (typeof documents)["mutation CreateCalendarFeed { createCalendarFeed }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateNotificationSettings($i: UpdateNotificationSettingsInput!) {\n  updateNotificationSettings(input: $i) { timeZone digestWeekday digestTime digestWhenQuiet } }"): (typeof documents)["mutation UpdateNotificationSettings($i: UpdateNotificationSettingsInput!) {\n  updateNotificationSettings(input: $i) { timeZone digestWeekday digestTime digestWhenQuiet } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationSettings { notificationSettings { timeZone digestWeekday digestTime digestWhenQuiet } }"): (typeof documents)["query NotificationSettings { notificationSettings { timeZone digestWeekday digestTime digestWhenQuiet } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleSupervision($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id startsAt } } }"): (typeof documents)["mutation ScheduleSupervision($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id startsAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelSupervisionOccurrence($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { occurrence { id status } } }"): (typeof documents)["mutation CancelSupervisionOccurrence($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { occurrence { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveSupervisionOccurrence($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { id startsAt } } }"): (typeof documents)["mutation MoveSupervisionOccurrence($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { id startsAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordSupervisionNote($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id version status } }"): (typeof documents)["mutation RecordSupervisionNote($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id version status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSupervisionSession($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { session { id version startsAt } } }"): (typeof documents)["mutation UpdateSupervisionSession($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { session { id version startsAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EndSupervisionSeries($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { session { id recurrence } } }"): (typeof documents)["mutation EndSupervisionSeries($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { session { id recurrence } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignSupervisionNote($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { id version status } }"): (typeof documents)["mutation SignSupervisionNote($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { id version status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinalizeSupervisionNote($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { id version status } }"): (typeof documents)["mutation FinalizeSupervisionNote($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { id version status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetNotificationPreference($i: SetNotificationPreferenceInput!) { setNotificationPreference(input: $i) { kind channel } }"): (typeof documents)["mutation SetNotificationPreference($i: SetNotificationPreferenceInput!) { setNotificationPreference(input: $i) { kind channel } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($i: LoginInput!) { login(input: $i) { token } }"): (typeof documents)["mutation Login($i: LoginInput!) { login(input: $i) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationPreferences { notificationPreferences { kind label channel } }"): (typeof documents)["query NotificationPreferences { notificationPreferences { kind label channel } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetNotificationPreferenceInBusinessTime($i: SetNotificationPreferenceInput!) { setNotificationPreference(input: $i) { kind channel } }"): (typeof documents)["mutation SetNotificationPreferenceInBusinessTime($i: SetNotificationPreferenceInput!) { setNotificationPreference(input: $i) { kind channel } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateNotificationSettingsInBusinessTime($i: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $i) { timeZone digestWhenQuiet } }"): (typeof documents)["mutation UpdateNotificationSettingsInBusinessTime($i: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $i) { timeZone digestWhenQuiet } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleSupervisionInBusinessTime($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }"): (typeof documents)["mutation ScheduleSupervisionInBusinessTime($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationsInBusinessTime { notifications { items { id } } }"): (typeof documents)["query NotificationsInBusinessTime { notifications { items { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkNotificationReadInBusinessTime($i: MarkNotificationReadInput!) { markNotificationRead(input: $i) { id readAt } }"): (typeof documents)["mutation MarkNotificationReadInBusinessTime($i: MarkNotificationReadInput!) { markNotificationRead(input: $i) { id readAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePasswordInBusinessTime($i: ChangePasswordInput!) { changePassword(input: $i) }"): (typeof documents)["mutation ChangePasswordInBusinessTime($i: ChangePasswordInput!) { changePassword(input: $i) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendPasswordResetInBusinessTime($id: ID!) { sendPasswordReset(personId: $id) }"): (typeof documents)["mutation SendPasswordResetInBusinessTime($id: ID!) { sendPasswordReset(personId: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Notifications($i: NotificationsInput) { notifications(input: $i) { totalCount unreadCount items { id kind title link readAt } } }"): (typeof documents)["query Notifications($i: NotificationsInput) { notifications(input: $i) { totalCount unreadCount items { id kind title link readAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnreadNotificationCount { unreadNotificationCount }"): (typeof documents)["query UnreadNotificationCount { unreadNotificationCount }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkNotificationRead($i: MarkNotificationReadInput!) { markNotificationRead(input: $i) { id readAt } }"): (typeof documents)["mutation MarkNotificationRead($i: MarkNotificationReadInput!) { markNotificationRead(input: $i) { id readAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkAllNotificationsRead { markAllNotificationsRead }"): (typeof documents)["mutation MarkAllNotificationsRead { markAllNotificationsRead }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationSettingsInNotificationsInbox { notificationSettings { timeZone digestWeekday digestTime } }"): (typeof documents)["query NotificationSettingsInNotificationsInbox { notificationSettings { timeZone digestWeekday digestTime } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateNotificationSettingsInNotificationsInbox($i: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $i) { timeZone digestWeekday digestTime } }"): (typeof documents)["mutation UpdateNotificationSettingsInNotificationsInbox($i: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $i) { timeZone digestWeekday digestTime } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleSupervisionSessionId($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }"): (typeof documents)["mutation ScheduleSupervisionSessionId($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvitePersonId($i: InvitePersonInput!) { invitePerson(input: $i) { person { id } } }"): (typeof documents)["mutation InvitePersonId($i: InvitePersonInput!) { invitePerson(input: $i) { person { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptInvitationToken($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }"): (typeof documents)["mutation AcceptInvitationToken($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SendPasswordReset($id: ID!) { sendPasswordReset(personId: $id) }"): (typeof documents)["mutation SendPasswordReset($id: ID!) { sendPasswordReset(personId: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RetryOutboxMessage($i: RetryOutboxMessageInput!) { retryOutboxMessage(input: $i) { id status attempts lastError } }"): (typeof documents)["mutation RetryOutboxMessage($i: RetryOutboxMessageInput!) { retryOutboxMessage(input: $i) { id status attempts lastError } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OutboxSummary { outboxSummary { mailConfigured held queued sending sent failed } }"): (typeof documents)["query OutboxSummary { outboxSummary { mailConfigured held queued sending sent failed } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OutboxMessages($f: OutboxFilterInput) { outboxMessages(filter: $f) { totalCount items { id kind status attempts lastError sentAt } } }"): (typeof documents)["query OutboxMessages($f: OutboxFilterInput) { outboxMessages(filter: $f) { totalCount items { id kind status attempts lastError sentAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateNotificationSettingsInNotificationsMail($i: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $i) { timeZone } }"): (typeof documents)["mutation UpdateNotificationSettingsInNotificationsMail($i: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $i) { timeZone } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NotificationsInNotificationsMail { notifications { unreadCount items { kind title link } } }"): (typeof documents)["query NotificationsInNotificationsMail { notifications { unreadCount items { kind title link } } }"];
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
export function graphql(source: "query PeoplePeople($s: String) { active: people(filter: { search: $s }) { totalCount } all: people(filter: { search: $s, includeInactive: true }) { items { id active } } }"): (typeof documents)["query PeoplePeople($s: String) { active: people(filter: { search: $s }) { totalCount } all: people(filter: { search: $s, includeInactive: true }) { items { id active } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Invitation($t: String!) { invitation(token: $t) { email } }"): (typeof documents)["query Invitation($t: String!) { invitation(token: $t) { email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvitationInOrganizationAdminPeople($t: String!) { invitation(token: $t) { personName } }"): (typeof documents)["query InvitationInOrganizationAdminPeople($t: String!) { invitation(token: $t) { personName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Programs { programs { id name teamCount teams { id } } }"): (typeof documents)["query Programs { programs { id name teamCount teams { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramsInOrganizationAdminQueries { programs { id } }"): (typeof documents)["query ProgramsInOrganizationAdminQueries { programs { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Program($id: ID!) { program(id: $id) { id name teams { name } } }"): (typeof documents)["query Program($id: ID!) { program(id: $id) { id name teams { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramInOrganizationAdminQueries($id: ID!) { program(id: $id) { id } }"): (typeof documents)["query ProgramInOrganizationAdminQueries($id: ID!) { program(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramsInOrganizationAdminQueries2($a: Boolean!) { programs(includeArchived: $a) { id } }"): (typeof documents)["query ProgramsInOrganizationAdminQueries2($a: Boolean!) { programs(includeArchived: $a) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Teams { teams { id name memberCount program { id } } }"): (typeof documents)["query Teams { teams { id name memberCount program { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamIdsOfProgram($p: ID) { teams(filter: { programId: $p }) { id } }"): (typeof documents)["query TeamIdsOfProgram($p: ID) { teams(filter: { programId: $p }) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamsInOrganizationAdminQueries2 { teams { id } }"): (typeof documents)["query TeamsInOrganizationAdminQueries2 { teams { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Team($id: ID!) { team(id: $id) { id name members { id } } }"): (typeof documents)["query Team($id: ID!) { team(id: $id) { id name members { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamInOrganizationAdminQueries($id: ID!) { team(id: $id) { id } }"): (typeof documents)["query TeamInOrganizationAdminQueries($id: ID!) { team(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeopleInOrganizationAdminQueries { people { totalCount items { id } } }"): (typeof documents)["query PeopleInOrganizationAdminQueries { people { totalCount items { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonInOrganizationAdminQueries($id: ID!) { person(id: $id) { id roles team { name program { name } } supervisor { id } } }"): (typeof documents)["query PersonInOrganizationAdminQueries($id: ID!) { person(id: $id) { id roles team { name program { name } } supervisor { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonInOrganizationAdminQueries2($id: ID!) { person(id: $id) { supervisees { id } } }"): (typeof documents)["query PersonInOrganizationAdminQueries2($id: ID!) { person(id: $id) { supervisees { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeopleInOrganizationAdminQueries2 { people(page: { take: 100 }) { items { id } } }"): (typeof documents)["query PeopleInOrganizationAdminQueries2 { people(page: { take: 100 }) { items { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeopleInOrganizationAdminQueries3 { people { totalCount } }"): (typeof documents)["query PeopleInOrganizationAdminQueries3 { people { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeopleInOrganizationAdminQueries4($t: ID) { people(filter: { teamId: $t }) { items { id } } }"): (typeof documents)["query PeopleInOrganizationAdminQueries4($t: ID) { people(filter: { teamId: $t }) { items { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeopleInOrganizationAdminQueries5 { people(filter: { role: SUPERVISOR }) { items { id } } }"): (typeof documents)["query PeopleInOrganizationAdminQueries5 { people(filter: { role: SUPERVISOR }) { items { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeopleInOrganizationAdminQueries6($s: String) { people(filter: { search: $s }) { items { id } } }"): (typeof documents)["query PeopleInOrganizationAdminQueries6($s: String) { people(filter: { search: $s }) { items { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeopleInOrganizationAdminQueries7 { people(filter: { search: \"%\" }) { totalCount } }"): (typeof documents)["query PeopleInOrganizationAdminQueries7 { people(filter: { search: \"%\" }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Organization { organization { id name managersReadNotes } }"): (typeof documents)["query Organization { organization { id name managersReadNotes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationInOrganizationAdminQueries { organization { id } }"): (typeof documents)["query OrganizationInOrganizationAdminQueries { organization { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEventsInOrganizationAdminQueries($id: ID) { auditEvents(input: { entityId: $id }) { totalCount items { action actorId actorName entity entityId requestId summary subject actionLabel } } }"): (typeof documents)["query AuditEventsInOrganizationAdminQueries($id: ID) { auditEvents(input: { entityId: $id }) { totalCount items { action actorId actorName entity entityId requestId summary subject actionLabel } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEventsInOrganizationAdminQueries2($id: ID) { auditEvents(input: { entityId: $id }) { totalCount } }"): (typeof documents)["query AuditEventsInOrganizationAdminQueries2($id: ID) { auditEvents(input: { entityId: $id }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEventsInOrganizationAdminQueries3 { auditEvents(input: { view: SIGN_INS, first: 100 }) { totalCount items { action entityId createdAt } } }"): (typeof documents)["query AuditEventsInOrganizationAdminQueries3 { auditEvents(input: { view: SIGN_INS, first: 100 }) { totalCount items { action entityId createdAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEventsInOrganizationAdminQueries4 { auditEvents(input: { action: \"person.invited\" }) { totalCount } }"): (typeof documents)["query AuditEventsInOrganizationAdminQueries4 { auditEvents(input: { action: \"person.invited\" }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEventsInOrganizationAdminQueries5 { auditEvents { totalCount } }"): (typeof documents)["query AuditEventsInOrganizationAdminQueries5 { auditEvents { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEventsInOrganizationAdminQueries6 { auditEvents(input: { first: 101 }) { totalCount } }"): (typeof documents)["query AuditEventsInOrganizationAdminQueries6 { auditEvents(input: { first: 101 }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEventsInOrganizationAdminQueries7 { auditEvents(input: { entityId: \"person-1\" }) { totalCount } }"): (typeof documents)["query AuditEventsInOrganizationAdminQueries7 { auditEvents(input: { entityId: \"person-1\" }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeopleInOrganizationAdminQueries8 { people(page: { take: 50 }) { items { id team { name program { name } } supervisor { name } roles } } }"): (typeof documents)["query PeopleInOrganizationAdminQueries8 { people(page: { take: 50 }) { items { id team { name program { name } } supervisor { name } roles } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProgramsInOrganizationAdminQueries3 { programs { id teamCount teams { id memberCount } } }"): (typeof documents)["query ProgramsInOrganizationAdminQueries3 { programs { id teamCount teams { id memberCount } } }"];
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
export function graphql(source: "query TeamsTeams { active: teams { id } all: teams(filter: { includeArchived: true }) { id archived } }"): (typeof documents)["query TeamsTeams { active: teams { id } all: teams(filter: { includeArchived: true }) { id archived } }"];
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
export function graphql(source: "query OutboxMessagesInPasswordReset($f: OutboxFilterInput, $p: PageInput) { outboxMessages(filter: $f, page: $p) {\n  totalCount items { id kind recipientId toAddress subject bodyText actionUrl createdAt recipient { id name } } } }"): (typeof documents)["query OutboxMessagesInPasswordReset($f: OutboxFilterInput, $p: PageInput) { outboxMessages(filter: $f, page: $p) {\n  totalCount items { id kind recipientId toAddress subject bodyText actionUrl createdAt recipient { id name } } } }"];
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
export function graphql(source: "query PasswordResetMeOutboxMessages($t: String!) { passwordReset(token: $t) { email } me { id organization { id } }\n      outboxMessages { items { recipientId } } }"): (typeof documents)["query PasswordResetMeOutboxMessages($t: String!) { passwordReset(token: $t) { email } me { id organization { id } }\n      outboxMessages { items { recipientId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChecklistInPersonServedPrivacy($id: ID!) { checklist(id: $id) { answers { itemCode value } } }"): (typeof documents)["query ChecklistInPersonServedPrivacy($id: ID!) { checklist(id: $id) { answers { itemCode value } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AmendChecklist($i: AmendChecklistInput!) { amendChecklist(input: $i) { id } }"): (typeof documents)["mutation AmendChecklist($i: AmendChecklistInput!) { amendChecklist(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonDrift($p: ID!, $f: DriftFilterInput) { personDrift(personId: $p, filter: $f) {\n  metrics { metric points { periodStart value n suppressed } } selfVsOthers { period self others gap } } }"): (typeof documents)["query PersonDrift($p: ID!, $f: DriftFilterInput) { personDrift(personId: $p, filter: $f) {\n  metrics { metric points { periodStart value n suppressed } } selfVsOthers { period self others gap } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamDriftInPersonServedPrivacy($t: ID!, $f: DriftFilterInput) { teamDrift(teamId: $t, filter: $f) {\n  metrics { metric points { value n } } itemsMoved { itemCode } selfVsOthers { others } actionMarkers { before after } } }"): (typeof documents)["query TeamDriftInPersonServedPrivacy($t: ID!, $f: DriftFilterInput) { teamDrift(teamId: $t, filter: $f) {\n  metrics { metric points { value n } } itemsMoved { itemCode } selfVsOthers { others } actionMarkers { before after } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DriftOverviewInPersonServedPrivacy($f: DriftFilterInput) { driftOverview(filter: $f) { kpis { mutualityIndex checklists }\n  teams(page: { first: 100 }) { items { team { id } latest { mutualityIndex hierarchicalDriftIndex medicalModelDriftIndex n } dimensions { dimensionCode score n } series { metric points { value n } } } } } }"): (typeof documents)["query DriftOverviewInPersonServedPrivacy($f: DriftFilterInput) { driftOverview(filter: $f) { kpis { mutualityIndex checklists }\n  teams(page: { first: 100 }) { items { team { id } latest { mutualityIndex hierarchicalDriftIndex medicalModelDriftIndex n } dimensions { dimensionCode score n } series { metric points { value n } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LoginInPlatform { login(input: { email: \"not-an-email\", password: \"x\" }) { token } }"): (typeof documents)["mutation LoginInPlatform { login(input: { email: \"not-an-email\", password: \"x\" }) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SchemaTypes { __schema { types { name } } }"): (typeof documents)["query SchemaTypes { __schema { types { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChecklistsInPlatform($r: RaterType) { checklists(filter: { raterType: $r }) { totalCount } }"): (typeof documents)["query ChecklistsInPlatform($r: RaterType) { checklists(filter: { raterType: $r }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LoginInProductionTransport($i: LoginInput!) { login(input: $i) { token } }"): (typeof documents)["mutation LoginInProductionTransport($i: LoginInput!) { login(input: $i) { token } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartChecklistVersion($i: StartChecklistInput!) { startChecklist(input: $i) { id version } }"): (typeof documents)["mutation StartChecklistVersion($i: StartChecklistInput!) { startChecklist(input: $i) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveChecklistAnswersVersion($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { id version } }"): (typeof documents)["mutation SaveChecklistAnswersVersion($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChecklistInRequestCost($id: ID!) { checklist(id: $id) { id completeness { canSubmit problems } } }"): (typeof documents)["query ChecklistInRequestCost($id: ID!) { checklist(id: $id) { id completeness { canSubmit problems } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeInRequestCost { me { id name email jobTitle livedExperience startedOn active invitationPending createdAt roles roleGrants { role programId } } }"): (typeof documents)["query MeInRequestCost { me { id name email jobTitle livedExperience startedOn active invitationPending createdAt roles roleGrants { role programId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MeOrganizationInRequestCost { me { id organization { id name } } }"): (typeof documents)["query MeOrganizationInRequestCost { me { id organization { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitChecklistInRollups($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id version status } }"): (typeof documents)["mutation SubmitChecklistInRollups($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id version status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AmendChecklistInRollups($i: AmendChecklistInput!) { amendChecklist(input: $i) { id version revision } }"): (typeof documents)["mutation AmendChecklistInRollups($i: AmendChecklistInput!) { amendChecklist(input: $i) { id version revision } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignTeam($i: AssignTeamInput!) { assignTeam(input: $i) { id } }"): (typeof documents)["mutation AssignTeam($i: AssignTeamInput!) { assignTeam(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordSupervisionNoteVersion($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id version } }"): (typeof documents)["mutation RecordSupervisionNoteVersion($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id version } }"];
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
export function graphql(source: "query SetupProgress { setupProgress { doneCount complete steps { key done count } } }"): (typeof documents)["query SetupProgress { setupProgress { doneCount complete steps { key done count } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateOrganization($i: CreateOrganizationInput!) { createOrganization(input: $i) }"): (typeof documents)["mutation CreateOrganization($i: CreateOrganizationInput!) { createOrganization(input: $i) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptInvitationTokenAndPerson($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token person { id } } }"): (typeof documents)["mutation AcceptInvitationTokenAndPerson($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { token person { id } } }"];
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
export function graphql(source: "mutation UpdateSupervisionPolicy($i: UpdateSupervisionPolicyInput!) { updateSupervisionPolicy(input: $i) { programId } }"): (typeof documents)["mutation UpdateSupervisionPolicy($i: UpdateSupervisionPolicyInput!) { updateSupervisionPolicy(input: $i) { programId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartChecklistInSetupProgress($i: StartChecklistInput!) { startChecklist(input: $i) { id status } }"): (typeof documents)["mutation StartChecklistInSetupProgress($i: StartChecklistInput!) { startChecklist(input: $i) { id status } }"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionSessions($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id status note { id } } }"): (typeof documents)["query SupervisionSessions($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id status note { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionComplianceInSupervisionDemoSeed { supervisionCompliance { teams { id ratio overdue supervisees reconciliation { heldNotDocumented missed cancelled documentedNotScheduled } } } }"): (typeof documents)["query SupervisionComplianceInSupervisionDemoSeed { supervisionCompliance { teams { id ratio overdue supervisees reconciliation { heldNotDocumented missed cancelled documentedNotScheduled } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LanguageDensitySeriesInSupervisionDemoSeed($f: LanguageSeriesFilterInput!) { languageDensitySeries(filter: $f) { teamId points { month notes densities { medicalModel hierarchical mutuality } } } }"): (typeof documents)["query LanguageDensitySeriesInSupervisionDemoSeed($f: LanguageSeriesFilterInput!) { languageDensitySeries(filter: $f) { teamId points { month notes densities { medicalModel hierarchical mutuality } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleSupervisionInSupervisionFiguresCache($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id version } } }"): (typeof documents)["mutation ScheduleSupervisionInSupervisionFiguresCache($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id version } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSupervisionSessionInSupervisionFiguresCache($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { session { id version } } }"): (typeof documents)["mutation UpdateSupervisionSessionInSupervisionFiguresCache($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { session { id version } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EndSupervisionSeriesInSupervisionFiguresCache($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { session { id } } }"): (typeof documents)["mutation EndSupervisionSeriesInSupervisionFiguresCache($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { session { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveSupervisionOccurrenceInSupervisionFiguresCache($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { startsAt } } }"): (typeof documents)["mutation MoveSupervisionOccurrenceInSupervisionFiguresCache($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { startsAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinalizeSupervisionNoteInSupervisionFiguresCache($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { version } }"): (typeof documents)["mutation FinalizeSupervisionNoteInSupervisionFiguresCache($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignSupervisionNoteInSupervisionFiguresCache($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { status } }"): (typeof documents)["mutation SignSupervisionNoteInSupervisionFiguresCache($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSupervisionPolicyInSupervisionFiguresCache($i: UpdateSupervisionPolicyInput!) { updateSupervisionPolicy(input: $i) { preset } }"): (typeof documents)["mutation UpdateSupervisionPolicyInSupervisionFiguresCache($i: UpdateSupervisionPolicyInput!) { updateSupervisionPolicy(input: $i) { preset } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionSessionsInSupervisionFiguresCache($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id sessionId startsAt status } }"): (typeof documents)["query SupervisionSessionsInSupervisionFiguresCache($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id sessionId startsAt status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CachedReconciliation on SupervisionReconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled }"): (typeof documents)["fragment CachedReconciliation on SupervisionReconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionComplianceInSupervisionFiguresCache($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId teamId programId required requiredByEnd recorded ratio daysSinceLast lastSessionAt currentIntervalDays overdue status\n    reconciliation { ...CachedReconciliation } }\n  teams { id supervisees required recorded ratio onTrack behind overdue reconciliation { ...CachedReconciliation } }\n  programs { id supervisees required recorded ratio }\n  total { supervisees required recorded ratio reconciliation { ...CachedReconciliation } } } }"): (typeof documents)["query SupervisionComplianceInSupervisionFiguresCache($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId teamId programId required requiredByEnd recorded ratio daysSinceLast lastSessionAt currentIntervalDays overdue status\n    reconciliation { ...CachedReconciliation } }\n  teams { id supervisees required recorded ratio onTrack behind overdue reconciliation { ...CachedReconciliation } }\n  programs { id supervisees required recorded ratio }\n  total { supervisees required recorded ratio reconciliation { ...CachedReconciliation } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NoteClockFields on SupervisionNote { id version actionItems { id } reflections { signedAt } }"): (typeof documents)["fragment NoteClockFields on SupervisionNote { id version actionItems { id } reflections { signedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordSupervisionNoteInNotesClock($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { ...NoteClockFields } }"): (typeof documents)["mutation RecordSupervisionNoteInNotesClock($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { ...NoteClockFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinalizeSupervisionNoteInNotesClock($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { ...NoteClockFields } }"): (typeof documents)["mutation FinalizeSupervisionNoteInNotesClock($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { ...NoteClockFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignSupervisionNoteInNotesClock($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { ...NoteClockFields } }"): (typeof documents)["mutation SignSupervisionNoteInNotesClock($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { ...NoteClockFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateActionItemInNotesClock($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id completedAt } }"): (typeof documents)["mutation UpdateActionItemInNotesClock($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id completedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpsertLexiconEntryInNotesClock($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase } }"): (typeof documents)["mutation UpsertLexiconEntryInNotesClock($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NoteCostFields on SupervisionNote { id status version supervisorNote reflections { superviseeId reflection signedAt }\n  signatureWithdrawals { kind } amendments { id } actionItems { id description status dueOn } language { wordCount } }"): (typeof documents)["fragment NoteCostFields on SupervisionNote { id status version supervisorNote reflections { superviseeId reflection signedAt }\n  signatureWithdrawals { kind } amendments { id } actionItems { id description status dueOn } language { wordCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordSupervisionNoteInNotesCost($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { ...NoteCostFields } }"): (typeof documents)["mutation RecordSupervisionNoteInNotesCost($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { ...NoteCostFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinalizeSupervisionNoteInNotesCost($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { ...NoteCostFields } }"): (typeof documents)["mutation FinalizeSupervisionNoteInNotesCost($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { ...NoteCostFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignSupervisionNoteInNotesCost($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { ...NoteCostFields } }"): (typeof documents)["mutation SignSupervisionNoteInNotesCost($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { ...NoteCostFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionNoteInNotesCost($id: ID!) { supervisionNote(id: $id) { ...NoteCostFields } }"): (typeof documents)["query SupervisionNoteInNotesCost($id: ID!) { supervisionNote(id: $id) { ...NoteCostFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActionItemsInNotesCost($f: ActionItemsFilterInput) { actionItems(filter: $f) { id status description textVisible } }"): (typeof documents)["query ActionItemsInNotesCost($f: ActionItemsFilterInput) { actionItems(filter: $f) { id status description textVisible } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateActionItemInNotesCost($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id status completedAt } }"): (typeof documents)["mutation UpdateActionItemInNotesCost($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id status completedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionAgendaInNotesCost($id: ID!) { supervisionAgenda(superviseeId: $id) { superviseeId openActionItems { id }\n  recentDriftCodes { code count } lastNote { id actionItemCount openActionItemCount } } }"): (typeof documents)["query SupervisionAgendaInNotesCost($id: ID!) { supervisionAgenda(superviseeId: $id) { superviseeId openActionItems { id }\n  recentDriftCodes { code count } lastNote { id actionItemCount openActionItemCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpsertLexiconEntryInNotesCost($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase weight source } }"): (typeof documents)["mutation UpsertLexiconEntryInNotesCost($i: UpsertLexiconEntryInput!) { upsertLexiconEntry(input: $i) { phrase weight source } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment NoteFields on SupervisionNote { id occurrenceId sessionId status version types dimensions driftCodes textVisible strengths concerns supervisorNote viewerParty\n  reflections { superviseeId reflection signedAt supervisee { id } } supervisorSignedAt lockedAt finalizedAt signingOrder\n  signatureWithdrawals { kind signedAt withdrawnAt person { id name } changedBy { id } }\n  amendments { id text createdAt author { id } }\n  actionItems { id description textVisible status dueOn dimension owner { id } checklistId }\n  language { wordCount balance totals { medicalModel hierarchical errand mutuality } densities { medicalModel mutuality } } }"): (typeof documents)["fragment NoteFields on SupervisionNote { id occurrenceId sessionId status version types dimensions driftCodes textVisible strengths concerns supervisorNote viewerParty\n  reflections { superviseeId reflection signedAt supervisee { id } } supervisorSignedAt lockedAt finalizedAt signingOrder\n  signatureWithdrawals { kind signedAt withdrawnAt person { id name } changedBy { id } }\n  amendments { id text createdAt author { id } }\n  actionItems { id description textVisible status dueOn dimension owner { id } checklistId }\n  language { wordCount balance totals { medicalModel hierarchical errand mutuality } densities { medicalModel mutuality } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordSupervisionNoteInSupervisionNotes($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { ...NoteFields } }"): (typeof documents)["mutation RecordSupervisionNoteInSupervisionNotes($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { ...NoteFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignSupervisionNoteInSupervisionNotes($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { ...NoteFields } }"): (typeof documents)["mutation SignSupervisionNoteInSupervisionNotes($i: SignSupervisionNoteInput!) { signSupervisionNote(input: $i) { ...NoteFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FinalizeSupervisionNoteInSupervisionNotes($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { ...NoteFields } }"): (typeof documents)["mutation FinalizeSupervisionNoteInSupervisionNotes($i: FinalizeSupervisionNoteInput!) { finalizeSupervisionNote(input: $i) { ...NoteFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AmendSupervisionNote($i: AmendSupervisionNoteInput!) { amendSupervisionNote(input: $i) { ...NoteFields } }"): (typeof documents)["mutation AmendSupervisionNote($i: AmendSupervisionNoteInput!) { amendSupervisionNote(input: $i) { ...NoteFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionNote($id: ID!) { supervisionNote(id: $id) { ...NoteFields occurrence { id status } } }"): (typeof documents)["query SupervisionNote($id: ID!) { supervisionNote(id: $id) { ...NoteFields occurrence { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateActionItemInSupervisionNotes($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id status completedAt description } }"): (typeof documents)["mutation UpdateActionItemInSupervisionNotes($i: UpdateActionItemInput!) { updateActionItem(input: $i) { id status completedAt description } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ActionItems($f: ActionItemsFilterInput) { actionItems(filter: $f) { id status description textVisible owner { id } } }"): (typeof documents)["query ActionItems($f: ActionItemsFilterInput) { actionItems(filter: $f) { id status description textVisible owner { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionAgendaInSupervisionNotes($id: ID!) { supervisionAgenda(superviseeId: $id) {\n  superviseeId supervisee { id } openActionItems { id description } recentDriftCodes { code label count } recentDimensions { code count }\n  lastNote { id status driftCodes actionItemCount openActionItemCount } nextOccurrence { id startsAt } } }"): (typeof documents)["query SupervisionAgendaInSupervisionNotes($id: ID!) { supervisionAgenda(superviseeId: $id) {\n  superviseeId supervisee { id } openActionItems { id description } recentDriftCodes { code label count } recentDimensions { code count }\n  lastNote { id status driftCodes actionItemCount openActionItemCount } nextOccurrence { id startsAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionSessionsInSupervisionNotes($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id status adHoc note { id status types driftCodes actionItemCount } } }"): (typeof documents)["query SupervisionSessionsInSupervisionNotes($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id status adHoc note { id status types driftCodes actionItemCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateOrganization { updateOrganization(input: { managersReadNotes: true }) { managersReadNotes } }"): (typeof documents)["mutation UpdateOrganization { updateOrganization(input: { managersReadNotes: true }) { managersReadNotes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateOrganizationInSupervisionNotes { updateOrganization(input: { managersReadNotes: false }) { managersReadNotes } }"): (typeof documents)["mutation UpdateOrganizationInSupervisionNotes { updateOrganization(input: { managersReadNotes: false }) { managersReadNotes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateOrganizationInSupervisionNotes2($o: NoteSigningOrder!) { updateOrganization(input: { noteSigningOrder: $o }) { noteSigningOrder } }"): (typeof documents)["mutation UpdateOrganizationInSupervisionNotes2($o: NoteSigningOrder!) { updateOrganization(input: { noteSigningOrder: $o }) { noteSigningOrder } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleSupervisionInOccurrenceBudget($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }"): (typeof documents)["mutation ScheduleSupervisionInOccurrenceBudget($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionComplianceInOccurrenceBudget($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId required recorded ratio daysSinceLast lastSessionAt status\n    reconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled } }\n  total { supervisees required recorded ratio } } }"): (typeof documents)["query SupervisionComplianceInOccurrenceBudget($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId required recorded ratio daysSinceLast lastSessionAt status\n    reconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled } }\n  total { supervisees required recorded ratio } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleInSeriesRevision($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id version } } }"): (typeof documents)["mutation ScheduleInSeriesRevision($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id version } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSessionInSeriesRevision($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { session { id } } }"): (typeof documents)["mutation UpdateSessionInSeriesRevision($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { session { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EndSeriesInSeriesRevision($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { session { id } } }"): (typeof documents)["mutation EndSeriesInSeriesRevision($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { session { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelInSeriesRevision($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { occurrence { status } } }"): (typeof documents)["mutation CancelInSeriesRevision($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { occurrence { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveInSeriesRevision($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { startsAt } } }"): (typeof documents)["mutation MoveInSeriesRevision($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { occurrence { startsAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkInSeriesRevision($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { status } } }"): (typeof documents)["mutation MarkInSeriesRevision($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordNoteInSeriesRevision($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id } }"): (typeof documents)["mutation RecordNoteInSeriesRevision($i: RecordSupervisionNoteInput!) { recordSupervisionNote(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignTeamInSeriesRevision($i: AssignTeamInput!) { assignTeam(input: $i) { id } }"): (typeof documents)["mutation AssignTeamInSeriesRevision($i: AssignTeamInput!) { assignTeam(input: $i) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OccurrencesInSeriesRevision($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id sessionId startsAt status } }"): (typeof documents)["query OccurrencesInSeriesRevision($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id sessionId startsAt status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ComplianceInSeriesRevision($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId teamId required recorded ratio daysSinceLast lastSessionAt overdue status\n    reconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled } }\n  teams { id supervisees required recorded ratio onTrack behind overdue }\n  total { supervisees required recorded ratio } } }"): (typeof documents)["query ComplianceInSeriesRevision($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId teamId required recorded ratio daysSinceLast lastSessionAt overdue status\n    reconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled } }\n  teams { id supervisees required recorded ratio onTrack behind overdue }\n  total { supervisees required recorded ratio } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleSupervisionInSupervisionSessions($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) {\n  warnings session { id version recurrence recurrenceText startsAt startsLocal timeZone seriesEndsAt isRecurring supervisor { id } supervisees { id } } } }"): (typeof documents)["mutation ScheduleSupervisionInSupervisionSessions($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) {\n  warnings session { id version recurrence recurrenceText startsAt startsLocal timeZone seriesEndsAt isRecurring supervisor { id } supervisees { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateSupervisionSessionInSupervisionSessions($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { warnings session { id version location recurrence previousSessionId startsAt seriesEndsAt } } }"): (typeof documents)["mutation UpdateSupervisionSessionInSupervisionSessions($i: UpdateSupervisionSessionInput!) { updateSupervisionSession(input: $i) { warnings session { id version location recurrence previousSessionId startsAt seriesEndsAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionSessionsInSupervisionSessions($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) {\n  id sessionId startsAt endsAt originalStartsAt timeZone status statusReason moved isRecurring recurrenceText location icsPath supervisor { id } supervisees { id } note { id } } }"): (typeof documents)["query SupervisionSessionsInSupervisionSessions($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) {\n  id sessionId startsAt endsAt originalStartsAt timeZone status statusReason moved isRecurring recurrenceText location icsPath supervisor { id } supervisees { id } note { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelSupervisionOccurrenceInSupervisionSessions($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { warnings occurrence { id status statusReason } } }"): (typeof documents)["mutation CancelSupervisionOccurrenceInSupervisionSessions($i: CancelSupervisionOccurrenceInput!) { cancelSupervisionOccurrence(input: $i) { warnings occurrence { id status statusReason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveSupervisionOccurrenceInSupervisionSessions($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { warnings occurrence { id startsAt originalStartsAt moved location } } }"): (typeof documents)["mutation MoveSupervisionOccurrenceInSupervisionSessions($i: MoveSupervisionOccurrenceInput!) { moveSupervisionOccurrence(input: $i) { warnings occurrence { id startsAt originalStartsAt moved location } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EndSupervisionSeriesInSupervisionSessions($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { warnings session { id recurrence seriesEndsAt } } }"): (typeof documents)["mutation EndSupervisionSeriesInSupervisionSessions($i: EndSupervisionSeriesInput!) { endSupervisionSeries(input: $i) { warnings session { id recurrence seriesEndsAt } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkSupervisionOccurrenceInSupervisionSessions($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { id status } } }"): (typeof documents)["mutation MarkSupervisionOccurrenceInSupervisionSessions($i: MarkSupervisionOccurrenceInput!) { markSupervisionOccurrence(input: $i) { occurrence { id status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CalendarFeed { calendarFeed { active createdAt } }"): (typeof documents)["query CalendarFeed { calendarFeed { active createdAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevokeCalendarFeed { revokeCalendarFeed }"): (typeof documents)["mutation RevokeCalendarFeed { revokeCalendarFeed }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScheduleSupervisionInStatements($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }"): (typeof documents)["mutation ScheduleSupervisionInStatements($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionComplianceInStatements($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId required recorded status } total { supervisees required recorded } } }"): (typeof documents)["query SupervisionComplianceInStatements($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {\n  supervisees { superviseeId required recorded status } total { supervisees required recorded } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisionSessionsInStatements($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id status } }"): (typeof documents)["query SupervisionSessionsInStatements($f: SupervisionSessionsFilterInput!) { supervisionSessions(filter: $f) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisorWeekInStatements { supervisorWeek { sessions { id } notesToWrite { id } notesAwaiting { noteId } } }"): (typeof documents)["query SupervisorWeekInStatements { supervisorWeek { sessions { id } notesToWrite { id } notesAwaiting { noteId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SupervisorWeek($i: SupervisorWeekInput) { supervisorWeek(input: $i) {\n  timeZone from to\n  sessions { id startsAt status }\n  notesToWrite { id startsAt status supervisees { id } }\n  notesAwaiting { noteId occurrenceId step with { id } }\n  ratingsDue { subjectId raterType dueDate status }\n  actionItemsDue { id dueOn status description }\n} }"): (typeof documents)["query SupervisorWeek($i: SupervisorWeekInput) { supervisorWeek(input: $i) {\n  timeZone from to\n  sessions { id startsAt status }\n  notesToWrite { id startsAt status supervisees { id } }\n  notesAwaiting { noteId occurrenceId step with { id } }\n  ratingsDue { subjectId raterType dueDate status }\n  actionItemsDue { id dueOn status description }\n} }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment DriftPointFields on SeriesPoint { period periodStart value n suppressed }"): (typeof documents)["fragment DriftPointFields on SeriesPoint { period periodStart value n suppressed }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DriftOverviewInAnalyticsSetup($f: DriftFilterInput) { driftOverview(filter: $f) {\n  from to granularity raterTypes minCellSize periods\n  kpis { teams teamsWithAlerts teamsOnWatch mutualityIndex band checklists supervisionRatio }\n  teams(page: { first: 100 }) { totalCount items { team { id } program { id }\n    latest { period mutualityIndex band hierarchicalDriftIndex medicalModelDriftIndex organisationalDriftIndex n }\n    series { metric points { ...DriftPointFields } }\n    dimensions { dimensionCode score n suppressed } } } } }"): (typeof documents)["query DriftOverviewInAnalyticsSetup($f: DriftFilterInput) { driftOverview(filter: $f) {\n  from to granularity raterTypes minCellSize periods\n  kpis { teams teamsWithAlerts teamsOnWatch mutualityIndex band checklists supervisionRatio }\n  teams(page: { first: 100 }) { totalCount items { team { id } program { id }\n    latest { period mutualityIndex band hierarchicalDriftIndex medicalModelDriftIndex organisationalDriftIndex n }\n    series { metric points { ...DriftPointFields } }\n    dimensions { dimensionCode score n suppressed } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TeamDriftInAnalyticsSetup($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  team { id } from to granularity raterTypes minCellSize\n  metrics { metric label badDirection points { ...DriftPointFields } signals { id } }\n  itemsMoved { itemCode } selfVsOthers { period self others gap }\n  annotations { id teamId personId onDate label details kind automatic } actionMarkers { id } } }"): (typeof documents)["query TeamDriftInAnalyticsSetup($id: ID!, $f: DriftFilterInput) { teamDrift(teamId: $id, filter: $f) {\n  team { id } from to granularity raterTypes minCellSize\n  metrics { metric label badDirection points { ...DriftPointFields } signals { id } }\n  itemsMoved { itemCode } selfVsOthers { period self others gap }\n  annotations { id teamId personId onDate label details kind automatic } actionMarkers { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonDriftInAnalyticsSetup($id: ID!, $f: DriftFilterInput) { personDrift(personId: $id, filter: $f) {\n  person { id } from to granularity raterTypes\n  metrics { metric points { ...DriftPointFields } } selfVsOthers { period self others gap }\n  annotations { id label personId } } }"): (typeof documents)["query PersonDriftInAnalyticsSetup($id: ID!, $f: DriftFilterInput) { personDrift(personId: $id, filter: $f) {\n  person { id } from to granularity raterTypes\n  metrics { metric points { ...DriftPointFields } } selfVsOthers { period self others gap }\n  annotations { id label personId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Annotations($id: ID!, $f: DriftFilterInput) { annotations(teamId: $id, filter: $f) { id teamId personId onDate label details kind automatic } }"): (typeof documents)["query Annotations($id: ID!, $f: DriftFilterInput) { annotations(teamId: $id, filter: $f) { id teamId personId onDate label details kind automatic } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateAnnotation($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id teamId personId onDate label details kind automatic } }"): (typeof documents)["mutation CreateAnnotation($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id teamId personId onDate label details kind automatic } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateAnnotation($i: UpdateAnnotationInput!) { updateAnnotation(input: $i) { id teamId personId onDate label details kind automatic } }"): (typeof documents)["mutation UpdateAnnotation($i: UpdateAnnotationInput!) { updateAnnotation(input: $i) { id teamId personId onDate label details kind automatic } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteAnnotation($id: ID!) { deleteAnnotation(annotationId: $id) }"): (typeof documents)["mutation DeleteAnnotation($id: ID!) { deleteAnnotation(annotationId: $id) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignSupervisor($i: AssignSupervisorInput!) { assignSupervisor(input: $i) { id } }"): (typeof documents)["mutation AssignSupervisor($i: AssignSupervisorInput!) { assignSupervisor(input: $i) { id } }"];
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
export function graphql(source: "fragment ChecklistFields on Checklist { id status raterType version revision submittedAt observationStart observationEnd subjectId raterId teamId\n  instrumentVersionId mutualityIndex mutualityIndex100 hierarchicalDriftIndex medicalModelDriftIndex errandDriftIndex organisationalDriftIndex band\n  rater { id } subject { id } team { id } instrumentVersion { version }\n  answers { itemCode value comment }\n  scores { dimensionCode score insufficient answered expected }\n  developmentAreas itemAlerts { itemCode dimensionCode value driftPattern }\n  completeness { canSubmit problems warnings answered expected }\n  revisions { revision submittedAt amendedByName reason mutualityIndex createdAt } }"): (typeof documents)["fragment ChecklistFields on Checklist { id status raterType version revision submittedAt observationStart observationEnd subjectId raterId teamId\n  instrumentVersionId mutualityIndex mutualityIndex100 hierarchicalDriftIndex medicalModelDriftIndex errandDriftIndex organisationalDriftIndex band\n  rater { id } subject { id } team { id } instrumentVersion { version }\n  answers { itemCode value comment }\n  scores { dimensionCode score insufficient answered expected }\n  developmentAreas itemAlerts { itemCode dimensionCode value driftPattern }\n  completeness { canSubmit problems warnings answered expected }\n  revisions { revision submittedAt amendedByName reason mutualityIndex createdAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartChecklistInChecklistHelpers($i: StartChecklistInput!) { startChecklist(input: $i) { ...ChecklistFields } }"): (typeof documents)["mutation StartChecklistInChecklistHelpers($i: StartChecklistInput!) { startChecklist(input: $i) { ...ChecklistFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SaveChecklistAnswersInChecklistHelpers($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { ...ChecklistFields } }"): (typeof documents)["mutation SaveChecklistAnswersInChecklistHelpers($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { ...ChecklistFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitChecklistInChecklistHelpers($i: SubmitChecklistInput!) { submitChecklist(input: $i) { ...ChecklistFields } }"): (typeof documents)["mutation SubmitChecklistInChecklistHelpers($i: SubmitChecklistInput!) { submitChecklist(input: $i) { ...ChecklistFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AmendChecklistInChecklistHelpers($i: AmendChecklistInput!) { amendChecklist(input: $i) { ...ChecklistFields } }"): (typeof documents)["mutation AmendChecklistInChecklistHelpers($i: AmendChecklistInput!) { amendChecklist(input: $i) { ...ChecklistFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChecklistsInChecklistsSetup($f: ChecklistFilterInput, $p: PageInput) { checklists(filter: $f, page: $p) { totalCount items { id status raterType subjectId raterId } } }"): (typeof documents)["query ChecklistsInChecklistsSetup($f: ChecklistFilterInput, $p: PageInput) { checklists(filter: $f, page: $p) { totalCount items { id status raterType subjectId raterId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChecklistsDue($w: Int!) { checklistsDue(withinDays: $w) { subjectId subjectName raterType instrumentKey dueDate status lastSubmittedAt draftId } }"): (typeof documents)["query ChecklistsDue($w: Int!) { checklistsDue(withinDays: $w) { subjectId subjectName raterType instrumentKey dueDate status lastSubmittedAt draftId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChecklistPolicy($id: ID!) { checklistPolicy(programId: $id) { programId selfEveryDays supervisorEveryDays personServedEveryDays } }"): (typeof documents)["query ChecklistPolicy($id: ID!) { checklistPolicy(programId: $id) { programId selfEveryDays supervisorEveryDays personServedEveryDays } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateChecklistPolicy($i: ChecklistPolicyInput!) { updateChecklistPolicy(input: $i) { programId selfEveryDays supervisorEveryDays personServedEveryDays } }"): (typeof documents)["mutation UpdateChecklistPolicy($i: ChecklistPolicyInput!) { updateChecklistPolicy(input: $i) { programId selfEveryDays supervisorEveryDays personServedEveryDays } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreatePersonServedLinkInChecklistsSetup($s: ID!) { createPersonServedLink(subjectId: $s) { url expiresAt } }"): (typeof documents)["mutation CreatePersonServedLinkInChecklistsSetup($s: ID!) { createPersonServedLink(subjectId: $s) { url expiresAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PersonServedForm($t: String!) { personServedForm(token: $t) { peerFirstName organizationName definitionJson } }"): (typeof documents)["query PersonServedForm($t: String!) { personServedForm(token: $t) { peerFirstName organizationName definitionJson } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstrumentsInChecklistsSetup { instruments { id key title currentVersion { version status items { code } dimensions { code } } } }"): (typeof documents)["query InstrumentsInChecklistsSetup { instruments { id key title currentVersion { version status items { code } dimensions { code } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Instrument($k: String!) { instrument(key: $k) { id key title currentVersion { version } } }"): (typeof documents)["query Instrument($k: String!) { instrument(key: $k) { id key title currentVersion { version } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InstrumentVersionFields on InstrumentVersion { id version status publishedAt title problems definitionJson\n  crosswalk { fromItemCode toItemCode }\n  items { code order dimensionCode polarity driftPattern naAllowed inShortForm help reflectionPrompt prompts { self supervisor reviewer personServed } } }"): (typeof documents)["fragment InstrumentVersionFields on InstrumentVersion { id version status publishedAt title problems definitionJson\n  crosswalk { fromItemCode toItemCode }\n  items { code order dimensionCode polarity driftPattern naAllowed inShortForm help reflectionPrompt prompts { self supervisor reviewer personServed } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateInstrumentDraft($k: String!) { createInstrumentDraft(instrumentKey: $k) { ...InstrumentVersionFields } }"): (typeof documents)["mutation CreateInstrumentDraft($k: String!) { createInstrumentDraft(instrumentKey: $k) { ...InstrumentVersionFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateInstrumentDraft($i: UpdateInstrumentDraftInput!) { updateInstrumentDraft(input: $i) { ...InstrumentVersionFields } }"): (typeof documents)["mutation UpdateInstrumentDraft($i: UpdateInstrumentDraftInput!) { updateInstrumentDraft(input: $i) { ...InstrumentVersionFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateInstrumentItem($i: UpdateInstrumentItemInput!) { updateInstrumentItem(input: $i) { ...InstrumentVersionFields } }"): (typeof documents)["mutation UpdateInstrumentItem($i: UpdateInstrumentItemInput!) { updateInstrumentItem(input: $i) { ...InstrumentVersionFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddInstrumentItem($i: AddInstrumentItemInput!) { addInstrumentItem(input: $i) { ...InstrumentVersionFields } }"): (typeof documents)["mutation AddInstrumentItem($i: AddInstrumentItemInput!) { addInstrumentItem(input: $i) { ...InstrumentVersionFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RetireInstrumentItem($i: RetireInstrumentItemInput!) { retireInstrumentItem(input: $i) { ...InstrumentVersionFields } }"): (typeof documents)["mutation RetireInstrumentItem($i: RetireInstrumentItemInput!) { retireInstrumentItem(input: $i) { ...InstrumentVersionFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveInstrumentItem($i: MoveInstrumentItemInput!) { moveInstrumentItem(input: $i) { ...InstrumentVersionFields } }"): (typeof documents)["mutation MoveInstrumentItem($i: MoveInstrumentItemInput!) { moveInstrumentItem(input: $i) { ...InstrumentVersionFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PublishInstrumentDraft($k: String!) { publishInstrumentDraft(instrumentKey: $k) { ...InstrumentVersionFields } }"): (typeof documents)["mutation PublishInstrumentDraft($k: String!) { publishInstrumentDraft(instrumentKey: $k) { ...InstrumentVersionFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DiscardInstrumentDraft($k: String!) { discardInstrumentDraft(instrumentKey: $k) }"): (typeof documents)["mutation DiscardInstrumentDraft($k: String!) { discardInstrumentDraft(instrumentKey: $k) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImportInstrument($i: ImportInstrumentInput!) { importInstrument(input: $i) { ...InstrumentVersionFields } }"): (typeof documents)["mutation ImportInstrument($i: ImportInstrumentInput!) { importInstrument(input: $i) { ...InstrumentVersionFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExportInstrument($k: String!, $f: InstrumentFormat!, $v: Int) { exportInstrument(instrumentKey: $k, format: $f, version: $v) }"): (typeof documents)["query ExportInstrument($k: String!, $f: InstrumentFormat!, $v: Int) { exportInstrument(instrumentKey: $k, format: $f, version: $v) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstrumentVersionValidation($k: String!) { instrumentVersionValidation(instrumentKey: $k) }"): (typeof documents)["query InstrumentVersionValidation($k: String!) { instrumentVersionValidation(instrumentKey: $k) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstrumentInInstrumentsSetup($k: String!) { instrument(key: $k) { id key title currentVersion { id version } draft { id version } versions { id version status } } }"): (typeof documents)["query InstrumentInInstrumentsSetup($k: String!) { instrument(key: $k) { id key title currentVersion { id version } draft { id version } versions { id version status } } }"];
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
export function graphql(source: "mutation ImportRoster($i: ImportRosterInput!) { importRoster(input: $i) {\n  dryRun applied totalRows createCount updateCount errorCount fileErrors\n  rows { line name email team roles supervisorEmail action errors invited } } }"): (typeof documents)["mutation ImportRoster($i: ImportRosterInput!) { importRoster(input: $i) {\n  dryRun applied totalRows createCount updateCount errorCount fileErrors\n  rows { line name email team roles supervisorEmail action errors invited } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateOrganizationInOrgAdminSetup($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id name managersReadNotes } }"): (typeof documents)["mutation UpdateOrganizationInOrgAdminSetup($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id name managersReadNotes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PeopleInOrgAdminSetup($f: PeopleFilterInput, $p: PageInput) { people(filter: $f, page: $p) { totalCount items { id name } } }"): (typeof documents)["query PeopleInOrgAdminSetup($f: PeopleFilterInput, $p: PageInput) { people(filter: $f, page: $p) { totalCount items { id name } } }"];
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