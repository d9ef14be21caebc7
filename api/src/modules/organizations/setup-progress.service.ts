import { Injectable } from '@nestjs/common';
import { SETUP_STEPS } from '@tandem/shared';
import type { RequestContext } from '../../common/request-context';
import { SetupStepKeyEnum, type SetupProgressModel } from './setup-progress.model';
import { setupCounts } from './setup-progress.repository';

@Injectable()
export class SetupProgressService {
  /** How far a new organisation has got with its setup, from its own data: each step is done once its count is above zero. */
  async progress(ctx: RequestContext): Promise<SetupProgressModel> {
    const counts = await ctx.db.run((em) => setupCounts(em, ctx.viewer!.organizationId, ctx.viewer!.personId));
    const steps = SETUP_STEPS.map((key) => {
      const count = Number(counts[key] ?? 0);
      return { key: SetupStepKeyEnum[key], done: count > 0, count };
    });
    const doneCount = steps.filter((s) => s.done).length;
    return { steps, doneCount, complete: doneCount === steps.length };
  }
}
