import {
  ChecklistEntity, PersonEntity, SupervisionActionItemEntity, SupervisionNoteAmendmentEntity, SupervisionNoteEntity, SupervisionNoteSuperviseeEntity,
  SupervisionSessionEntity, SupervisionSignatureWithdrawalEntity, TeamMembershipEntity,
} from '@tandem/database';
import { In, type EntityManager } from 'typeorm';
import { namedQuery } from '../../common/named-sql';
import type { Viewer } from '../../common/request-context';
import { sessionWhere } from './sessions.repository';
import { appNow, keepUpdatedAt } from '../../common/sql-time';

/**
 * The supervision notes' reads and writes, on the EntityManager of the request's tenant transaction (call them inside
 * `ctx.db.run`). Writes go to the same tables as ever: the `supervision_revision` triggers and the language rollups
 * follow them. Updates name `updated_at` themselves (TypeORM would otherwise stamp CURRENT_TIMESTAMP, not the business clock).
 */

export type NoteStatus = SupervisionNoteEntity['status'];
export type Reflection = Pick<SupervisionNoteSuperviseeEntity, 'superviseeId' | 'reflection' | 'signedAt'>;
export type NoteActionItem = Pick<
  SupervisionActionItemEntity,
  'id' | 'noteId' | 'teamId' | 'superviseeId' | 'position' | 'description' | 'ownerId' | 'dueOn' | 'dimension' | 'status' | 'driftSignalId' | 'checklistId'
  | 'createdAt' | 'updatedAt' | 'completedAt'
>;
export type NoteSummary = Pick<SupervisionNoteEntity, 'id' | 'sessionId' | 'originalStart' | 'status' | 'version' | 'sessionTypes' | 'dimensions' | 'driftCodes' | 'lockedAt'>
  & { actionCount: number; openCount: number };

/** What a note view shows besides the note itself. */
export interface NoteParts {
  reflections: Reflection[];
  amendments: SupervisionNoteAmendmentEntity[];
  actionItems: NoteActionItem[];
  withdrawals: SupervisionSignatureWithdrawalEntity[];
}

/** A note whose session the viewer may see. */
export function visibleNote(em: EntityManager, viewer: Viewer, noteId: string): Promise<SupervisionNoteEntity | null> {
  const scope = sessionWhere(viewer, 's');
  return em.getRepository(SupervisionNoteEntity).createQueryBuilder('n').innerJoin(SupervisionSessionEntity, 's', 's.id = n.sessionId')
    .where('n.id = :noteId', { noteId }).andWhere(scope.sql, scope.params).getOne();
}

export function noteById(em: EntityManager, noteId: string): Promise<SupervisionNoteEntity> {
  return em.getRepository(SupervisionNoteEntity).findOneByOrFail({ id: noteId });
}

export function noteAt(em: EntityManager, sessionId: string, originalStart: Date): Promise<SupervisionNoteEntity | null> {
  return em.getRepository(SupervisionNoteEntity).findOneBy({ sessionId, originalStart });
}

export function reflectionsOf(em: EntityManager, noteId: string): Promise<Reflection[]> {
  return em.getRepository(SupervisionNoteSuperviseeEntity).find({
    select: { superviseeId: true, reflection: true, signedAt: true }, where: { noteId }, order: { superviseeId: 'ASC' },
  });
}

/** Reflections (unless the caller has just read them), amendments, action items and withdrawn signatures of a note, for its view. */
export async function noteParts(em: EntityManager, noteId: string, known?: { reflections: Reflection[] }): Promise<NoteParts> {
  const reflections = known?.reflections ?? (await reflectionsOf(em, noteId));
  const amendments = await em.getRepository(SupervisionNoteAmendmentEntity).find({ where: { noteId }, order: { createdAt: 'ASC', id: 'ASC' } });
  const actionItems = await em.getRepository(SupervisionActionItemEntity).find({ where: { noteId }, order: { position: 'ASC', createdAt: 'ASC' } });
  const withdrawals = await em.getRepository(SupervisionSignatureWithdrawalEntity).find({
    where: { noteId }, order: { createdAt: 'ASC', kind: 'ASC', personId: 'ASC' },
  });
  return { reflections, amendments, actionItems, withdrawals };
}

const SUMMARY_SELECT = `n.id, n.session_id AS "sessionId", n.original_start AS "originalStart", n.status, n.version, n.session_types AS "sessionTypes",
  n.dimensions, n.drift_codes AS "driftCodes", n.locked_at AS "lockedAt",
  (SELECT count(*) FROM supervision_action_item ai WHERE ai.note_id = n.id)::int AS "actionCount",
  (SELECT count(*) FROM supervision_action_item ai WHERE ai.note_id = n.id AND ai.status = 'OPEN')::int AS "openCount"`;

