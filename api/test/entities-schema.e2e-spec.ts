import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Column, DataSource, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { ENTITIES, TeamEntity, generateMigration, migrationClassBase, pendingSchemaChanges, registerMigration } from '@tandem/database';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The entities are the data model: TypeORM's own schema builder, run against the database the migrations built, has
 * nothing to change. Anything TypeORM cannot describe is declared `synchronize: false` on the entity and listed here.
 */

// Expression indexes: TypeORM's @Index takes column names only, so these two are declared by name with
// `synchronize: false` and the schema builder neither drops nor creates them.
//  - role_grant_uq: unique on (organization_id, person_id, role, COALESCE(program_id, nil uuid)), so an organisation-wide
//    grant (program_id NULL) is unique too;
//  - checklist_org_recent_idx: (organization_id, CASE WHEN submitted_at IS NULL THEN updated_at ELSE submitted_at END DESC, id)
//    for the recent list.
//  - checklist_org_{opened_by,rater,subject_submitted}_recent_idx: the checklist list's keyset branches, each
//    (organization_id, <who>, <the same CASE> DESC, id); the rater's partial on opened_by IS DISTINCT FROM rater_id, the
//    subject's on SUBMITTED.
const NOT_DESCRIBABLE = [
  'checklist_org_opened_by_recent_idx', 'checklist_org_rater_recent_idx', 'checklist_org_recent_idx', 'checklist_org_subject_submitted_recent_idx', 'role_grant_uq',
];

const MIGRATIONS_DIR = resolve(__dirname, '..', '..', 'database', 'src', 'migrations');

/** A table an imagined feature adds: what `npm run db:migration:generate` sees after someone writes this entity. */
@Entity({ name: 'migration_probe' })
@ForeignKey(() => TeamEntity, ['organizationId', 'teamId'], ['organizationId', 'id'], { name: 'migration_probe_team_fkey' })
@Index('migration_probe_org_team_idx', ['organizationId', 'teamId'])
class MigrationProbeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('uuid', { name: 'team_id' }) teamId: string;
  @Column('text', { default: '' }) label: string;
}

let app: TestApp;
let scratch: string;

beforeAll(async () => {
  app = await startTestApp();
  scratch = mkdtempSync(join(tmpdir(), 'tandem-migration-gen-'));
});
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await app.close();
});

