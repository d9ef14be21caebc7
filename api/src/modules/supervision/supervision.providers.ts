import { ActionItemsService } from './action-items.service';
import { CalendarController } from './calendar.controller';
import { CalendarResolver } from './calendar.resolver';
import { CalendarService } from './calendar.service';
import { ComplianceResolver, SuperviseeComplianceFieldsResolver } from './compliance.resolver';
import { ComplianceService } from './compliance.service';
import { LanguageResolver } from './language.resolver';
import { LanguageService } from './language.service';
import {
  ActionItemFieldsResolver, AgendaFieldsResolver, AmendmentFieldsResolver, ReflectionFieldsResolver, SignatureWithdrawalFieldsResolver, SupervisionNotesResolver,
} from './notes.resolver';
import { NoteSigningService } from './note-signing.service';
import { NoteAwaitingFieldsResolver, SupervisorWeekResolver } from './week.resolver';
import { SupervisorWeekService } from './week.service';
import { SupervisionNotesService } from './notes.service';
import { SupervisionOccurrencesService } from './occurrences.service';
import { SupervisionSessionFieldsResolver, SupervisionSessionsResolver } from './sessions.resolver';
import { SupervisionSessionsService } from './sessions.service';

export { CalendarController };

/** Everything the supervision feature registers with the app module (plus CalendarController as a controller). */
export const SUPERVISION_PROVIDERS = [
  SupervisionSessionsService, SupervisionOccurrencesService, SupervisionNotesService, ActionItemsService, ComplianceService, LanguageService,
  CalendarService, NoteSigningService, SignatureWithdrawalFieldsResolver, SupervisorWeekService, SupervisorWeekResolver, NoteAwaitingFieldsResolver,
  SupervisionSessionsResolver, SupervisionSessionFieldsResolver, SupervisionNotesResolver, ReflectionFieldsResolver, AmendmentFieldsResolver,
  ActionItemFieldsResolver, AgendaFieldsResolver, ComplianceResolver, SuperviseeComplianceFieldsResolver, LanguageResolver, CalendarResolver,
];
