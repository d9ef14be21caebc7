import { Controller, Get, Req, Res } from '@nestjs/common';
import { todayOn } from '@tandem/shared';
import type { Request, Response } from 'express';
import { HttpDownloads } from '../../common/http-download';
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
  constructor(
    private readonly downloads: HttpDownloads,
    private readonly reviews: FidelityReviewService,
  ) {}

  @Get('fidelity-review.pdf')
  async fidelityReview(@Req() req: Request, @Res() res: Response): Promise<void> {
    await this.downloads.send(req, res, 'fidelity review packet', async (ctx) => {
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
