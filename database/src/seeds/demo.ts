import { DEFAULT_SUPERVISION_POLICY } from '@tandem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { ensureDefaultInstruments } from '../instruments';
import { rebuildRollups } from '../rollups';
import { hashPassword } from '../passwords';
import { seedDemoChecklists, type DemoSubject } from './demo-checklists';
import { seedDemoSupervision } from './demo-supervision';
import { DEMO_ORGANIZATION, DEMO_PASSWORD, DEMO_PEOPLE, DEMO_PROGRAMS, DEMO_TEAMS } from './demo-roster';
import { seededRandom, seededUuid } from './random';

export interface SeedResult {
  seeded: boolean;
  organizationId: string | null;
}

function isoDateMonthsAgo(today: Date, months: number): string {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, 1));
  return d.toISOString().slice(0, 10);
}

/** Seeds the demo organisation into an empty database (owner connection). Returns seeded:false when data exists. */
/** Seeds the demo organisation as of `today` (the business clock's now: `TANDEM_NOW` replays the demo on any date). */
export async function seedDemoOrganization(ds: DataSource, today: Date): Promise<SeedResult> {
  const existing = await ds.query('SELECT count(*)::int AS n FROM organization');
  if (existing[0].n > 0) return { seeded: false, organizationId: null };
  const rand = seededRandom(20261121);
  const orgId = seededUuid(rand);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await ds.transaction(async (em: EntityManager) => {
    await em.query('INSERT INTO organization (id, name) VALUES ($1, $2)', [orgId, DEMO_ORGANIZATION.name]);
    await ensureDefaultInstruments(em, orgId);
    const programIds: Record<string, string> = {};
    for (const [key, p] of Object.entries(DEMO_PROGRAMS)) {
      programIds[key] = seededUuid(rand);
      await em.query('INSERT INTO program (id, organization_id, name, description) VALUES ($1,$2,$3,$4)', [
        programIds[key], orgId, p.name, p.description,
      ]);
      // Each program has chosen the product's default supervision policy (so the admin's setup guide is complete).
      const policy = DEFAULT_SUPERVISION_POLICY;
      await em.query(
        `INSERT INTO supervision_policy (organization_id, program_id, preset, stages, counting_modalities, minimum_minutes, require_documentation)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [orgId, programIds[key], policy.preset, JSON.stringify(policy.stages), policy.countingModalities, policy.minimumMinutes, policy.requireDocumentation],
      );
    }
    const teamIds: Record<string, string> = {};
    for (const t of DEMO_TEAMS) {
      teamIds[t.key] = seededUuid(rand);
      await em.query('INSERT INTO team (id, organization_id, program_id, name, description) VALUES ($1,$2,$3,$4,$5)', [
        teamIds[t.key], orgId, programIds[t.program], t.name, t.description,
      ]);
    }
    const personIds: Record<string, string> = {};
    for (const p of DEMO_PEOPLE) {
      const id = seededUuid(rand);
      personIds[p.name] = id;
      const startedOn = isoDateMonthsAgo(today, p.startedMonthsAgo);
      await em.query(
        `INSERT INTO person (id, organization_id, name, email, password_hash, job_title, lived_experience, started_on)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
        [id, orgId, p.name, p.email, passwordHash, p.jobTitle, p.livedExperience, startedOn],
      );
      for (const role of p.roles) {
        const scopes = role === 'PROGRAM_MANAGER' && p.managesPrograms?.length ? p.managesPrograms.map((k) => programIds[k]) : [null];
        for (const programId of scopes) {
          await em.query('INSERT INTO role_grant (organization_id, person_id, role, program_id) VALUES ($1,$2,$3,$4)', [
            orgId, id, role, programId,
          ]);
        }
      }
      if (p.team) {
        await em.query('INSERT INTO team_membership (organization_id, person_id, team_id, starts_on) VALUES ($1,$2,$3,$4)', [
          orgId, id, teamIds[p.team], startedOn,
        ]);
      }
    }
    for (const p of DEMO_PEOPLE) {
      if (!p.supervisor) continue;
      const supervisorId = personIds[p.supervisor];
      if (!supervisorId) throw new Error(`Demo roster: unknown supervisor ${p.supervisor}`);
      await em.query(
        'INSERT INTO supervision_assignment (organization_id, supervisor_id, supervisee_id, starts_on) VALUES ($1,$2,$3,$4)',
        [orgId, supervisorId, personIds[p.name], isoDateMonthsAgo(today, p.startedMonthsAgo)],
      );
    }
    const storyOf = new Map(DEMO_TEAMS.map((t) => [t.key, t.story]));
    const subjects: DemoSubject[] = DEMO_PEOPLE.filter((p) => p.roles.includes('STAFF') && p.team).map((p) => ({
      id: personIds[p.name]!, teamId: teamIds[p.team!]!, story: storyOf.get(p.team!)!, supervisorId: p.supervisor ? personIds[p.supervisor]! : null,
      selfDueNow: p.email === 'staff@tandem.demo', startedMonthsAgo: p.startedMonthsAgo,
    }));
    const checklists = await seedDemoChecklists(em, orgId, subjects, today);
    const supervision = await seedDemoSupervision(em, orgId, DEMO_PEOPLE.map((p) => ({
      id: personIds[p.name]!, name: p.name, teamKey: p.team ?? null, supervisorId: p.supervisor ? personIds[p.supervisor]! : null,
      isSupervisor: p.roles.includes('SUPERVISOR'),
    })), today);
    await seedDemoLoop(em, orgId, teamIds, personIds, today);
    await rebuildRollups(em, orgId);
    await em.query(
      `INSERT INTO audit_event (organization_id, actor_id, entity, entity_id, action, summary) VALUES ($1, NULL, 'organization', $1, 'demo.seeded', $2)`,
      [orgId, JSON.stringify({ people: DEMO_PEOPLE.length, teams: DEMO_TEAMS.length, checklists, ...supervision })],
    );
  });
  return { seeded: true, organizationId: orgId };
}

