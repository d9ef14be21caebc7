import { Module } from '@nestjs/common';
import { InstrumentsModule } from '../instruments/instruments.module';
import { ChecklistPolicyService } from './checklist-policy.service';
import { ChecklistsDueService } from './checklists-due.service';
import { ChecklistsResolver } from './checklists.resolver';
import { ChecklistsService } from './checklists.service';
import { PersonServedService } from './person-served.service';

/** Fidelity checklists: drafts, answers, submission, results, due lists and person-served feedback links. */
@Module({
  imports: [InstrumentsModule],
  providers: [ChecklistsService, ChecklistPolicyService, ChecklistsDueService, PersonServedService, ChecklistsResolver],
  exports: [ChecklistsService, ChecklistsDueService],
})
export class ChecklistsModule {}
