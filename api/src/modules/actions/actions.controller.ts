import { Controller, Get, Req, Res } from '@nestjs/common';
import { formatDriftPeriod, toCsv } from '@tandem/shared';
import type { Request, Response } from 'express';
import { ForbiddenError } from '../../common/errors';
import { HttpDownloads } from '../../common/http-download';
import { inputFromQuery } from '../../common/query-input';
import { hasRole } from '../../common/request-context';
import { ActionsFilterInput } from './actions.inputs';
import type { ActionModel } from './actions.model';
import { ACTIONS_EXPORT_MAX, ActionsService } from './actions.service';

/** The query string as an ActionsFilterInput, checked by the same rules as the Actions page's GraphQL input. */
export const actionsFilterFromQuery = (query: Record<string, unknown>): ActionsFilterInput => inputFromQuery(ActionsFilterInput, query, {
  keys: ['status', 'scope', 'teamId', 'ownerId', 'overdue'], booleans: ['overdue'],
});

const SCOPE_WORDS: Record<string, string> = { PERSON: 'One person', TEAM: 'Team', CASELOAD: 'Caseload' };
const STATUS_WORDS: Record<string, string> = { OPEN: 'Open', DONE: 'Done', DROPPED: 'Dropped' };

function csvRow(a: ActionModel): (string | number | null)[] {
  return [
    STATUS_WORDS[a.status] ?? a.status, a.overdue ? 'yes' : 'no', SCOPE_WORDS[a.scope] ?? a.scope, a.team?.name ?? '',
    a.person?.name ?? a.supervisor?.name ?? '', a.owner.name, a.dueOn ?? '', a.createdOn, a.completedOn ?? '',
    a.metricLabel ?? '', a.signalPeriod ? formatDriftPeriod(a.signalPeriod) : '', a.signalRule ?? '', a.signalDirection ?? '',
    a.before?.value ?? null, a.before ? formatDriftPeriod(a.before.period) : '', a.after?.value ?? null, a.after ? formatDriftPeriod(a.after.period) : '',
    a.change ?? '', a.description ?? 'Not shown: agreed in a supervision note you may not read',
  ];
}

/**
 * GET /reports/actions.csv?status=&scope=&teamId=&ownerId=&overdue=   the Actions page's filtered list as CSV (program
 * managers, supervisors and admins; what they may see; at most 5,000 rows; cells guarded against spreadsheet formulas).
 */
@Controller('reports')
export class ActionsController {
  constructor(
    private readonly downloads: HttpDownloads,
    private readonly actions: ActionsService,
  ) {}

  @Get('actions.csv')
  async export(@Req() req: Request, @Res() res: Response): Promise<void> {
    await this.downloads.send(req, res, 'actions export', async (ctx) => {
      if (!hasRole(ctx.viewer, 'ADMIN', 'PROGRAM_MANAGER', 'SUPERVISOR')) throw new ForbiddenError('The actions list is for supervisors, program managers and admins');
      const filter = actionsFilterFromQuery(req.query as Record<string, unknown>);
      const items = await this.actions.list(ctx, filter, 0, ACTIONS_EXPORT_MAX + 1);
      const rows: (string | number | null)[][] = [
        ['Status', 'Overdue', 'For', 'Team', 'Person or caseload', 'Owner', 'Due', 'Agreed', 'Completed', 'Figure', 'Signal period', 'Signal rule',
          'Signal direction', 'Before (0–100)', 'Before period', 'After (0–100)', 'After period', 'Change', 'Description'],
        ...items.slice(0, ACTIONS_EXPORT_MAX).map(csvRow),
      ];
      if (items.length > ACTIONS_EXPORT_MAX) rows.push([`Only the first ${ACTIONS_EXPORT_MAX.toLocaleString('en-GB')} actions are included; narrow the filters for the rest.`]);
      return { body: `\ufeff${toCsv(rows)}`, contentType: 'text/csv; charset=utf-8', filename: `actions-${ctx.clock.now().toISOString().slice(0, 10)}.csv` };
    });
  }
}
