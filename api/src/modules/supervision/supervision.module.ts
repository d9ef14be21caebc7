import { Module } from '@nestjs/common';
import { ChecklistsModule } from '../checklists/checklists.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ActionItemsService } from './action-items.service';
import { CalendarController } from './calendar.controller';
import { CalendarResolver } from './calendar.resolver';
import { CalendarService } from './calendar.service';
import { SupervisionComplianceModule } from './compliance.module';
import { SupervisionLanguageModule } from './language.module';
import {
  ActionItemFieldsResolver, AgendaFieldsResolver, AmendmentFieldsResolver, ReflectionFieldsResolver, SignatureWithdrawalFieldsResolver,
  SupervisionNotesResolver,
} from './notes.resolver';
import { NoteSigningService } from './note-signing.service';
import { SupervisionNotesService } from './notes.service';
import { SupervisionOccurrencesService } from './occurrences.service';
import { SupervisionSessionFieldsResolver, SupervisionSessionsResolver } from './sessions.resolver';
import { SupervisionSessionsService } from './sessions.service';
import { NoteAwaitingFieldsResolver, SupervisorWeekResolver } from './week.resolver';
import { SupervisorWeekService } from './week.service';

/** Scheduling: recurring sessions, single occurrences, the calendar feed and .ics downloads. */
@Module({
  imports: [NotificationsModule],
  providers: [
    SupervisionSessionsService, SupervisionOccurrencesService, CalendarService,
    SupervisionSessionsResolver, SupervisionSessionFieldsResolver, CalendarResolver,
  ],
  controllers: [CalendarController],
  exports: [SupervisionSessionsService, SupervisionOccurrencesService],
})
export class SupervisionSchedulingModule {}

/** Structured notes, reflections, signatures, amendments, agendas and action items. */
@Module({
  imports: [NotificationsModule, SupervisionSchedulingModule, SupervisionLanguageModule],
  providers: [
    SupervisionNotesService, NoteSigningService, ActionItemsService,
    SupervisionNotesResolver, ReflectionFieldsResolver, AmendmentFieldsResolver, ActionItemFieldsResolver, AgendaFieldsResolver,
    SignatureWithdrawalFieldsResolver,
  ],
  exports: [SupervisionNotesService, ActionItemsService],
})
export class SupervisionNotesModule {}

/** The supervisor's week: sessions, notes to write or sign, ratings and actions due, in one list. */
@Module({
  imports: [SupervisionNotesModule, ChecklistsModule, NotificationsModule],
  providers: [SupervisorWeekService, SupervisorWeekResolver, NoteAwaitingFieldsResolver],
})
export class SupervisorWeekModule {}

/** The whole supervision feature, as the app module imports it. */
@Module({
  imports: [SupervisionSchedulingModule, SupervisionNotesModule, SupervisionComplianceModule, SupervisionLanguageModule, SupervisorWeekModule],
  exports: [SupervisionSchedulingModule, SupervisionNotesModule, SupervisionComplianceModule, SupervisionLanguageModule],
})
export class SupervisionModule {}
