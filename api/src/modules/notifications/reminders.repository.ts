import {
  DigestReportedSignalEntity, NotificationEntity, NotificationSettingEntity, PersonEntity, ProgramEntity, SupervisionActionItemEntity,
  SupervisionNoteEntity, SupervisionSessionEntity, TeamEntity,
} from '@tandem/database';
import type { EntityManager } from 'typeorm';
import { namedQuery } from '../../common/named-sql';

/**
 * The reminder sweep's and the weekly digest's set-based reads, one statement per organisation each, on the
 * EntityManager of the job's tenant transaction (row-level security limits them to that organisation).
 */

/** Someone who may get checklist reminders: staff and supervisors, with their time zone and current team. */
export type ChecklistRecipient = Pick<PersonEntity, 'id' | 'name' | 'email'> & {
  roles: string[];
  timeZone: NotificationSettingEntity['timeZone'];
  teamName: TeamEntity['name'] | null;
};

/** Active staff and supervisors of the organisation. */
export function checklistRecipients(em: EntityManager): Promise<ChecklistRecipient[]> {
  return namedQuery<ChecklistRecipient>(em, `
    SELECT p.id, p.name, p.email, array_agg(DISTINCT g.role) AS roles, coalesce(s.time_zone, 'UTC') AS "timeZone",
           (SELECT t.name FROM team_membership tm JOIN team t ON t.id = tm.team_id
             WHERE tm.person_id = p.id AND tm.ends_on IS NULL ORDER BY tm.starts_on DESC LIMIT 1) AS "teamName"
      FROM person p JOIN role_grant g ON g.person_id = p.id AND g.role IN ('STAFF', 'SUPERVISOR')
      LEFT JOIN notification_setting s ON s.person_id = p.id
     WHERE p.active
     GROUP BY p.id, p.name, p.email, s.time_zone
     ORDER BY p.id`, {});
}

/** Whether the person has an entry with this key made on or after `since` (a date). */
export function notifiedSince(em: EntityManager, recipientId: string, messageKey: string, since: string): Promise<boolean> {
  return em.getRepository(NotificationEntity).createQueryBuilder('n')
    .where('n.recipientId = :recipientId AND n.messageKey = :messageKey', { recipientId, messageKey })
    .andWhere('n.createdAt >= :since::date', { since }).getExists();
}

/** Whether the person has an entry with this key. */
export function notified(em: EntityManager, recipientId: string, messageKey: string): Promise<boolean> {
  return em.getRepository(NotificationEntity).existsBy({ recipientId, messageKey });
}

/** An open action item due around today, with its owner and whom it was agreed with. */
export type DueActionItem = Pick<SupervisionActionItemEntity, 'id' | 'ownerId' | 'description'> & {
  ownerName: PersonEntity['name'];
  ownerEmail: PersonEntity['email'];
  timeZone: NotificationSettingEntity['timeZone'];
  /** YYYY-MM-DD. */
  dueOn: string;
  sessionId: SupervisionNoteEntity['sessionId'] | null;
  originalStart: SupervisionNoteEntity['originalStart'] | null;
  supervisorId: SupervisionSessionEntity['supervisorId'] | null;
  supervisorName: PersonEntity['name'] | null;
  superviseeName: PersonEntity['name'] | null;
};

/** Open action items of active owners due from yesterday to the day after tomorrow (UTC): every time zone's today or tomorrow. */
export function dueActionItems(em: EntityManager): Promise<DueActionItem[]> {
  return namedQuery<DueActionItem>(em, `
    SELECT ai.id, ai.owner_id AS "ownerId", o.name AS "ownerName", o.email AS "ownerEmail", coalesce(st.time_zone, 'UTC') AS "timeZone",
           ai.due_on::text AS "dueOn", ai.description, n.session_id AS "sessionId", n.original_start AS "originalStart",
           ss.supervisor_id AS "supervisorId", sup.name AS "supervisorName", sv.name AS "superviseeName"
      FROM supervision_action_item ai
      JOIN person o ON o.id = ai.owner_id AND o.active
      LEFT JOIN notification_setting st ON st.person_id = ai.owner_id
      LEFT JOIN supervision_note n ON n.id = ai.note_id
      LEFT JOIN supervision_session ss ON ss.id = n.session_id
      LEFT JOIN person sup ON sup.id = ss.supervisor_id
      LEFT JOIN person sv ON sv.id = ai.supervisee_id
     WHERE ai.status = 'OPEN' AND ai.due_on BETWEEN (app_now() AT TIME ZONE 'UTC')::date - 1 AND (app_now() AT TIME ZONE 'UTC')::date + 2
     ORDER BY ai.due_on, ai.id`, {});
}

