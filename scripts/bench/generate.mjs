// Grows the seeded demo organisation to a large one straight inside Postgres (generate_series + INSERT … SELECT, no
// round trips per row): `addTeams` more teams (numbered from `firstTeam`, so it can grow in stages), nine staff in each, and for every staff member and month of `years`
// years one self-assessment, one supervisor rating and three ratings by people served. Each new checklist copies the
// scores and answers of a demo checklist of the same rater type (so every figure is a real scored checklist), then
// the rollups are rebuilt set-based. Returns what was generated and how fast the rebuild ran.

const STAFF_PER_TEAM = 9;
const SLOTS = [['SELF', 0], ['SUPERVISOR', 1], ['PERSON_SERVED', 2], ['PERSON_SERVED', 3], ['PERSON_SERVED', 4]];

export async function growOrganisation(owner, db, orgId, { addTeams, firstTeam = 1, years, today }) {
  const extraTeams = Math.max(0, addTeams);
  const months = Math.max(1, Math.round(years * 12));
  const todayIso = today.toISOString();
  const started = performance.now();
  await owner.transaction(async (em) => {
    await em.query(`SELECT set_config('work_mem', '256MB', true)`);
    const [{ hash }] = await em.query(`SELECT password_hash AS hash FROM person WHERE organization_id = $1 AND password_hash IS NOT NULL LIMIT 1`, [orgId]);
    const [{ supervisor }] = await em.query(
      `SELECT p.id AS supervisor FROM person p JOIN role_grant g ON g.person_id = p.id AND g.role = 'SUPERVISOR' WHERE p.organization_id = $1 LIMIT 1`, [orgId]);
    await em.query(`CREATE TEMP TABLE bench_team ON COMMIT DROP AS
      SELECT gen_random_uuid() AS id, k, (SELECT array_agg(id ORDER BY name) FROM program WHERE organization_id = $1) AS programs
      FROM generate_series($3::int, $3::int + $2::int - 1) k`, [orgId, extraTeams, firstTeam]);
    await em.query(`INSERT INTO team (id, organization_id, program_id, name, description)
      SELECT id, $1, programs[1 + k % array_length(programs, 1)], format('Bench team %s', lpad(k::text, 4, '0')), '' FROM bench_team`, [orgId]);
    await em.query(`CREATE TEMP TABLE bench_staff ON COMMIT DROP AS
      SELECT gen_random_uuid() AS id, t.id AS team_id, t.k, j FROM bench_team t, generate_series(1, ${STAFF_PER_TEAM}) j`);
    await em.query(`INSERT INTO person (id, organization_id, name, email, password_hash, job_title, lived_experience, started_on)
      SELECT id, $1, format('Bench staff %s-%s', k, j), format('bench-%s-%s@tandem.bench', k, j), $2, 'Peer specialist', true,
        ($3::timestamptz - make_interval(months => $4::int))::date FROM bench_staff`, [orgId, hash, todayIso, months]);
    await em.query(`INSERT INTO role_grant (organization_id, person_id, role) SELECT $1, id, 'STAFF' FROM bench_staff`, [orgId]);
    await em.query(`INSERT INTO team_membership (organization_id, person_id, team_id, starts_on)
      SELECT $1, id, team_id, ($2::timestamptz - make_interval(months => $3::int))::date FROM bench_staff`, [orgId, todayIso, months]);
    // Templates: the demo's submitted checklists, numbered within their rater type.
    await em.query(`CREATE TEMP TABLE bench_tpl ON COMMIT DROP AS
      SELECT c.*, (row_number() OVER (PARTITION BY rater_type ORDER BY id) - 1)::int AS i, count(*) OVER (PARTITION BY rater_type)::int AS cnt
      FROM checklist c WHERE organization_id = $1 AND status = 'SUBMITTED' AND team_id IS NOT NULL`, [orgId]);
    await em.query(`CREATE TEMP TABLE bench_new ON COMMIT DROP AS
      SELECT gen_random_uuid() AS id, s.id AS subject_id, s.team_id, x.rater_type, x.slot,
        $2::timestamptz - make_interval(days => m * 30 + x.slot * 6 + (s.j + s.k + m) % 5 + 1, hours => (s.k * 7 + s.j + m) % 9) AS submitted_at,
        (s.k * 131 + s.j * 17 + m * 7 + x.slot) AS pick
      FROM bench_staff s, generate_series(0, $1::int - 1) m, jsonb_to_recordset($3::jsonb) AS x(rater_type text, slot int)`,
    [months, todayIso, JSON.stringify(SLOTS.map(([rater_type, slot]) => ({ rater_type, slot })))]);
    await em.query(`ALTER TABLE bench_new ADD COLUMN tpl uuid`);
    await em.query(`UPDATE bench_new n SET tpl = t.id FROM bench_tpl t WHERE t.rater_type = n.rater_type AND t.i = n.pick % t.cnt`);
    await em.query(`INSERT INTO checklist (id, organization_id, instrument_version_id, subject_id, rater_type, rater_id, opened_by, team_id, status,
        version, revision, submitted_at, created_at, updated_at, observation_start, observation_end, scores, mutuality_index, mutuality_index_100,
        hierarchical_drift_index, medical_model_drift_index, errand_drift_index, organisational_drift_index, band)
      SELECT n.id, $1, t.instrument_version_id, n.subject_id, n.rater_type,
        CASE n.rater_type WHEN 'SELF' THEN n.subject_id WHEN 'SUPERVISOR' THEN $2::uuid END,
        CASE n.rater_type WHEN 'SELF' THEN n.subject_id WHEN 'SUPERVISOR' THEN $2::uuid END,
        n.team_id, 'SUBMITTED', 2, 1, n.submitted_at, n.submitted_at, n.submitted_at, (n.submitted_at - interval '30 days')::date, n.submitted_at::date,
        t.scores, t.mutuality_index, t.mutuality_index_100, t.hierarchical_drift_index, t.medical_model_drift_index, t.errand_drift_index,
        t.organisational_drift_index, t.band
      FROM bench_new n JOIN bench_tpl t ON t.id = n.tpl`, [orgId, supervisor]);
    await em.query(`INSERT INTO checklist_answer (organization_id, checklist_id, item_code, value, comment)
      SELECT $1, n.id, a.item_code, a.value, '' FROM bench_new n JOIN checklist_answer a ON a.organization_id = $1 AND a.checklist_id = n.tpl`, [orgId]);
  });
  const generatedMs = performance.now() - started;
  const rebuildStart = performance.now();
  const rollupRows = await owner.transaction((em) => db.rebuildRollups(em, orgId));
  const rebuildMs = performance.now() - rebuildStart;
  await owner.query('ANALYZE');
  const [counts] = await owner.query(
    `SELECT (SELECT count(*) FROM team WHERE organization_id = $1)::int AS teams,
            (SELECT count(*) FROM checklist WHERE organization_id = $1 AND status = 'SUBMITTED')::int AS checklists,
            (SELECT count(*) FROM checklist_answer WHERE organization_id = $1)::int AS answers`, [orgId]);
  return { ...counts, rollupRows, generatedMs, rebuildMs, rebuildRate: counts.checklists / (rebuildMs / 1000) };
}

