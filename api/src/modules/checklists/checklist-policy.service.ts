import { Injectable } from '@nestjs/common';
import { ChecklistPolicyEntity, ProgramEntity } from '@tandem/database';
import { audit } from '../../common/audit';
import { InvalidInputError, NotFoundError } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import type { ChecklistPolicyInput } from './checklist.inputs';
import { DEFAULT_CHECKLIST_POLICY } from './checklists-due.service';

export interface ChecklistPolicy {
  programId: string;
  isDefault: boolean;
  selfEveryDays: number;
  supervisorEveryDays: number;
  personServedEveryDays: number;
}

/** How often each rater type is due in a program: the stored policy, or the defaults when none was set. */
@Injectable()
export class ChecklistPolicyService {
  async get(ctx: RequestContext, programId: string): Promise<ChecklistPolicy> {
    if (!(await this.programExists(ctx, programId))) throw new NotFoundError('Program');
    const row = await ctx.db.run((em) => em.getRepository(ChecklistPolicyEntity).findOneBy({ programId }));
    return {
      programId, isDefault: !row,
      selfEveryDays: row?.selfEveryDays ?? DEFAULT_CHECKLIST_POLICY.selfEveryDays,
      supervisorEveryDays: row?.supervisorEveryDays ?? DEFAULT_CHECKLIST_POLICY.supervisorEveryDays,
      personServedEveryDays: row?.personServedEveryDays ?? DEFAULT_CHECKLIST_POLICY.personServedEveryDays,
    };
  }

  async update(ctx: RequestContext, input: ChecklistPolicyInput): Promise<ChecklistPolicy> {
    if (!(await this.programExists(ctx, input.programId))) throw new InvalidInputError('That program does not exist', { field: 'programId' });
    const { programId, selfEveryDays, supervisorEveryDays, personServedEveryDays } = input;
    await ctx.db.run((em) => em.getRepository(ChecklistPolicyEntity).upsert(
      { organizationId: ctx.db.organizationId!, programId, selfEveryDays, supervisorEveryDays, personServedEveryDays, updatedAt: ctx.clock.now() },
      ['organizationId', 'programId'],
    ));
    await audit(ctx, { entity: 'program', entityId: programId, action: 'checklist_policy.updated', after: { ...input } });
    return { programId, selfEveryDays, supervisorEveryDays, personServedEveryDays, isDefault: false };
  }

  private programExists(ctx: RequestContext, id: string): Promise<boolean> {
    return ctx.db.run((em) => em.getRepository(ProgramEntity).existsBy({ id }));
  }
}