/** A program manager with the programs they manage (null: all of them) and their digest settings. */
export type DigestManager = Pick<PersonEntity, 'id' | 'name' | 'email'> &
  Pick<NotificationSettingEntity, 'timeZone' | 'digestWeekday' | 'digestTime' | 'digestWhenQuiet'> & { programIds: (string | null)[] };

/** Every active program manager of the organisation, with their settings (or the defaults). */
export function digestManagers(em: EntityManager): Promise<DigestManager[]> {
  return namedQuery<DigestManager>(em, `
    SELECT p.id, p.name, p.email, array_agg(DISTINCT g.program_id) AS "programIds",
           coalesce(s.time_zone, 'UTC') AS "timeZone", coalesce(s.digest_weekday, 1) AS "digestWeekday",
           coalesce(s.digest_time, '08:00') AS "digestTime", coalesce(s.digest_when_quiet, false) AS "digestWhenQuiet"
      FROM person p JOIN role_grant g ON g.person_id = p.id AND g.role = 'PROGRAM_MANAGER'
      LEFT JOIN notification_setting s ON s.person_id = p.id
     WHERE p.active
     GROUP BY p.id, p.name, p.email, s.time_zone, s.digest_weekday, s.digest_time, s.digest_when_quiet
     ORDER BY p.id`, {});
}

/** The programs `ids` names (all of the organisation's when `ids` is null), by name. */
export function programsByName(em: EntityManager, ids: string[] | null): Promise<Pick<ProgramEntity, 'id' | 'name'>[]> {
  const qb = em.getRepository(ProgramEntity).createQueryBuilder('pr').select(['pr.id', 'pr.name']);
  if (ids) qb.where('pr.id = ANY(:ids::uuid[])', { ids });
  return qb.orderBy('pr.name').getMany();
}

/** People by name, each with their current team's name. */
export function namesWithTeams(em: EntityManager, personIds: string[]): Promise<{ personName: PersonEntity['name']; teamName: TeamEntity['name'] | null }[]> {
  return namedQuery(em, `
    SELECT p.name AS "personName", t.name AS "teamName" FROM person p
      LEFT JOIN team_membership tm ON tm.person_id = p.id AND tm.ends_on IS NULL LEFT JOIN team t ON t.id = tm.team_id
     WHERE p.id = ANY(:personIds::uuid[]) ORDER BY p.name`, { personIds });
}

/** Drift signals an earlier digest already told this manager about. */
export async function reportedSignalIds(em: EntityManager, personId: string): Promise<Set<string>> {
  const rows = await em.getRepository(DigestReportedSignalEntity).find({ select: { signalId: true }, where: { personId } });
  return new Set(rows.map((r) => r.signalId));
}

/** Remembers that a digest told this manager about these signals. */
export async function recordReportedSignals(em: EntityManager, organizationId: string, personId: string, signalIds: string[]): Promise<void> {
  await em.createQueryBuilder().insert().into(DigestReportedSignalEntity)
    .values(signalIds.map((signalId) => ({ organizationId, personId, signalId }))).orIgnore().updateEntity(false).execute();
}

/** The program's open action items past due before `today`, and due from `today` until before `weekEnd`. */
export async function actionItemCounts(em: EntityManager, programId: string, today: string, weekEnd: string): Promise<{ overdue: number; soon: number }> {
  const [row] = await namedQuery<{ overdue: number; soon: number }>(em, `
    SELECT count(*) FILTER (WHERE ai.due_on < :today::date)::int AS overdue,
           count(*) FILTER (WHERE ai.due_on >= :today::date AND ai.due_on < :weekEnd::date)::int AS soon
      FROM supervision_action_item ai
      LEFT JOIN supervision_note n ON n.id = ai.note_id
      JOIN team t ON t.id = coalesce(ai.team_id, n.team_id) AND t.program_id = :programId
     WHERE ai.status = 'OPEN' AND ai.due_on IS NOT NULL`, { programId, today, weekEnd });
  return { overdue: row?.overdue ?? 0, soon: row?.soon ?? 0 };
}
