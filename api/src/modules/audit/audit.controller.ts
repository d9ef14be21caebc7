import { Controller, Get, Req, Res } from '@nestjs/common';
import { toCsv } from '@tandem/shared';
import type { Request, Response } from 'express';
import { ForbiddenError } from '../../common/errors';
import { HttpDownloads } from '../../common/http-download';
import { inputFromQuery } from '../../common/query-input';
import { hasRole } from '../../common/request-context';
import { AuditFilterInput, AuditViewEnum } from './audit.inputs';
import { AUDIT_EXPORT_MAX, AuditService } from './audit.service';

/** The query string as an AuditFilterInput, checked by the same rules as the GraphQL input (Changes unless a view is named). */
export const auditFilterFromQuery = (query: Record<string, unknown>): AuditFilterInput => inputFromQuery(AuditFilterInput, query, {
  keys: ['view', 'personId', 'action', 'entity', 'entityId', 'from', 'to'], defaults: { view: AuditViewEnum.CHANGES },
});

/**
 * GET /reports/audit-log.csv?view=&personId=&action=&entity=&entityId=&from=&to=   the filtered audit log as CSV
 * (admins; the newest 10,000 rows; cells guarded against spreadsheet formulas). The export is itself audited.
 */
@Controller('reports')
export class AuditController {
  constructor(
    private readonly downloads: HttpDownloads,
    private readonly auditService: AuditService,
  ) {}

  @Get('audit-log.csv')
  async export(@Req() req: Request, @Res() res: Response): Promise<void> {
    await this.downloads.send(req, res, 'audit log export', async (ctx) => {
      if (!hasRole(ctx.viewer, 'ADMIN')) throw new ForbiddenError('The audit log is for admins');
      const filter = auditFilterFromQuery(req.query as Record<string, unknown>);
      const { items, truncated } = await this.auditService.exportRows(ctx, filter);
      const rows = [
        ['Time (UTC)', 'Who', 'What happened', 'Record', 'View', 'Read as', 'Action code', 'Details', 'Request id'],
        ...items.map((e) => [
          e.createdAt.toISOString(), e.actorName ?? 'System', e.actionLabel, e.subject,
          e.category === 'SIGN_IN' ? 'Sign-ins' : e.category === 'NOTE_READ' ? 'Note reads' : 'Changes', e.readAs ?? '', e.action,
          e.summary === '{}' ? '' : e.summary, e.requestId ?? '',
        ]),
      ];
      if (truncated) rows.push([`Only the newest ${AUDIT_EXPORT_MAX.toLocaleString('en-GB')} events are included; narrow the dates for older ones.`]);
      return { body: `\ufeff${toCsv(rows)}`, contentType: 'text/csv; charset=utf-8', filename: `audit-log-${ctx.clock.now().toISOString().slice(0, 10)}.csv` };
    });
  }
}