/** Summaries of every note of the given sessions (callers pass sessions the viewer may see). */
export function noteSummariesOf(em: EntityManager, sessionIds: string[]): Promise<NoteSummary[]> {
  return namedQuery<NoteSummary>(em, `SELECT ${SUMMARY_SELECT} FROM supervision_note n WHERE n.session_id = ANY(:sessionIds::uuid[])`, { sessionIds });
}

/** The latest note of a supervisee's sessions that the viewer may see. */
export async function lastNoteSummary(em: EntityManager, viewer: Viewer, superviseeId: string): Promise<NoteSummary | undefined> {
  const scope = sessionWhere(viewer, 's');
  const [last] = await namedQuery<NoteSummary>(em,
    `SELECT ${SUMMARY_SELECT} FROM supervision_note n JOIN supervision_session s ON s.id = n.session_id
     WHERE EXISTS (SELECT 1 FROM supervision_session_supervisee y WHERE y.session_id = s.id AND y.supervisee_id = :superviseeId) AND ${scope.sql}
     ORDER BY n.held_at DESC LIMIT 1`,
    { superviseeId, ...scope.params });
  return last;
}

/** Codes and dimensions of a supervisee's notes held since `since` that the viewer may see, newest first. */
export function recentNotesOf(em: EntityManager, viewer: Viewer, superviseeId: string, since: Date): Promise<Pick<SupervisionNoteEntity, 'id' | 'heldAt' | 'driftCodes' | 'dimensions'>[]> {
  const scope = sessionWhere(viewer, 's');
  return em.getRepository(SupervisionNoteEntity).createQueryBuilder('n').innerJoin(SupervisionSessionEntity, 's', 's.id = n.sessionId')
    .select(['n.id', 'n.heldAt', 'n.driftCodes', 'n.dimensions'])
    .where('EXISTS (SELECT 1 FROM supervision_session_supervisee y WHERE y.session_id = s.id AND y.supervisee_id = :superviseeId)', { superviseeId })
    .andWhere('n.heldAt >= :since', { since }).andWhere(scope.sql, scope.params)
    .orderBy('n.heldAt', 'DESC').getMany();
}

/** The first current team (by person id) of the given supervisees: the team a new note is counted for. */
export async function teamOfSupervisees(em: EntityManager, superviseeIds: string[]): Promise<string | null> {
  const row = await em.getRepository(TeamMembershipEntity).createQueryBuilder('tm').select('tm.teamId')
    .where('tm.personId = ANY(:superviseeIds::uuid[])', { superviseeIds }).andWhere('tm.endsOn IS NULL')
    .orderBy('tm.personId').limit(1).getOne();
  return row?.teamId ?? null;
}

/** Inserts a note and an empty reflection for each supervisee; returns the note as stored. */
export async function insertNote(
  em: EntityManager, values: Pick<SupervisionNoteEntity, 'organizationId' | 'sessionId' | 'originalStart' | 'heldAt' | 'teamId' | 'createdBy'>, superviseeIds: string[],
): Promise<SupervisionNoteEntity> {
  const repo = em.getRepository(SupervisionNoteEntity);
  const note = await repo.save(repo.create(values));
  if (superviseeIds.length) {
    await em.createQueryBuilder().insert().into(SupervisionNoteSuperviseeEntity)
      .values(superviseeIds.map((superviseeId) => ({ organizationId: values.organizationId, noteId: note.id, superviseeId }))).updateEntity(false).execute();
  }
  return note;
}

/** Bumps the version of an unlocked note at `version`; false when it was changed elsewhere (or is locked). */
export async function bumpVersion(em: EntityManager, noteId: string, version: number): Promise<boolean> {
  const result = await em.createQueryBuilder().update(SupervisionNoteEntity).set({ version: () => 'version + 1', updatedAt: appNow })
    .where(`id = :noteId AND version = :version AND status <> 'LOCKED'`, { noteId, version }).execute();
  return (result.affected ?? 0) > 0;
}

/** Writes the supervisor's record; every signature and the finalisation go (the record must be signed again). */
export async function writeRecord(
  em: EntityManager, noteId: string, record: Pick<SupervisionNoteEntity, 'sessionTypes' | 'dimensions' | 'driftCodes' | 'strengths' | 'concerns' | 'supervisorNote'>,
): Promise<void> {
  await em.createQueryBuilder().update(SupervisionNoteEntity).set({
    ...record, supervisorSignedAt: null, supervisorSignedBy: null, finalizedAt: null, finalizedBy: null, updatedAt: appNow,
  }).where('id = :noteId', { noteId }).execute();
  await em.createQueryBuilder().update(SupervisionNoteSuperviseeEntity).set({ signedAt: null, updatedAt: keepUpdatedAt })
    .where('note_id = :noteId', { noteId }).execute();
}

