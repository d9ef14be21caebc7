import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from './organization.entity';
import { PersonEntity } from './person.entity';
import { TeamEntity } from './team.entity';
import { ProgramEntity } from './program.entity';

@Entity({ name: 'instrument' })
@Index('instrument_org_key_uq', ['organizationId', 'key'], { unique: true })
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], { name: 'instrument_organization_id_fkey' })
@Unique('instrument_organization_id_id_key', ['organizationId', 'id'])
@Check('instrument_key_check', "(key ~ '^[a-z0-9][a-z0-9-]{1,62}$'::text)")
@Check('instrument_level_check', "(level = ANY (ARRAY['PRACTITIONER'::text, 'ORGANISATION'::text]))")
export class InstrumentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('text') key: string;
  @Column('text') title: string;
  @Column('text', { default: '' }) description: string;
  @Column('text') level: 'PRACTITIONER' | 'ORGANISATION';
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'app_now()' }) createdAt: Date;
}

/** An instrument version; immutable once PUBLISHED (enforced by a trigger). `definition` is an InstrumentDefinition. */
@Entity({ name: 'instrument_version' })
@ForeignKey(() => InstrumentEntity, ['organizationId', 'instrumentId'], ['organizationId', 'id'], { name: 'instrument_version_organization_id_instrument_id_fkey' })
@Unique('instrument_version_organization_id_id_key', ['organizationId', 'id'])
@Index('instrument_version_uq', ['organizationId', 'instrumentId', 'version'], { unique: true })
@Index('instrument_version_one_draft_uq', ['organizationId', 'instrumentId'], { unique: true, where: "(status = 'DRAFT'::text)" })
@Check('instrument_version_version_check', "(version > 0)")
@Check('instrument_version_status_check', "(status = ANY (ARRAY['DRAFT'::text, 'PUBLISHED'::text]))")
export class InstrumentVersionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('uuid', { name: 'instrument_id' }) instrumentId: string;
  @Column('int') version: number;
  @Column('text') status: 'DRAFT' | 'PUBLISHED';
  @Column('jsonb') definition: unknown;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'app_now()' }) createdAt: Date;
  @Column('timestamptz', { name: 'published_at', nullable: true }) publishedAt: Date | null;
}

