import type { MigrationInterface, QueryRunner } from 'typeorm';
import { enableTenantRls, grantAppAccess } from './rls-helpers';

/**
 * Safe signing: the supervisor finalises a note before anyone signs it (finalized_at), and every signature (or the
 * finalisation) that a later change takes away is kept as a row, so the note can say whose signature was withdrawn,
 * when and by whose change. Append-only for the application.
 */
export class SafeSigning1764120000000 implements MigrationInterface {
  name = 'SafeSigning1764120000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE supervision_note ADD COLUMN finalized_at timestamptz, ADD COLUMN finalized_by uuid`);
    // Notes signed before this change were, in effect, finalised when the supervisor signed.
    await q.query(`ALTER TABLE supervision_note DISABLE TRIGGER supervision_note_locked_guard`);
    await q.query(`UPDATE supervision_note SET finalized_at = supervisor_signed_at, finalized_by = supervisor_signed_by WHERE supervisor_signed_at IS NOT NULL`);
    await q.query(`ALTER TABLE supervision_note ENABLE TRIGGER supervision_note_locked_guard`);
    await q.query(`
      CREATE TABLE supervision_signature_withdrawal (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        note_id uuid NOT NULL,
        person_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('FINALIZED','SUPERVISOR_SIGNATURE','SUPERVISEE_SIGNATURE')),
        signed_at timestamptz NOT NULL,
        changed_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (id),
        FOREIGN KEY (organization_id, note_id) REFERENCES supervision_note (organization_id, id),
        FOREIGN KEY (organization_id, person_id) REFERENCES person (organization_id, id),
        FOREIGN KEY (organization_id, changed_by) REFERENCES person (organization_id, id)
      )`);
    await q.query(`CREATE INDEX supervision_signature_withdrawal_org_note_idx ON supervision_signature_withdrawal (organization_id, note_id, created_at)`);
    await enableTenantRls(q, 'supervision_signature_withdrawal');
    await grantAppAccess(q, 'supervision_signature_withdrawal', ['SELECT', 'INSERT']);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE supervision_signature_withdrawal`);
    await q.query(`ALTER TABLE supervision_note DROP COLUMN finalized_at, DROP COLUMN finalized_by`);
  }
}