/**
 * The recovering team's story on its chart: seven months ago a team day on sharing lived experience (annotation)
 * and an action agreed from the signal (done), after which the dimension recovered.
 */
async function seedDemoLoop(
  em: EntityManager, orgId: string, teamIds: Record<string, string>, personIds: Record<string, string>, today: Date,
): Promise<void> {
  const day = (monthsAgo: number, dayOfMonth: number) =>
    new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - monthsAgo, dayOfMonth)).toISOString().slice(0, 10);
  const harbor = teamIds.harbor!;
  await em.query(
    `INSERT INTO annotation (organization_id, team_id, on_date, label, details, kind, created_by) VALUES
       ($1, $2, $3, 'Team day: values and lived experience', 'Whole-team reflective day with an external peer trainer.', 'TRAINING', $4),
       ($1, $5, $6, 'Ward moved to a new clinical lead', 'Peer staff now attend the daily medication round.', 'POLICY', $4)`,
    [orgId, harbor, day(7, 12), personIds['Morgan Reyes'], teamIds.inpatient, day(7, 3)],
  );
  await em.query(
    `INSERT INTO supervision_action_item (organization_id, note_id, team_id, supervisee_id, description, owner_id, due_on, dimension,
       status, drift_signal_id, created_by, created_at, updated_at, completed_at)
     VALUES ($1, NULL, $2, $3, $4, $5, $6, 'D3', 'DONE', NULL, $7, $8, $9, $9)`,
    [orgId, harbor, personIds['Ben Novak'], 'Bring a story of your own recovery to each one-to-one, with purpose, and reflect on it in supervision',
      personIds['Dana Whitfield'], day(6, 15), personIds['Morgan Reyes'], `${day(7, 14)}T10:00:00Z`, `${day(6, 10)}T10:00:00Z`],
  );
}
