import { Platform1763700000000 } from './1763700000000-platform';
import { Checklists1763710000000 } from './1763710000000-checklists';
import { Supervision1763720000000 } from './1763720000000-supervision';
import { Analytics1763730000000 } from './1763730000000-analytics';
import { Clock1763740000000 } from './1763740000000-clock';
import { AccountSecurity1763750000000 } from './1763750000000-account-security';
import { DriftBaseline1763760000000 } from './1763760000000-drift-baseline';
import { CalendarFeedTokenHash1763770000000 } from './1763770000000-calendar-feed-token-hash';
import { Notifications1763780000000 } from './1763780000000-notifications';
import { NotificationReminders1764110000000 } from './1764110000000-notification-reminders';
import { SafeSigning1764120000000 } from './1764120000000-safe-signing';
import { ActionScopes1764130000000 } from './1764130000000-action-scopes';
import { ListIndexes1764150000000 } from './1764150000000-list-indexes';
import { SessionViewer1764150000001 } from './1764150000001-session-viewer';
import { SupervisionRevision1764210000000 } from './1764210000000-supervision-revision';
import { ChecklistListKeyset1764210000001 } from './1764210000001-checklist-list-keyset';
import { AnalyticsRevision1764304000000 } from './1764304000000-analytics-revision';
import { ChecklistListRlsKeyset1764305000000 } from './1764305000000-checklist-list-rls-keyset';
import { ViewerPerson1764306000000 } from './1764306000000-viewer-person';
import { AnalyticsTeamRevision1764311000000 } from './1764311000000-analytics-team-revision';
import { ViewerChanges1764320000000 } from './1764320000000-viewer-changes';
import { RosterRevision1764321000000 } from './1764321000000-roster-revision';
import { SupervisionSeriesRevision1764322000000 } from './1764322000000-supervision-series-revision';
import { RollupTeamPerStatement1764330000000 } from './1764330000000-rollup-team-per-statement';

/** Every migration in order. New migrations are appended here. */
export const MIGRATIONS = [Platform1763700000000, Checklists1763710000000, Supervision1763720000000, Analytics1763730000000, Clock1763740000000, AccountSecurity1763750000000, DriftBaseline1763760000000, CalendarFeedTokenHash1763770000000, Notifications1763780000000, NotificationReminders1764110000000, SafeSigning1764120000000, ActionScopes1764130000000, ListIndexes1764150000000, SessionViewer1764150000001, SupervisionRevision1764210000000, ChecklistListKeyset1764210000001, AnalyticsRevision1764304000000, ChecklistListRlsKeyset1764305000000, ViewerPerson1764306000000, AnalyticsTeamRevision1764311000000, ViewerChanges1764320000000, RosterRevision1764321000000, SupervisionSeriesRevision1764322000000, RollupTeamPerStatement1764330000000];