/** A copy of the real migrations registry in a scratch folder, so generating never touches the source tree. */
function scratchMigrations(name: string): string {
  const dir = join(scratch, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  copyFileSync(join(MIGRATIONS_DIR, 'index.ts'), join(dir, 'index.ts'));
  return dir;
}

describe('the entities describe the migrated schema', () => {
  it("TypeORM's schema diff against the migrated database is empty", async () => {
    const changes = await pendingSchemaChanges(app.owner);
    expect(changes.up.map((q) => q.query)).toEqual([]);
    expect(changes.down).toEqual([]);
  });

  it('every table the migrations create has an entity (TypeORM ignores tables it has no entity for)', async () => {
    const rows: { table_name: string }[] = await app.owner.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`);
    const mapped = new Set(app.owner.entityMetadatas.map((m) => m.tableName));
    // schema_migration is TypeORM's own record of the applied migrations.
    expect(rows.map((r) => r.table_name).filter((t) => !mapped.has(t))).toEqual(['schema_migration']);
  });

  it('only the named expression indexes are left to the migrations, and the database has each of them', async () => {
    const skipped = app.owner.entityMetadatas.flatMap((m) => m.indices.filter((i) => !i.synchronize).map((i) => i.name)).sort();
    expect(skipped).toEqual(NOT_DESCRIBABLE);
    const rows: { indexname: string; indexdef: string }[] = await app.owner.query(
      `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND indexname = ANY($1) ORDER BY indexname`, [NOT_DESCRIBABLE]);
    expect(rows.map((r) => r.indexname)).toEqual(NOT_DESCRIBABLE);
    // Each is keyed by an expression (role_grant's COALESCE, the checklist list's CASE), which is why TypeORM cannot say it.
    for (const row of rows) expect(row.indexdef).toMatch(/COALESCE|CASE/);
  });

  it('a composite tenant foreign key in an entity is one the database enforces', async () => {
    const team = app.owner.getMetadata(TeamEntity);
    const fk = team.foreignKeys.find((f) => f.name === 'team_organization_id_program_id_fkey');
    expect(fk?.columnNames).toEqual(['organization_id', 'program_id']);
    expect(fk?.referencedColumnNames).toEqual(['organization_id', 'id']);
    const [org] = await app.owner.query(`INSERT INTO organization (id, name) VALUES (gen_random_uuid(), 'FK probe') RETURNING id`);
    await expect(app.owner.query(`INSERT INTO team (organization_id, program_id, name) VALUES ($1, gen_random_uuid(), 'T')`, [org.id]))
      .rejects.toThrow(/team_organization_id_program_id_fkey/);
  });
});

describe('db:migration:generate', () => {
  it('with no entity change reports nothing to generate and writes no file', async () => {
    const dir = scratchMigrations('unchanged');
    const before = readFileSync(join(dir, 'index.ts'), 'utf8');
    await expect(generateMigration(app.owner, { name: 'Nothing', timestamp: 1764250000000, migrationsDir: dir })).resolves.toBeNull();
    expect(readdirSync(dir)).toEqual(['index.ts']);
    expect(readFileSync(join(dir, 'index.ts'), 'utf8')).toBe(before);
  });

  it('writes and registers a migration from a new entity whose statements bring the database to agree', async () => {
    const options = app.owner.options as PostgresConnectionOptions;
    const probe = new DataSource({ ...options, entities: [...ENTITIES, MigrationProbeEntity], poolSize: 3 });
    await probe.initialize();
    try {
      const dir = scratchMigrations('probe');
      const generated = await generateMigration(probe, { name: 'add-migration-probe', timestamp: 1764250000001, migrationsDir: dir });
      expect(generated?.className).toBe('AddMigrationProbe1764250000001');
      expect(readdirSync(dir).sort()).toEqual(['1764250000001-add-migration-probe.ts', 'index.ts']);
      const source = readFileSync(generated!.file, 'utf8');
      expect(source).toContain('export class AddMigrationProbe1764250000001 implements MigrationInterface');
      expect(source).toMatch(/CREATE TABLE "migration_probe" \("id" uuid NOT NULL DEFAULT gen_random_uuid\(\)/);
      expect(source).toMatch(/ADD CONSTRAINT "migration_probe_team_fkey" FOREIGN KEY \("organization_id", "team_id"\) REFERENCES "team"\("organization_id", ?"id"\)/);
      expect(source).toMatch(/CREATE INDEX "migration_probe_org_team_idx"/);
      expect(source).toMatch(/DROP TABLE "migration_probe"/);
      const index = readFileSync(join(dir, 'index.ts'), 'utf8');
      expect(index).toContain(`import { AddMigrationProbe1764250000001 } from './1764250000001-add-migration-probe';`);
      expect(index).toMatch(/\w+\d{13}, AddMigrationProbe1764250000001\];/); // appended after the last one

      // The generated statements, applied and reverted, move the database exactly between the two models.
      const changes = await pendingSchemaChanges(probe);
      const runner = probe.createQueryRunner();
      try {
        for (const q of changes.up) await runner.query(q.query, q.parameters);
        expect((await pendingSchemaChanges(probe)).up).toEqual([]);
        for (const q of changes.down) await runner.query(q.query, q.parameters);
        expect((await pendingSchemaChanges(app.owner)).up).toEqual([]);
      } finally {
        await runner.release();
      }
    } finally {
      await probe.destroy();
    }
  });

  it('refuses a name that cannot be a class name, and a registry without a MIGRATIONS list', () => {
    expect(migrationClassBase('add_team-colour')).toBe('AddTeamColour');
    expect(() => migrationClassBase('9lives')).toThrow(/must be letters and digits/);
    expect(() => migrationClassBase('drop table; --')).toThrow(/must be letters and digits/);
    expect(() => registerMigration(`import { A1 } from './1-a';\nexport const OTHER = [A1];\n`, 'B2', '2-b')).toThrow(/MIGRATIONS/);
  });
});
