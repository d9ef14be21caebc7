import { ChecklistEntity, ensureDefaultInstruments, InstrumentVersionEntity, PersonServedLinkEntity } from '@tandem/database';
import { entitiesFrom, entityFrom, queryEntities } from '../src/common/entity-rows';
import { createOrg, type TestOrg } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Rows returned by column name (`RETURNING *`, the list's `c.*`) become entities exactly as TypeORM's own `find`
 * hydrates the same row: numeric as decimal text, dates as ISO days, timestamps as Dates, jsonb parsed, nulls kept.
 */
let app: TestApp;
let org: TestOrg;

beforeAll(async () => {
  app = await startTestApp();
  org = await createOrg(app);
  await app.owner.transaction((em) => ensureDefaultInstruments(em, org.id));
});
afterAll(async () => app.close());

let made = 0;

async function submittedChecklist(): Promise<Record<string, unknown>[]> {
  made += 1;
  const [version] = await app.owner.query(`SELECT id FROM instrument_version WHERE organization_id = $1 AND status = 'PUBLISHED' LIMIT 1`, [org.id]);
  const scores = { mutualityIndex: 3.25, band: 'MODERATE', dimensions: [{ dimensionCode: 'D1', score: 3.5 }] };
  return app.owner.query(
    `INSERT INTO checklist (organization_id, instrument_version_id, subject_id, rater_type, rater_id, opened_by, status, version, revision,
       observation_start, observation_end, team_id, idempotency_key, submitted_at, scores, mutuality_index, mutuality_index_100,
       hierarchical_drift_index, medical_model_drift_index, errand_drift_index, organisational_drift_index, band)
     VALUES ($1, $2, $3, 'SELF', $3, $3, 'SUBMITTED', 3, 1, '2026-01-01', '2026-01-31', $4, $5, '2026-02-01T10:11:12.345678Z', $6,
       3.25, 56.3, 20.0, NULL, 12.5, 40.1, 'MODERATE') RETURNING *`,
    [org.id, version.id, org.people.staff.id, org.teams.a1, `rows-${made}-${org.id}`, JSON.stringify(scores)],
  );
}

it('a checklist row becomes the entity find() reads, column by column', async () => {
  const rows = await submittedChecklist();
  const hydrated = entityFrom(app.owner.manager, ChecklistEntity, rows)!;
  const found = await app.owner.getRepository(ChecklistEntity).findOneByOrFail({ id: rows[0]!.id as string });
  expect(hydrated).toBeInstanceOf(ChecklistEntity);
  expect(hydrated).toEqual(found);
  expect(hydrated).toMatchObject({
    observationStart: '2026-01-01', mutualityIndex: '3.25', mutualityIndex100: '56.3', medicalModelDriftIndex: null, raterType: 'SELF',
    scores: { mutualityIndex: 3.25, band: 'MODERATE' },
  });
  expect(hydrated.submittedAt).toEqual(new Date('2026-02-01T10:11:12.345Z'));
});

it('versions (jsonb, nullable timestamps) and links hydrate the same way', async () => {
  const versions = await app.owner.query('SELECT * FROM instrument_version WHERE organization_id = $1 ORDER BY id', [org.id]);
  expect(versions.length).toBeGreaterThan(0);
  const found = await app.owner.getRepository(InstrumentVersionEntity).find({ where: { organizationId: org.id }, order: { id: 'ASC' } });
  expect(entitiesFrom(app.owner.manager, InstrumentVersionEntity, versions)).toEqual(found);
  const [link] = await app.owner.query(
    `INSERT INTO person_served_link (organization_id, subject_id, instrument_version_id, token_hash, created_by, expires_at)
     VALUES ($1, $2, $3, $4, $2, now() + interval '1 day') RETURNING *`, [org.id, org.people.staff.id, found[0]!.id, `hash-${org.id}`],
  );
  expect(entityFrom(app.owner.manager, PersonServedLinkEntity, [link])).toEqual(
    await app.owner.getRepository(PersonServedLinkEntity).findOneByOrFail({ id: link.id }),
  );
});

it('keeps only the columns a row has, passes entities through, and gives nothing for no row', async () => {
  const [row] = await submittedChecklist();
  const [partial] = await app.owner.query('SELECT id, status, band FROM checklist WHERE id = $1', [row!.id]);
  const entity = entityFrom(app.owner.manager, ChecklistEntity, [partial])!;
  expect({ ...entity }).toEqual({ id: row!.id, status: 'SUBMITTED', band: 'MODERATE' });
  expect(entitiesFrom(app.owner.manager, ChecklistEntity, [entity])[0]).toBe(entity);
  expect(entityFrom(app.owner.manager, ChecklistEntity, [])).toBeUndefined();
});

it('queryEntities binds named parameters and reads the rows of an UPDATE … RETURNING, on a request runner or without one', async () => {
  const [row] = await submittedChecklist();
  const runner = app.owner.createQueryRunner();
  await runner.connect();
  try {
    const updated = await queryEntities(runner.manager, ChecklistEntity, 'UPDATE checklist SET band = :band WHERE id = :id RETURNING *', { band: 'HIGH', id: row!.id });
    expect(updated).toHaveLength(1);
    expect(updated[0]).toBeInstanceOf(ChecklistEntity);
    expect(updated[0]).toMatchObject({ id: row!.id, band: 'HIGH', mutualityIndex: '3.25' });
  } finally {
    await runner.release();
  }
  const none = await queryEntities(app.owner.manager, ChecklistEntity, 'UPDATE checklist SET band = :band WHERE id = :id RETURNING *', { band: 'LOW', id: org.id });
  expect(none).toEqual([]);
  const read = await queryEntities(app.owner.manager, ChecklistEntity, 'SELECT * FROM checklist WHERE id = :id', { id: row!.id });
  expect(read).toEqual([await app.owner.getRepository(ChecklistEntity).findOneByOrFail({ id: row!.id as string })]);
});
