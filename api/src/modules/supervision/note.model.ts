import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { SupervisionNoteEntity } from '@tandem/database';
import { emptyPatternNumbers, languageBalance, languageDensities, LANGUAGE_PATTERNS, type PatternNumbers } from '@tandem/shared';
import type { NoteActionItem, NoteParts, NoteSummary } from './notes.repository';
import { occurrenceId } from './occurrences';
import { SupervisionOccurrenceModel } from './session.model';
import { NoteSigningOrderEnum, SignatureWithdrawalModel, toSignatureWithdrawalModel } from './signing.model';

export enum SupervisionNoteStatusEnum {
  DRAFT = 'DRAFT',
  SIGNED_BY_SUPERVISOR = 'SIGNED_BY_SUPERVISOR',
  SIGNED_BY_SUPERVISEE = 'SIGNED_BY_SUPERVISEE',
  LOCKED = 'LOCKED',
}
registerEnumType(SupervisionNoteStatusEnum, {
  name: 'SupervisionNoteStatus',
  description: 'DRAFT until signed; SIGNED_BY_SUPERVISEE means every supervisee signed; LOCKED once everyone signed (then only amendments).',
});

export enum SupervisionTypeEnum {
  ADMINISTRATIVE = 'ADMINISTRATIVE',
  SUPPORTIVE = 'SUPPORTIVE',
  EDUCATIONAL = 'EDUCATIONAL',
  CLINICAL_CONSULTATION = 'CLINICAL_CONSULTATION',
}
registerEnumType(SupervisionTypeEnum, { name: 'SupervisionType', description: 'Kinds of supervision a session covered (several may apply).' });

export enum SupervisionDimensionEnum {
  D1 = 'D1',
  D2 = 'D2',
  D3 = 'D3',
  D4 = 'D4',
  D5 = 'D5',
  D6 = 'D6',
  D7 = 'D7',
}
registerEnumType(SupervisionDimensionEnum, { name: 'SupervisionDimension', description: 'Mutuality Fidelity Checklist dimensions D1–D7.' });

export enum NotePartyEnum {
  SUPERVISOR = 'SUPERVISOR',
  SUPERVISEE = 'SUPERVISEE',
}
registerEnumType(NotePartyEnum, { name: 'SupervisionNoteParty', description: 'The part a person plays in a session.' });

export enum ActionItemStatusEnum {
  OPEN = 'OPEN',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}
registerEnumType(ActionItemStatusEnum, { name: 'ActionItemStatus' });

@ObjectType('SupervisionNoteSummary', { description: 'What anyone who may see the session may know about its note: no text.' })
export class NoteSummaryModel {
  @Field(() => ID) id: string;
  @Field(() => SupervisionNoteStatusEnum) status: SupervisionNoteStatusEnum;
  @Field(() => Int) version: number;
  @Field(() => [SupervisionTypeEnum]) types: SupervisionTypeEnum[];
  @Field(() => [SupervisionDimensionEnum]) dimensions: SupervisionDimensionEnum[];
  @Field(() => [String]) driftCodes: string[];
  @Field(() => Int) actionItemCount: number;
  @Field(() => Int) openActionItemCount: number;
  @Field(() => Date, { nullable: true }) lockedAt: Date | null;
}

@ObjectType('SupervisionReflection', { description: 'A supervisee’s own reflection on the session and their signature.' })
export class ReflectionModel {
  @Field(() => ID) superviseeId: string;
  @Field(() => String, { nullable: true, description: 'Null when the viewer may not read note text (see textVisible).' }) reflection: string | null;
  @Field(() => Date, { nullable: true }) signedAt: Date | null;
}

@ObjectType('SupervisionNoteAmendment', { description: 'A correction appended after the note was locked; never edited.' })
export class AmendmentModel {
  @Field(() => ID) id: string;
  @Field(() => ID) authorId: string;
  @Field(() => String, { nullable: true, description: 'Null when the viewer may not read note text.' }) text: string | null;
  @Field() createdAt: Date;
}

@ObjectType('SupervisionActionItem', { description: 'An agreed action. Its status stays editable after the note is locked.' })
export class ActionItemModel {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true, description: 'The note that agreed it; null when it was created from a drift signal.' }) noteId: string | null;
  @Field(() => ID, { nullable: true, description: 'The occurrence whose note agreed it.' }) occurrenceId: string | null;
  @Field(() => ID, { nullable: true, description: 'Dashboard actions: the team whose chart shows the marker.' }) teamId: string | null;
  @Field(() => ID, { nullable: true, description: 'Dashboard actions: whose next supervision agenda it goes on.' }) superviseeId: string | null;
  @Field() textVisible: boolean;
  @Field(() => String, { nullable: true, description: 'Null when the viewer may not read note text.' }) description: string | null;
  @Field(() => ID) ownerId: string;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) dueOn: string | null;
  @Field(() => SupervisionDimensionEnum, { nullable: true }) dimension: SupervisionDimensionEnum | null;
  @Field(() => ActionItemStatusEnum) status: ActionItemStatusEnum;
  @Field(() => String, { nullable: true, description: 'The drift signal that prompted it (dashboard loop).' }) driftSignalId: string | null;
  @Field(() => ID, { nullable: true, description: 'The checklist that prompted it.' }) checklistId: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
}

