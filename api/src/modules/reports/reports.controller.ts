import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { todayOn } from '@tandem/shared';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { APP_DATA_SOURCE } from '../../common/database.provider';
import { signedInDownload, type DownloadDeps } from '../../common/http-download';
import { LOGGER } from '../../common/logger';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { SessionsService } from '../auth/sessions.service';
import { parseFidelityReviewQuery } from './fidelity-review.inputs';
import { FidelityReviewService } from './fidelity-review.service';
import { renderFidelityReview } from './pdf/fidelity-review.pdf';

/**
 * Reports as files, for a signed-in viewer (cookie or bearer):
 *   GET /reports/fidelity-review.pdf?programId=…&from=YYYY-MM-DD&to=YYYY-MM-DD   the quarterly fidelity review packet
 *     (program managers for their programs, admins; without dates, the last complete quarter)
 */
@Controller('reports')
export class ReportsController {
  private readonly deps: DownloadDeps;

  constructor(
    @Inject(APP_DATA_SOURCE) dataSource: DataSource,
    sessions: SessionsService,
    @Inject(LOGGER) logger: Logger,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly reviews: FidelityReviewService,
  ) {
    this.deps = { dataSource, sessions, logger, clock: config.clock };
  }

  @Get('fidelity-review.pdf')
  async fidelityReview(@Req() req: Request, @Res() res: Response): Promise<void> {
    await signedInDownload(this.deps, req, res, 'fidelity review packet', async (ctx) => {
      const query = parseFidelityReviewQuery(req.query as Record<string, unknown>, todayOn(ctx.clock));
      const review = await this.reviews.review(ctx, query);
      const slug = review.programme.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'programme';
      return {
        body: await renderFidelityReview(review),
        contentType: 'application/pdf',
        filename: `fidelity-review-${slug}-${query.from}-to-${query.to}.pdf`,
      };
    });
  }
}
