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

/** What a program's digest says whoever manages it: the dashboard's signals per team, and who is overdue for supervision. */
interface ProgramFigures {
  teams: { teamName: string; signals: { id: string; direction: string; message: string }[] }[];
  overdueSupervision: DigestContent['overdueSupervision'];
}

interface Manager {
  id: string;
  name: string;
  email: string;
  program_ids: (string | null)[];
  time_zone: string;
  digest_weekday: number;
  digest_time: string;
  digest_when_quiet: boolean;
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
    const managers = await ctx.db.query<Manager>(
      `SELECT p.id, p.name, p.email, array_agg(DISTINCT g.program_id) AS program_ids,
              coalesce(s.time_zone, 'UTC') AS time_zone, coalesce(s.digest_weekday, 1) AS digest_weekday,
              coalesce(s.digest_time, '08:00') AS digest_time, coalesce(s.digest_when_quiet, false) AS digest_when_quiet
         FROM person p JOIN role_grant g ON g.person_id = p.id AND g.role = 'PROGRAM_MANAGER'
         LEFT JOIN notification_setting s ON s.person_id = p.id
        WHERE p.active
        GROUP BY p.id, p.name, p.email, s.time_zone, s.digest_weekday, s.digest_time, s.digest_when_quiet
        ORDER BY p.id`,
    );
    let made = 0;
    // A program's figures are the same for every manager who may see it (each view is narrowed to that one program):
    // worked out once per program and sweep, however many managers it has.
    const programFigures = new Map<string, Promise<ProgramFigures>>();
    for (const manager of managers) {
      const local = localWeekdayAndTime(ctx.clock.now(), manager.time_zone);
      if (local.weekday !== manager.digest_weekday || local.time < manager.digest_time) continue;
      const allPrograms = manager.program_ids.includes(null);
      const programs = await ctx.db.query<{ id: string; name: string }>(
        `SELECT id, name FROM program WHERE ($1::boolean OR id = ANY($2::uuid[])) ORDER BY name`,
        [allPrograms, manager.program_ids.filter((id): id is string => id !== null)],
      );
      const viewer: Viewer = {
        personId: manager.id, organizationId: ctx.db.organizationId!, sessionId: '', name: manager.name, email: manager.email,
        roles: ['PROGRAM_MANAGER'], managedProgramIds: allPrograms ? null : programs.map((p) => p.id),
      };
      // The manager's own view: the same scoping as their dashboard.
      const asManager: RequestContext = { ...ctx, viewer, memo: new Map(), loaders: createLoaders(ctx.db, () => viewer) };
      const today = todayOn(ctx.clock, manager.time_zone);
      for (const program of programs) {
        if (await this.sendOne(asManager, organizationName, manager, program, today, programFigures)) made += 1;
      }
    }
    return made;
  }

  private async sendOne(
    ctx: RequestContext, organizationName: string, manager: Manager, program: { id: string; name: string }, today: string,
    programFigures: Map<string, Promise<ProgramFigures>>,
  ): Promise<boolean> {
    const key = `weekly-digest:${program.id}:${today}`;
    const [sent] = await ctx.db.query(`SELECT 1 FROM notification WHERE recipient_id = $1 AND message_key = $2`, [manager.id, key]);
    if (sent) return false;
    let figures = programFigures.get(program.id);
    if (!figures) {
      figures = this.programFigures(ctx, program.id);
      programFigures.set(program.id, figures);
    }
    const { content, signalIds } = await this.content(ctx, manager.id, program, today, await figures);
    if (digestIsQuiet(content) && !manager.digest_when_quiet) return false;
    const link = `/dashboard?program=${program.id}`;
    const message = weeklyDigestMessage({
      personName: manager.name, organizationName, content, weekOf: today,
      dashboardUrl: this.outbox.url(link), complianceUrl: this.outbox.url('/supervision/compliance'),
    });
    const made = await this.notifications.notify(ctx, manager, { message, link, summary: program.name }, key);
    if (made && signalIds.length) {
      await ctx.db.query(
        `INSERT INTO digest_reported_signal (organization_id, person_id, signal_id) SELECT $1, $2, unnest($3::text[]) ON CONFLICT DO NOTHING`,
        [ctx.db.organizationId, manager.id, signalIds],
      );
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
      ? await ctx.db.query<{ personName: string; teamName: string | null }>(
        `SELECT p.name AS "personName", t.name AS "teamName" FROM person p
           LEFT JOIN team_membership tm ON tm.person_id = p.id AND tm.ends_on IS NULL LEFT JOIN team t ON t.id = tm.team_id
          WHERE p.id = ANY($1::uuid[]) ORDER BY p.name`, [overdueIds],
      )
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
    const told = new Set((await ctx.db.query<{ signal_id: string }>(
      `SELECT signal_id FROM digest_reported_signal WHERE person_id = $1`, [managerId],
    )).map((r) => r.signal_id));
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
    const [actions] = await ctx.db.query<{ overdue: number; soon: number }>(
      `SELECT count(*) FILTER (WHERE ai.due_on < $2::date)::int AS overdue,
              count(*) FILTER (WHERE ai.due_on >= $2::date AND ai.due_on < $3::date)::int AS soon
         FROM supervision_action_item ai
         LEFT JOIN supervision_note n ON n.id = ai.note_id
         JOIN team t ON t.id = coalesce(ai.team_id, n.team_id) AND t.program_id = $1
        WHERE ai.status = 'OPEN' AND ai.due_on IS NOT NULL`,
      [program.id, today, addDaysIso(today, 7)],
    );
    return {
      content: {
        programName: program.name, alerts, improvements, overdueSupervision,
        actionsOverdue: actions?.overdue ?? 0, actionsDueSoon: actions?.soon ?? 0,
      },
      signalIds,
    };
  }
}