@ObjectType('LanguagePatternNumbers', { description: 'One number per language pattern.' })
export class PatternNumbersModel {
  @Field(() => Float) medicalModel: number;
  @Field(() => Float) hierarchical: number;
  @Field(() => Float) errand: number;
  @Field(() => Float) mutuality: number;
}

@ObjectType('NoteLanguageTotals', { description: 'Language-reflection totals stored with the note (no text): weighted hits per pattern.' })
export class NoteLanguageModel {
  @Field(() => Int) wordCount: number;
  @Field(() => PatternNumbersModel) totals: PatternNumbersModel;
  @Field(() => PatternNumbersModel, { description: 'Weighted hits per 1 000 words.' }) densities: PatternNumbersModel;
  @Field(() => Int, { description: '−100 (only drift wording) … +100 (only mutual wording).' }) balance: number;
}

@ObjectType('SupervisionNote', {
  description:
    'The structured record of one held occurrence. Text fields are null unless textVisible: the session’s supervisor and supervisees ' +
    'always see text; managers and admins only when the organisation allows managers to read notes. Every read of text is audited.',
})
export class SupervisionNoteModel {
  @Field(() => ID) id: string;
  @Field(() => ID) occurrenceId: string;
  @Field(() => ID) sessionId: string;
  @Field({ description: 'When the occurrence took place.' }) heldAt: Date;
  @Field(() => SupervisionNoteStatusEnum) status: SupervisionNoteStatusEnum;
  @Field(() => Int, { description: 'Optimistic-concurrency version; send it back when saving or signing.' }) version: number;
  @Field(() => [SupervisionTypeEnum]) types: SupervisionTypeEnum[];
  @Field(() => [SupervisionDimensionEnum], { description: 'Dimensions discussed.' }) dimensions: SupervisionDimensionEnum[];
  @Field(() => [String], { description: 'Drift codes discussed (see supervisionDriftCodes).' }) driftCodes: string[];
  @Field({ description: 'Whether the viewer may read the text fields.' }) textVisible: boolean;
  @Field(() => String, { nullable: true }) strengths: string | null;
  @Field(() => String, { nullable: true }) concerns: string | null;
  @Field(() => String, { nullable: true, description: 'The supervisor’s note.' }) supervisorNote: string | null;
  @Field(() => [ReflectionModel], { description: 'One per supervisee of the session.' }) reflections: ReflectionModel[];
  @Field(() => Date, { nullable: true, description: 'When the supervisor finalised the record for signing (null: still being written).' }) finalizedAt: Date | null;
  @Field(() => NoteSigningOrderEnum, { description: 'The organisation’s signing order for this note.' }) signingOrder: NoteSigningOrderEnum;
  @Field(() => [SignatureWithdrawalModel], { description: 'Signatures (and finalisations) withdrawn because the note changed afterwards; oldest first.' })
  signatureWithdrawals: SignatureWithdrawalModel[];
  @Field(() => Date, { nullable: true }) supervisorSignedAt: Date | null;
  @Field(() => ID, { nullable: true }) supervisorSignedById: string | null;
  @Field(() => Date, { nullable: true }) lockedAt: Date | null;
  @Field(() => [AmendmentModel], { description: 'Oldest first.' }) amendments: AmendmentModel[];
  @Field(() => [ActionItemModel]) actionItems: ActionItemModel[];
  @Field(() => NoteLanguageModel) language: NoteLanguageModel;
  @Field(() => NotePartyEnum, { nullable: true, description: 'The viewer’s part in the session (null: not one of its people).' }) viewerParty: NotePartyEnum | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType('AgendaCodeCount')
export class AgendaCodeCountModel {
  @Field() code: string;
  @Field() label: string;
  @Field(() => Int) count: number;
  @Field() lastSeenAt: Date;
}

@ObjectType('SupervisionAgenda', { description: 'What to bring to a supervisee’s next session: open actions and recently discussed drift codes.' })
export class SupervisionAgendaModel {
  @Field(() => ID) superviseeId: string;
  @Field({ description: 'Start of the look-back window for recent codes (90 days).' }) since: Date;
  @Field(() => SupervisionOccurrenceModel, { nullable: true }) nextOccurrence: SupervisionOccurrenceModel | null;
  @Field(() => [ActionItemModel], { description: 'Open actions, until 60 days past their due date (ACTION_AGENDA_OVERDUE_DAYS).' }) openActionItems: ActionItemModel[];
  @Field(() => Int, { description: 'Open actions left off the agenda because they are long past due (they stay on the Actions page, marked overdue).' })
  olderOpenActionCount: number;
  @Field(() => [AgendaCodeCountModel], { description: 'Drift codes in recent notes, most frequent first.' }) recentDriftCodes: AgendaCodeCountModel[];
  @Field(() => [AgendaCodeCountModel], { description: 'Dimensions discussed in recent notes.' }) recentDimensions: AgendaCodeCountModel[];
  @Field(() => NoteSummaryModel, { nullable: true }) lastNote: NoteSummaryModel | null;
}

// ── mappers ──

export function toPatternNumbers(n: PatternNumbers): PatternNumbersModel {
  return { medicalModel: n.MEDICAL_MODEL, hierarchical: n.HIERARCHICAL, errand: n.ERRAND, mutuality: n.MUTUALITY };
}

/** An action item; `occurrence` is the session occurrence of its note (none for dashboard actions). */
export function toActionItemModel(
  i: NoteActionItem, occurrence: { sessionId: string; originalStart: Date } | null, textVisible: boolean,
): ActionItemModel {
  return {
    id: i.id, noteId: i.noteId, occurrenceId: occurrence ? occurrenceId(occurrence.sessionId, occurrence.originalStart) : null,
    teamId: i.teamId, superviseeId: i.superviseeId, textVisible, description: textVisible ? i.description : null,
    ownerId: i.ownerId, dueOn: i.dueOn, dimension: i.dimension as SupervisionDimensionEnum | null, status: i.status as ActionItemStatusEnum,
    driftSignalId: i.driftSignalId, checklistId: i.checklistId, createdAt: i.createdAt, updatedAt: i.updatedAt, completedAt: i.completedAt,
  };
}

export function toNoteSummaryModel(n: NoteSummary): NoteSummaryModel {
  return {
    id: n.id, status: n.status as SupervisionNoteStatusEnum, version: n.version, types: n.sessionTypes as SupervisionTypeEnum[],
    dimensions: n.dimensions as SupervisionDimensionEnum[], driftCodes: n.driftCodes, actionItemCount: n.actionCount,
    openActionItemCount: n.openCount, lockedAt: n.lockedAt,
  };
}

/** The note as the viewer may see it: text fields only when `textVisible`. */
export function toNoteModel(
  note: SupervisionNoteEntity, parts: NoteParts,
  view: { textVisible: boolean; signingOrder: NoteSigningOrderEnum; viewerParty: NotePartyEnum | null },
): SupervisionNoteModel {
  const { textVisible } = view;
  const text = <T>(value: T): T | null => (textVisible ? value : null);
  const totals = emptyPatternNumbers();
  for (const p of LANGUAGE_PATTERNS) totals[p] = Number(note.languageTotals?.[p] ?? 0);
  const occurrence = { sessionId: note.sessionId, originalStart: note.originalStart };
  return {
    id: note.id, occurrenceId: occurrenceId(note.sessionId, note.originalStart), sessionId: note.sessionId, heldAt: note.heldAt,
    status: note.status as SupervisionNoteStatusEnum, version: note.version, types: note.sessionTypes as SupervisionTypeEnum[],
    dimensions: note.dimensions as SupervisionDimensionEnum[], driftCodes: note.driftCodes, textVisible,
    strengths: text(note.strengths), concerns: text(note.concerns), supervisorNote: text(note.supervisorNote),
    reflections: parts.reflections.map((r) => ({ superviseeId: r.superviseeId, reflection: text(r.reflection), signedAt: r.signedAt })),
    finalizedAt: note.finalizedAt, signingOrder: view.signingOrder, signatureWithdrawals: parts.withdrawals.map(toSignatureWithdrawalModel),
    supervisorSignedAt: note.supervisorSignedAt, supervisorSignedById: note.supervisorSignedBy, lockedAt: note.lockedAt,
    amendments: parts.amendments.map((a) => ({ id: a.id, authorId: a.authorId, text: text(a.text), createdAt: a.createdAt })),
    actionItems: parts.actionItems.map((i) => toActionItemModel(i, occurrence, textVisible)),
    language: {
      wordCount: note.languageWordCount, totals: toPatternNumbers(totals),
      densities: toPatternNumbers(languageDensities(totals, note.languageWordCount)), balance: languageBalance(totals),
    },
    viewerParty: view.viewerParty, createdAt: note.createdAt, updatedAt: note.updatedAt,
  };
}