@Entity({ name: 'checklist' })
@ForeignKey(() => InstrumentVersionEntity, ['organizationId', 'instrumentVersionId'], ['organizationId', 'id'], { name: 'checklist_organization_id_instrument_version_id_fkey' })
@ForeignKey(() => PersonEntity, ['organizationId', 'subjectId'], ['organizationId', 'id'], { name: 'checklist_organization_id_subject_id_fkey' })
@ForeignKey(() => PersonEntity, ['organizationId', 'raterId'], ['organizationId', 'id'], { name: 'checklist_organization_id_rater_id_fkey' })
@ForeignKey(() => PersonEntity, ['organizationId', 'openedBy'], ['organizationId', 'id'], { name: 'checklist_organization_id_opened_by_fkey' })
@ForeignKey(() => TeamEntity, ['organizationId', 'teamId'], ['organizationId', 'id'], { name: 'checklist_organization_id_team_id_fkey' })
@Unique('checklist_organization_id_id_key', ['organizationId', 'id'])
@Index('checklist_org_subject_idx', ['organizationId', 'subjectId', 'submittedAt'])
@Index('checklist_org_rater_idx', ['organizationId', 'raterId', 'status'])
@Index('checklist_org_team_idx', ['organizationId', 'teamId', 'submittedAt'])
@Index('checklist_idempotency_uq', ['organizationId', 'idempotencyKey'], { unique: true, where: "(idempotency_key IS NOT NULL)" })
// The checklist list's indexes, keyed by (CASE WHEN submitted_at IS NULL THEN updated_at ELSE submitted_at END) DESC, id:
// expression indexes TypeORM cannot describe, so the schema builder leaves them to their migration
// (ChecklistListRlsKeyset; a CASE, not a COALESCE, so the keyset condition is an index condition under row-level security).
@Index('checklist_org_recent_idx', { synchronize: false })
@Index('checklist_org_opened_by_recent_idx', { synchronize: false })
@Index('checklist_org_rater_recent_idx', { synchronize: false })
@Index('checklist_org_subject_submitted_recent_idx', { synchronize: false })
@Check('checklist_rater_type_check', "(rater_type = ANY (ARRAY['SELF'::text, 'SUPERVISOR'::text, 'PERSON_SERVED'::text, 'REVIEWER'::text]))")
@Check('checklist_status_check', "(status = ANY (ARRAY['DRAFT'::text, 'SUBMITTED'::text]))")
@Check('checklist_band_check', "(band = ANY (ARRAY['HIGH'::text, 'MODERATE'::text, 'LOW'::text]))")
@Check('checklist_check', "((rater_type = 'PERSON_SERVED'::text) OR (rater_id IS NOT NULL))")
@Check('checklist_check1', "((observation_end IS NULL) OR (observation_start IS NULL) OR (observation_end >= observation_start))")
export class ChecklistEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('uuid', { name: 'instrument_version_id' }) instrumentVersionId: string;
  @Column('uuid', { name: 'subject_id' }) subjectId: string;
  @Column('text', { name: 'rater_type' }) raterType: string;
  /** Null only for PERSON_SERVED checklists, which store no identifying data of the person served. */
  @Column('uuid', { name: 'rater_id', nullable: true }) raterId: string | null;
  /** Who opened the checklist: the rater, or for PERSON_SERVED the staff member who handed over the tablet (null via link). */
  @Column('uuid', { name: 'opened_by', nullable: true }) openedBy: string | null;
  @Column('text', { default: 'DRAFT' }) status: 'DRAFT' | 'SUBMITTED';
  /** Optimistic-concurrency version, bumped by every write. */
  @Column('int', { default: 1 }) version: number;
  /** 0 while a draft; 1 on submission; +1 per amendment. */
  @Column('int', { default: 0 }) revision: number;
  @Column('date', { name: 'observation_start', nullable: true }) observationStart: string | null;
  @Column('date', { name: 'observation_end', nullable: true }) observationEnd: string | null;
  /** The subject's team when the checklist was submitted (for team series). */
  @Column('uuid', { name: 'team_id', nullable: true }) teamId: string | null;
  @Column('text', { name: 'idempotency_key', nullable: true }) idempotencyKey: string | null;
  @Column('timestamptz', { name: 'submitted_at', nullable: true }) submittedAt: Date | null;
  @Column('jsonb', { nullable: true }) scores: unknown;
  @Column('numeric', { name: 'mutuality_index', precision: 4, scale: 2, nullable: true }) mutualityIndex: string | null;
  @Column('numeric', { name: 'mutuality_index_100', precision: 5, scale: 1, nullable: true }) mutualityIndex100: string | null;
  @Column('numeric', { name: 'hierarchical_drift_index', precision: 5, scale: 1, nullable: true }) hierarchicalDriftIndex: string | null;
  @Column('numeric', { name: 'medical_model_drift_index', precision: 5, scale: 1, nullable: true }) medicalModelDriftIndex: string | null;
  @Column('numeric', { name: 'errand_drift_index', precision: 5, scale: 1, nullable: true }) errandDriftIndex: string | null;
  @Column('numeric', { name: 'organisational_drift_index', precision: 5, scale: 1, nullable: true }) organisationalDriftIndex: string | null;
  @Column('text', { nullable: true }) band: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'app_now()' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', default: () => 'app_now()' }) updatedAt: Date;
}

@Entity({ name: 'checklist_answer' })
@ForeignKey(() => ChecklistEntity, ['organizationId', 'checklistId'], ['organizationId', 'id'], { name: 'checklist_answer_organization_id_checklist_id_fkey', onDelete: 'CASCADE' })
@Check('checklist_answer_value_check', "((value >= 1) AND (value <= 5))")
@Check('checklist_answer_comment_check', "(length(comment) <= 2000)")
export class ChecklistAnswerEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId: string;
  @PrimaryColumn('uuid', { name: 'checklist_id' }) checklistId: string;
  @PrimaryColumn('text', { name: 'item_code' }) itemCode: string;
  /** 1–5, or null for "not applicable". */
  @Column('smallint', { nullable: true }) value: number | null;
  @Column('text', { default: '' }) comment: string;
}

/** A submitted revision kept when a checklist is amended (history is never overwritten). */
@Entity({ name: 'checklist_revision' })
@ForeignKey(() => ChecklistEntity, ['organizationId', 'checklistId'], ['organizationId', 'id'], { name: 'checklist_revision_organization_id_checklist_id_fkey', onDelete: 'CASCADE' })
@Index('checklist_revision_uq', ['organizationId', 'checklistId', 'revision'], { unique: true })
export class ChecklistRevisionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('uuid', { name: 'checklist_id' }) checklistId: string;
  @Column('int') revision: number;
  @Column('jsonb') answers: unknown;
  @Column('jsonb', { nullable: true }) scores: unknown;
  @Column('timestamptz', { name: 'submitted_at', nullable: true }) submittedAt: Date | null;
  @Column('uuid', { name: 'amended_by', nullable: true }) amendedBy: string | null;
  @Column('text', { default: '' }) reason: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'app_now()' }) createdAt: Date;
}