/** Writes a supervisee's reflection (unsigning it) when it differs; returns whether it did. */
export async function writeReflection(em: EntityManager, noteId: string, superviseeId: string, reflection: string): Promise<boolean> {
  const result = await em.createQueryBuilder().update(SupervisionNoteSuperviseeEntity).set({ reflection, signedAt: null, updatedAt: appNow })
    .where('note_id = :noteId AND supervisee_id = :superviseeId AND reflection <> :reflection', { noteId, superviseeId, reflection }).execute();
  return (result.affected ?? 0) > 0;
}

export async function clearSupervisorSignature(em: EntityManager, noteId: string): Promise<void> {
  await em.createQueryBuilder().update(SupervisionNoteEntity).set({ supervisorSignedAt: null, supervisorSignedBy: null, updatedAt: keepUpdatedAt })
    .where('id = :noteId', { noteId }).execute();
}

export async function markFinalized(em: EntityManager, noteId: string, personId: string): Promise<void> {
  await em.createQueryBuilder().update(SupervisionNoteEntity).set({ finalizedAt: appNow, finalizedBy: personId, updatedAt: keepUpdatedAt })
    .where('id = :noteId', { noteId }).execute();
}

/** The supervisor's signature; it finalises the record too when it was not yet (either-order organisations). */
export async function signAsSupervisor(em: EntityManager, noteId: string, personId: string): Promise<void> {
  await em.createQueryBuilder().update(SupervisionNoteEntity).set({
    supervisorSignedAt: appNow, supervisorSignedBy: personId, finalizedAt: () => 'coalesce(finalized_at, app_now())',
    finalizedBy: () => 'coalesce(finalized_by, :personId)', updatedAt: keepUpdatedAt,
  }).where('id = :noteId', { noteId, personId }).execute();
}

export async function signAsSupervisee(em: EntityManager, noteId: string, superviseeId: string): Promise<void> {
  await em.createQueryBuilder().update(SupervisionNoteSuperviseeEntity).set({ signedAt: appNow, updatedAt: keepUpdatedAt })
    .where('note_id = :noteId AND supervisee_id = :superviseeId', { noteId, superviseeId }).execute();
}

/** Stores the status (locking when LOCKED) and language totals; returns the lock time as stored. */
export async function writeStatus(
  em: EntityManager, noteId: string, status: NoteStatus, language: Pick<SupervisionNoteEntity, 'languageTotals' | 'languageWordCount'>,
): Promise<Date | null> {
  const result = await em.createQueryBuilder().update(SupervisionNoteEntity).set({
    status, lockedAt: status === 'LOCKED' ? appNow : null, ...language, updatedAt: keepUpdatedAt,
  }).where('id = :noteId', { noteId }).returning('locked_at').execute();
  return (result.raw as { locked_at: Date | null }[])[0]?.locked_at ?? null;
}

export async function addAmendment(em: EntityManager, values: Pick<SupervisionNoteAmendmentEntity, 'organizationId' | 'noteId' | 'authorId' | 'text'>): Promise<string> {
  const result = await em.getRepository(SupervisionNoteAmendmentEntity).insert(values);
  return (result.identifiers[0] as { id: string }).id;
}

/** How many of the given checklists exist (in the tenant). */
export function countChecklists(em: EntityManager, ids: string[]): Promise<number> {
  return em.getRepository(ChecklistEntity).countBy({ id: In(ids) });
}

export function namesOf(em: EntityManager, ids: string[]): Promise<Pick<PersonEntity, 'id' | 'name'>[]> {
  return em.getRepository(PersonEntity).find({ select: { id: true, name: true }, where: { id: In(ids) } });
}

/** An action item of a draft as compared when the draft is saved again. */
export type DraftActionItem = Pick<SupervisionActionItemEntity, 'id' | 'description' | 'ownerId' | 'dueOn' | 'dimension' | 'driftSignalId' | 'checklistId' | 'position'>;
export type ActionItemValues = Omit<DraftActionItem, 'id'>;

export function draftActionItems(em: EntityManager, noteId: string): Promise<DraftActionItem[]> {
  return em.getRepository(SupervisionActionItemEntity).find({
    select: { id: true, description: true, ownerId: true, dueOn: true, dimension: true, driftSignalId: true, checklistId: true, position: true },
    where: { noteId },
  });
}

export async function deleteActionItems(em: EntityManager, ids: string[]): Promise<void> {
  await em.createQueryBuilder().delete().from(SupervisionActionItemEntity).where('id = ANY(:ids::uuid[])', { ids }).execute();
}

export async function updateActionItem(em: EntityManager, id: string, values: ActionItemValues): Promise<void> {
  await em.createQueryBuilder().update(SupervisionActionItemEntity).set({ ...values, updatedAt: appNow }).where('id = :id', { id }).execute();
}

export async function insertActionItem(
  em: EntityManager, values: ActionItemValues & Pick<SupervisionActionItemEntity, 'organizationId' | 'noteId' | 'createdBy'>,
): Promise<void> {
  await em.createQueryBuilder().insert().into(SupervisionActionItemEntity).values(values).updateEntity(false).execute();
}
