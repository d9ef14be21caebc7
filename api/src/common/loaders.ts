import DataLoader from 'dataloader';
import {
  ChecklistAnswerEntity, ChecklistEntity, InstrumentVersionEntity, OrganizationEntity, PersonEntity, ProgramEntity, RoleGrantEntity,
  SupervisionAssignmentEntity, TeamEntity, TeamMembershipEntity,
} from '@tandem/database';
import type { EntityManager } from 'typeorm';
import type { RequestDb } from './request-db';
import type { Viewer } from './request-context';
import { teamWhere } from './scope';

/** The role grants a person's `roles` field needs. */
export type GrantRecord = Pick<RoleGrantEntity, 'personId' | 'role' | 'programId'>;

/**
 * People as the API reads them: the entity plus its password hash, which stays out of default selects and is only used
 * to tell whether an invitation is still pending (`passwordHash === null`). It never leaves the API.
 */
export function peopleQuery(em: EntityManager, alias = 'p') {
  return em.getRepository(PersonEntity).createQueryBuilder(alias).addSelect(`${alias}.passwordHash`);
}

function byId<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
}

function groupBy<T>(ids: readonly string[], rows: T[], key: (r: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
  return ids.map((id) => map.get(id) ?? []);
}

/**
 * Per-request DataLoaders on the request's transaction (so row-level security applies and N+1 disappears). Each is made
 * on first use: a request needs a few of them, and every request builds this object.
 */
export class Loaders {
  #teamsByProgram?: DataLoader<string, TeamEntity[]>;
  #organization?: DataLoader<string, OrganizationEntity | null>;
  #person?: DataLoader<string, PersonEntity | null>;
  #team?: DataLoader<string, TeamEntity | null>;
  #program?: DataLoader<string, ProgramEntity | null>;
  #grantsByPerson?: DataLoader<string, GrantRecord[]>;
  #membershipsByPerson?: DataLoader<string, TeamMembershipEntity[]>;
  #supervisorsBySupervisee?: DataLoader<string, SupervisionAssignmentEntity[]>;
  #instrumentVersion?: DataLoader<string, InstrumentVersionEntity | null>;
  #checklist?: DataLoader<string, ChecklistEntity | null>;
  #answersByChecklist?: DataLoader<string, ChecklistAnswerEntity[]>;
  #memberCountByTeam?: DataLoader<string, number>;

  /** The viewer's own rows as the request's session lookup read them (see knowViewer). */
  #known?: { personId: string; person: PersonEntity; grants: GrantRecord[] };

  constructor(
    private readonly db: RequestDb,
    private readonly viewer: () => Viewer | null,
  ) {}

  /**
   * The viewer's person row and role grants, already read with their session: the person and grant loaders answer them
   * without a statement. They are primed when (if) the request first uses one of those loaders, so a request that needs
   * neither builds neither.
   */
  knowViewer(personId: string, person: PersonEntity, grants: GrantRecord[]): void {
    this.#known = { personId, person, grants };
    this.#person?.prime(personId, person);
    this.#grantsByPerson?.prime(personId, grants);
  }

  /** Active teams of each program that the viewer may see (one query for all programs of a list). */
  get teamsByProgram(): DataLoader<string, TeamEntity[]> {
    const { db, viewer } = this;
    return (this.#teamsByProgram ??= new DataLoader<string, TeamEntity[]>(async (ids) => {
      const v = viewer();
      if (!v) return ids.map(() => []);
      const scope = teamWhere(v, 't.id');
      const rows = await db.run((em) => em.getRepository(TeamEntity).createQueryBuilder('t')
        .where('t.programId = ANY(:ids::uuid[])', { ids: [...ids] }).andWhere('t.archivedAt IS NULL')
        .andWhere(scope.sql, scope.params).orderBy('t.name').getMany());
      return groupBy(ids, rows, (r) => r.programId);
    }));
  }

  get organization(): DataLoader<string, OrganizationEntity | null> {
    const { db } = this;
    return (this.#organization ??= new DataLoader<string, OrganizationEntity | null>(async (ids) =>
      byId(ids, await db.run((em) => em.getRepository(OrganizationEntity).createQueryBuilder('o').where('o.id = ANY(:ids::uuid[])', { ids: [...ids] }).getMany())),
    ));
  }

  get person(): DataLoader<string, PersonEntity | null> {
    if (this.#person) return this.#person;
    const { db } = this;
    this.#person = new DataLoader<string, PersonEntity | null>(async (ids) =>
      byId(ids, await db.run((em) => peopleQuery(em).where('p.id = ANY(:ids::uuid[])', { ids: [...ids] }).getMany())),
    );
    if (this.#known) this.#person.prime(this.#known.personId, this.#known.person);
    return this.#person;
  }

  get team(): DataLoader<string, TeamEntity | null> {
    const { db } = this;
    return (this.#team ??= new DataLoader<string, TeamEntity | null>(async (ids) =>
      byId(ids, await db.run((em) => em.getRepository(TeamEntity).createQueryBuilder('t').where('t.id = ANY(:ids::uuid[])', { ids: [...ids] }).getMany())),
    ));
  }

  get program(): DataLoader<string, ProgramEntity | null> {
    const { db } = this;
    return (this.#program ??= new DataLoader<string, ProgramEntity | null>(async (ids) =>
      byId(ids, await db.run((em) => em.getRepository(ProgramEntity).createQueryBuilder('p').where('p.id = ANY(:ids::uuid[])', { ids: [...ids] }).getMany())),
    ));
  }

  get grantsByPerson(): DataLoader<string, GrantRecord[]> {
    if (this.#grantsByPerson) return this.#grantsByPerson;
    const { db } = this;
    this.#grantsByPerson = new DataLoader<string, GrantRecord[]>(async (ids) =>
      groupBy(ids, await db.run((em) => em.getRepository(RoleGrantEntity).createQueryBuilder('g').select(['g.id', 'g.personId', 'g.role', 'g.programId'])
        .where('g.personId = ANY(:ids::uuid[])', { ids: [...ids] }).orderBy('g.role').getMany()), (r) => r.personId),
    );
    if (this.#known) this.#grantsByPerson.prime(this.#known.personId, this.#known.grants);
    return this.#grantsByPerson;
  }

  get membershipsByPerson(): DataLoader<string, TeamMembershipEntity[]> {
    const { db } = this;
    return (this.#membershipsByPerson ??= new DataLoader<string, TeamMembershipEntity[]>(async (ids) =>
      groupBy(ids, await db.run((em) => em.getRepository(TeamMembershipEntity).createQueryBuilder('tm')
        .where('tm.personId = ANY(:ids::uuid[])', { ids: [...ids] }).orderBy('tm.startsOn', 'DESC').addOrderBy('tm.createdAt', 'DESC').getMany()),
      (r) => r.personId),
    ));
  }

  get supervisorsBySupervisee(): DataLoader<string, SupervisionAssignmentEntity[]> {
    const { db } = this;
    return (this.#supervisorsBySupervisee ??= new DataLoader<string, SupervisionAssignmentEntity[]>(async (ids) =>
      groupBy(ids, await db.run((em) => em.getRepository(SupervisionAssignmentEntity).createQueryBuilder('sa')
        .where('sa.superviseeId = ANY(:ids::uuid[])', { ids: [...ids] }).orderBy('sa.startsOn', 'DESC').addOrderBy('sa.createdAt', 'DESC').getMany()),
      (r) => r.superviseeId),
    ));
  }

  get instrumentVersion(): DataLoader<string, InstrumentVersionEntity | null> {
    const { db } = this;
    return (this.#instrumentVersion ??= new DataLoader<string, InstrumentVersionEntity | null>(async (ids) =>
      byId(ids, await db.run((em) => em.getRepository(InstrumentVersionEntity).createQueryBuilder('v').where('v.id = ANY(:ids::uuid[])', { ids: [...ids] }).getMany())),
    ));
  }

  /** Checklists by id, unscoped: only for ids the request already read through a scoped query (e.g. to score them). */
  get checklist(): DataLoader<string, ChecklistEntity | null> {
    const { db } = this;
    return (this.#checklist ??= new DataLoader<string, ChecklistEntity | null>(async (ids) =>
      byId(ids, await db.run((em) => em.getRepository(ChecklistEntity).createQueryBuilder('c').where('c.id = ANY(:ids::uuid[])', { ids: [...ids] }).getMany())),
    ));
  }

  get answersByChecklist(): DataLoader<string, ChecklistAnswerEntity[]> {
    const { db } = this;
    return (this.#answersByChecklist ??= new DataLoader<string, ChecklistAnswerEntity[]>(async (ids) =>
      groupBy(ids, await db.run((em) => em.getRepository(ChecklistAnswerEntity).createQueryBuilder('a')
        .where('a.checklistId = ANY(:ids::uuid[])', { ids: [...ids] }).orderBy('a.itemCode').getMany()),
      (r) => r.checklistId),
    ));
  }

  get memberCountByTeam(): DataLoader<string, number> {
    const { db } = this;
    return (this.#memberCountByTeam ??= new DataLoader<string, number>(async (ids) => {
      const rows = await db.run((em) => em.getRepository(TeamMembershipEntity).createQueryBuilder('tm')
        .innerJoin(PersonEntity, 'p', 'p.id = tm.personId').select('tm.teamId', 'teamId').addSelect('count(*)::int', 'n')
        .where('tm.endsOn IS NULL').andWhere('p.active').andWhere('tm.teamId = ANY(:ids::uuid[])', { ids: [...ids] })
        .groupBy('tm.teamId').getRawMany<{ teamId: TeamMembershipEntity['teamId']; n: number }>());
      const m = new Map(rows.map((r) => [r.teamId, r.n]));
      return ids.map((id) => m.get(id) ?? 0);
    }));
  }
}

/** The loaders of one request (or job), each made on first use. */
export function createLoaders(db: RequestDb, viewer: () => Viewer | null): Loaders {
  return new Loaders(db, viewer);
}