const TIME_ZONE = 'America/New_York';

/**
 * Fortnightly one-to-one supervision for every generated staff member who has none yet: one recurring series each
 * (`FREQ=WEEKLY;INTERVAL=2` on a weekday at 10:00 New York time, from when they started), with the demo supervisor,
 * and every past occurrence held and documented (a completed occurrence and its note). Set-based, like the rest.
 */
export async function growSupervision(owner, orgId, { years, today }) {
  const months = Math.max(1, Math.round(years * 12));
  const todayIso = today.toISOString();
  const started = performance.now();
  await owner.transaction(async (em) => {
    await em.query(`SELECT set_config('work_mem', '256MB', true)`);
    const [{ supervisor }] = await em.query(
      `SELECT p.id AS supervisor FROM person p JOIN role_grant g ON g.person_id = p.id AND g.role = 'SUPERVISOR' WHERE p.organization_id = $1 ORDER BY p.email LIMIT 1`, [orgId]);
    await em.query(`CREATE TEMP TABLE bench_series ON COMMIT DROP AS
      SELECT gen_random_uuid() AS id, p.id AS person_id, m.team_id, p.started_on,
        date_trunc('day', ($2::timestamptz AT TIME ZONE $4) - make_interval(months => $3::int)) + interval '10 hours'
          + (abs(hashtext(p.id::text)) % 5) * interval '1 day' AS starts_local
      FROM person p JOIN team_membership m ON m.person_id = p.id AND m.ends_on IS NULL
      WHERE p.organization_id = $1 AND p.email LIKE 'bench-%@tandem.bench'
        AND NOT EXISTS (SELECT 1 FROM supervision_session_supervisee x WHERE x.organization_id = $1 AND x.supervisee_id = p.id)`,
    [orgId, todayIso, months, TIME_ZONE]);
    await em.query(`INSERT INTO supervision_assignment (organization_id, supervisor_id, supervisee_id, starts_on)
      SELECT $1, $2, person_id, started_on FROM bench_series`, [orgId, supervisor]);
    await em.query(`INSERT INTO supervision_session (id, organization_id, supervisor_id, modality, channel, duration_minutes, time_zone,
        starts_local, starts_at, recurrence, created_by)
      SELECT id, $1, $2, 'INDIVIDUAL', 'VIDEO', 60, $3, starts_local, starts_local AT TIME ZONE $3,
        'FREQ=WEEKLY;INTERVAL=2;BYDAY=' || upper(left(to_char(starts_local, 'DY'), 2)), $2
      FROM bench_series`, [orgId, supervisor, TIME_ZONE]);
    await em.query(`INSERT INTO supervision_session_supervisee (organization_id, session_id, supervisee_id) SELECT $1, id, person_id FROM bench_series`, [orgId]);
    await em.query(`CREATE TEMP TABLE bench_held ON COMMIT DROP AS
      SELECT s.id AS session_id, s.person_id, s.team_id, (s.starts_local + k * interval '14 days') AT TIME ZONE $2 AS at
      FROM bench_series s, generate_series(0, 400) k
      WHERE (s.starts_local + k * interval '14 days') AT TIME ZONE $2 < $1::timestamptz`, [todayIso, TIME_ZONE]);
    await em.query(`INSERT INTO supervision_occurrence (organization_id, session_id, original_start, starts_at, duration_minutes, status)
      SELECT $1, session_id, at, at, 60, 'COMPLETED' FROM bench_held`, [orgId]);
    await em.query(`ALTER TABLE bench_held ADD COLUMN note_id uuid`);
    await em.query(`UPDATE bench_held SET note_id = gen_random_uuid()`);
    await em.query(`INSERT INTO supervision_note (id, organization_id, session_id, original_start, held_at, team_id, session_types, dimensions, created_by)
      SELECT note_id, $1, session_id, at, at, team_id, ARRAY['SUPPORTIVE'], ARRAY['D1', 'D2'], $2 FROM bench_held`, [orgId, supervisor]);
    await em.query(`INSERT INTO supervision_note_supervisee (organization_id, note_id, supervisee_id) SELECT $1, note_id, person_id FROM bench_held`, [orgId]);
  });
  await owner.query('ANALYZE');
  const [counts] = await owner.query(
    `SELECT (SELECT count(*) FROM supervision_session WHERE organization_id = $1 AND recurrence IS NOT NULL)::int AS series,
            (SELECT count(*) FROM supervision_occurrence WHERE organization_id = $1)::int AS held,
            (SELECT count(*) FROM supervision_note WHERE organization_id = $1)::int AS notes`, [orgId]);
  return { ...counts, generatedMs: performance.now() - started };
}
