import { Injectable } from '@nestjs/common';
import { addDaysIso, todayOn, wallTimeOf } from '@tandem/shared';
import { NotFoundError } from '../../common/errors';
import { createLoaders } from '../../common/loaders';
import type { RequestContext, Viewer } from '../../common/request-context';
import { AnalyticsService } from '../analytics/analytics.service';
import { OutboxService } from '../outbox/outbox.service';
import { ComplianceService } from '../supervision/compliance.service';
import { digestIsQuiet, weeklyDigestMessage, type DigestContent } from './digest.template';
import { NotificationsService } from './notifications.service';
import {
  actionItemCounts, digestManagers, namesWithTeams, notified, programsByName, recordReportedSignals, reportedSignalIds, type DigestManager,
} from './reminders.repository';

/** What a program's digest says whoever manages it: the dashboard's signals per team, and who is overdue for supervision. */
interface ProgramFigures {
  teams: { teamName: string; signals: { id: string; direction: string; message: string }[] }[];
  overdueSupervision: DigestContent['overdueSupervision'];
}

/** The person's local ISO weekday (1 = Monday) and HH:MM at `instant`, by the one time-zone engine. */
export function localWeekdayAndTime(instant: Date, timeZone: string): { weekday: number; time: string } {
  const w = wallTimeOf(instant, timeZone);
  const weekday = ((new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay() + 6) % 7) + 1;
  return { weekday, time: `${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}` };
}

/**
 * The weekly digest for program managers: one message per program they manage, on their digest day once their digest
 * time has come in their time zone (the first sweep after it). It lists drift signals in force that this manager has
 * not been told about in an earlier digest (worse: alerts; better: improvements — the dashboard's own signals, from
 * `AnalyticsService.overview`), supervisees overdue for supervision (`ComplianceService`), and open action items past
 * due or due in the coming week. Nothing to say → nothing sent, unless they asked for an "all quiet" line. Keyed per
 * program and local date: sent once.
 */
@Injectable()
export class WeeklyDigest {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly compliance: ComplianceService,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
  ) {}

  async run(ctx: RequestContext, organizationName: string): Promise<number> {
    const managers = await ctx.db.run((em) => digestManagers(em));
    let made = 0;
    // A program's figures are the same for every manager who may see it (each view is narrowed to that one program):
    // worked out once per program and sweep, however many managers it has.
    const programFigures = new Map<string, Promise<ProgramFigures>>();
    for (const manager of managers) {
      const local = localWeekdayAndTime(ctx.clock.now(), manager.timeZone);
      if (local.weekday !== manager.digestWeekday || local.time < manager.digestTime) continue;
      const allPrograms = manager.programIds.includes(null);
      const programs = await ctx.db.run((em) => programsByName(em, allPrograms ? null : manager.programIds.filter((id): id is string => id !== null)));
      const viewer: Viewer = {
        personId: manager.id, organizationId: ctx.db.organizationId!, sessionId: '', name: manager.name, email: manager.email,
        roles: ['PROGRAM_MANAGER'], managedProgramIds: allPrograms ? null : programs.map((p) => p.id),
      };
      // The manager's own view: the same scoping as their dashboard.
      const asManager: RequestContext = { ...ctx, viewer, memo: new Map(), loaders: createLoaders(ctx.db, () => viewer) };
      const today = todayOn(ctx.clock, manager.timeZone);
      for (const program of programs) {
        if (await this.sendOne(asManager, organizationName, manager, program, today, programFigures)) made += 1;
      }
    }
    return made;
  }

  private async sendOne(
    ctx: RequestContext, organizationName: string, manager: DigestManager, program: { id: string; name: string }, today: string,
    programFigures: Map<string, Promise<ProgramFigures>>,
  ): Promise<boolean> {
    const key = `weekly-digest:${program.id}:${today}`;
    if (await ctx.db.run((em) => notified(em, manager.id, key))) return false;
    let figures = programFigures.get(program.id);
    if (!figures) {
      figures = this.programFigures(ctx, program.id);
      programFigures.set(program.id, figures);
    }
    const { content, signalIds } = await this.content(ctx, manager.id, program, today, await figures);
    if (digestIsQuiet(content) && !manager.digestWhenQuiet) return false;
    const link = `/dashboard?program=${program.id}`;
    const message = weeklyDigestMessage({
      personName: manager.name, organizationName, content, weekOf: today,
      dashboardUrl: this.outbox.url(link), complianceUrl: this.outbox.url('/supervision/compliance'),
    });
    const made = await this.notifications.notify(ctx, manager, { message, link, summary: program.name }, key);
    if (made && signalIds.length) {
      await ctx.db.run((em) => recordReportedSignals(em, ctx.db.organizationId!, manager.id, signalIds));
    }
    return made;
  }

  private async programFigures(ctx: RequestContext, programId: string): Promise<ProgramFigures> {
    // An organisation without a published checklist yet has no drift to tell about.
    const overview = await this.analytics.overview(ctx, { programId }).catch((err: unknown) => {
      if (err instanceof NotFoundError) return { teams: [] };
      throw err;
    });
    const compliance = await this.compliance.compliance(ctx, { programId });
    const overdueIds = compliance.supervisees.filter((s) => s.overdue).map((s) => s.superviseeId);
    const overdueSupervision = overdueIds.length
      ? await ctx.db.run((em) => namesWithTeams(em, overdueIds))
      : [];
    return {
      teams: overview.teams.map((team) => ({
        teamName: team.team.name, signals: team.activeSignals.map((s) => ({ id: s.id, direction: s.direction, message: s.message })),
      })),
      overdueSupervision,
    };
  }

  private async content(
    ctx: RequestContext, managerId: string, program: { id: string; name: string }, today: string, figures: ProgramFigures,
  ): Promise<{ content: DigestContent; signalIds: string[] }> {
    const told = await ctx.db.run((em) => reportedSignalIds(em, managerId));
    const alerts: DigestContent['alerts'] = [];
    const improvements: DigestContent['improvements'] = [];
    const signalIds: string[] = [];
    for (const team of figures.teams) {
      for (const signal of team.signals) {
        if (told.has(signal.id)) continue;
        signalIds.push(signal.id);
        (signal.direction === 'worse' ? alerts : improvements).push({ teamName: team.teamName, message: signal.message });
      }
    }
    const overdueSupervision = figures.overdueSupervision;
    const actions = await ctx.db.run((em) => actionItemCounts(em, program.id, today, addDaysIso(today, 7)));
    return {
      content: {
        programName: program.name, alerts, improvements, overdueSupervision,
        actionsOverdue: actions.overdue, actionsDueSoon: actions.soon,
      },
      signalIds,
    };
  }
}