/** How often each rater type is due, per program (defaults: self monthly, supervisor quarterly, person served twice a year). */
@Entity({ name: 'checklist_policy' })
@ForeignKey(() => ProgramEntity, ['organizationId', 'programId'], ['organizationId', 'id'], { name: 'checklist_policy_organization_id_program_id_fkey' })
@Check('checklist_policy_self_every_days_check', "((self_every_days >= 7) AND (self_every_days <= 730))")
@Check('checklist_policy_supervisor_every_days_check', "((supervisor_every_days >= 7) AND (supervisor_every_days <= 730))")
@Check('checklist_policy_person_served_every_days_check', "((person_served_every_days >= 7) AND (person_served_every_days <= 730))")
export class ChecklistPolicyEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId: string;
  @PrimaryColumn('uuid', { name: 'program_id' }) programId: string;
  @Column('int', { name: 'self_every_days', default: 30 }) selfEveryDays: number;
  @Column('int', { name: 'supervisor_every_days', default: 91 }) supervisorEveryDays: number;
  @Column('int', { name: 'person_served_every_days', default: 182 }) personServedEveryDays: number;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', default: () => 'app_now()' }) updatedAt: Date;
}

/** One-time link for a person served to give their view; stores nothing identifying about them. */
@Entity({ name: 'person_served_link' })
@ForeignKey(() => PersonEntity, ['organizationId', 'subjectId'], ['organizationId', 'id'], { name: 'person_served_link_organization_id_subject_id_fkey' })
@ForeignKey(() => InstrumentVersionEntity, ['organizationId', 'instrumentVersionId'], ['organizationId', 'id'], { name: 'person_served_link_organization_id_instrument_version_id_fkey' })
@Index('person_served_link_token_uq', ['tokenHash'], { unique: true })
@Index('person_served_link_org_subject_idx', ['organizationId', 'subjectId'])
export class PersonServedLinkEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('uuid', { name: 'subject_id' }) subjectId: string;
  @Column('uuid', { name: 'instrument_version_id' }) instrumentVersionId: string;
  @Column('text', { name: 'token_hash' }) tokenHash: string;
  @Column('uuid', { name: 'created_by' }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'app_now()' }) createdAt: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
  @Column('timestamptz', { name: 'used_at', nullable: true }) usedAt: Date | null;
  @Column('uuid', { name: 'checklist_id', nullable: true }) checklistId: string | null;
}

/**
 * count / sum / sum of squares of one metric in one team × period × rater type (see migration 1763730000000). Its team
 * is checked once per statement, through the team's revision row (`AnalyticsTeamRevisionEntity`, migration 1764330000000).
 */
@Entity({ name: 'metric_rollup' })
@Index('metric_rollup_org_period_idx', ['organizationId', 'periodType', 'periodStart', 'metric'])
@Check('metric_rollup_period_type_check', "(period_type = ANY (ARRAY['WEEK'::text, 'MONTH'::text]))")
export class MetricRollupEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId: string;
  @PrimaryColumn('uuid', { name: 'team_id' }) teamId: string;
  @PrimaryColumn('text', { name: 'period_type' }) periodType: 'WEEK' | 'MONTH';
  @PrimaryColumn('date', { name: 'period_start' }) periodStart: string;
  @PrimaryColumn('text', { name: 'rater_type' }) raterType: string;
  @PrimaryColumn('text') metric: string;
  @Column('int', { default: 0 }) count: number;
  @Column('double precision', { default: 0 }) sum: number;
  @Column('double precision', { name: 'sum_sq', default: 0 }) sumSq: number;
}

/** A note on the drift charts (training, staffing change, policy change …) for a team or a person. */
@Entity({ name: 'annotation' })
@ForeignKey(() => TeamEntity, ['organizationId', 'teamId'], ['organizationId', 'id'], { name: 'annotation_organization_id_team_id_fkey' })
@ForeignKey(() => PersonEntity, ['organizationId', 'personId'], ['organizationId', 'id'], { name: 'annotation_organization_id_person_id_fkey' })
@Index('annotation_org_team_idx', ['organizationId', 'teamId', 'onDate'])
@Check('annotation_label_check', "((length(label) >= 1) AND (length(label) <= 200))")
@Check('annotation_kind_check', "(kind = ANY (ARRAY['NOTE'::text, 'TRAINING'::text, 'POLICY'::text, 'STAFFING'::text, 'OTHER'::text]))")
export class AnnotationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('uuid', { name: 'team_id', nullable: true }) teamId: string | null;
  @Column('uuid', { name: 'person_id', nullable: true }) personId: string | null;
  @Column('date', { name: 'on_date' }) onDate: string;
  @Column('text') label: string;
  @Column('text', { default: '' }) details: string;
  @Column('text', { default: 'NOTE' }) kind: string;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'app_now()' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', default: () => 'app_now()' }) updatedAt: Date;
}
