import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Actions as a first-class list (issue 13). An action belongs to a team, a supervisor's caseload or one person; one
 * created from a drift signal carries the signal's metric, period, rule and direction, so the Actions page can show
 * the figure before and after. At most one OPEN action per signal (outside notes) (a duplicate is refused, pointing to the first).
 */
export class ActionScopes1764130000000 implements MigrationInterface {
  name = 'ActionScopes1764130000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE supervision_action_item
        ADD COLUMN scope text NOT NULL DEFAULT 'PERSON' CHECK (scope IN ('PERSON','TEAM','CASELOAD')),
        ADD COLUMN caseload_supervisor_id uuid,
        ADD COLUMN metric text CHECK (metric ~ '^(MFI|HDI|MDI|EDI|ODI|DIM:D[1-7])$'),
        ADD COLUMN signal_period text CHECK (length(signal_period) <= 20),
        ADD COLUMN signal_rule text CHECK (length(signal_rule) <= 40),
        ADD COLUMN signal_direction text CHECK (signal_direction IN ('worse','better')),
        ADD FOREIGN KEY (organization_id, caseload_supervisor_id) REFERENCES person (organization_id, id)`);
    // Existing dashboard actions were about the dimension they named (or the index when none).
    await q.query(`UPDATE supervision_action_item SET metric = CASE WHEN dimension IS NULL THEN 'MFI' ELSE 'DIM:' || dimension END
                   WHERE note_id IS NULL AND metric IS NULL`);
    // The old rule (a dashboard action always names a supervisee) gives way to one per scope.
    const old = await q.query(`
      SELECT conname FROM pg_constraint
      WHERE conrelid = 'supervision_action_item'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%note_id IS NOT NULL%'`) as { conname: string }[];
    for (const c of old) await q.query(`ALTER TABLE supervision_action_item DROP CONSTRAINT "${c.conname}"`);
    await q.query(`
      ALTER TABLE supervision_action_item ADD CONSTRAINT supervision_action_item_scope_rule_check CHECK (
        note_id IS NOT NULL
        OR (scope = 'PERSON' AND supervisee_id IS NOT NULL AND team_id IS NOT NULL)
        OR (scope = 'TEAM' AND team_id IS NOT NULL AND supervisee_id IS NULL)
        OR (scope = 'CASELOAD' AND caseload_supervisor_id IS NOT NULL AND supervisee_id IS NULL))`);
    // Keep only the earliest of any open duplicates (none in practice) before the rule applies.
    await q.query(`
      UPDATE supervision_action_item ai SET status = 'DROPPED', completed_at = app_now()
      WHERE ai.status = 'OPEN' AND ai.drift_signal_id IS NOT NULL AND ai.note_id IS NULL AND EXISTS (
        SELECT 1 FROM supervision_action_item o WHERE o.organization_id = ai.organization_id AND o.drift_signal_id = ai.drift_signal_id
          AND o.status = 'OPEN' AND o.note_id IS NULL AND (o.created_at, o.id) < (ai.created_at, ai.id))`);
    await q.query(`CREATE UNIQUE INDEX supervision_action_item_open_signal_uq ON supervision_action_item (organization_id, drift_signal_id)
                   WHERE status = 'OPEN' AND drift_signal_id IS NOT NULL AND note_id IS NULL`);
    await q.query(`CREATE INDEX supervision_action_item_org_status_due_idx ON supervision_action_item (organization_id, status, due_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX IF EXISTS supervision_action_item_org_status_due_idx');
    await q.query('DROP INDEX IF EXISTS supervision_action_item_open_signal_uq');
    await q.query('ALTER TABLE supervision_action_item DROP CONSTRAINT IF EXISTS supervision_action_item_scope_rule_check');
    await q.query(`DELETE FROM supervision_action_item WHERE note_id IS NULL AND supervisee_id IS NULL`);
    await q.query(`ALTER TABLE supervision_action_item ADD CHECK (note_id IS NOT NULL OR (supervisee_id IS NOT NULL AND team_id IS NOT NULL))`);
    await q.query(`ALTER TABLE supervision_action_item DROP COLUMN signal_direction, DROP COLUMN signal_rule, DROP COLUMN signal_period,
                   DROP COLUMN metric, DROP COLUMN caseload_supervisor_id, DROP COLUMN scope`);
  }
}
