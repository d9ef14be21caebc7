import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'instrument' })
@Index('instrument_org_key_uq', ['organizationId', 'key'], { unique: true })
export class InstrumentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('text') key: string;
  @Column('text') title: string;
  @Column('text', { default: '' }) description: string;
  @Column('text') level: 'PRACTITIONER' | 'ORGANISATION';
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** An instrument version; immutable once PUBLISHED (enforced by a trigger). `definition` is an InstrumentDefinition. */
@Entity({ name: 'instrument_version' })
export class InstrumentVersionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('uuid', { name: 'instrument_id' }) instrumentId: string;
  @Column('int') version: number;
  @Column('text') status: 'DRAFT' | 'PUBLISHED';
  @Column('jsonb') definition: unknown;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'published_at', nullable: true }) publishedAt: Date | null;
}

@Entity({ name: 'checklist' })
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
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity({ name: 'checklist_answer' })
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
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** How often each rater type is due, per program (defaults: self monthly, supervisor quarterly, person served twice a year). */
@Entity({ name: 'checklist_policy' })
export class ChecklistPolicyEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId: string;
  @PrimaryColumn('uuid', { name: 'program_id' }) programId: string;
  @Column('int', { name: 'self_every_days', default: 30 }) selfEveryDays: number;
  @Column('int', { name: 'supervisor_every_days', default: 91 }) supervisorEveryDays: number;
  @Column('int', { name: 'person_served_every_days', default: 182 }) personServedEveryDays: number;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** One-time link for a person served to give their view; stores nothing identifying about them. */
@Entity({ name: 'person_served_link' })
export class PersonServedLinkEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('uuid', { name: 'subject_id' }) subjectId: string;
  @Column('uuid', { name: 'instrument_version_id' }) instrumentVersionId: string;
  @Column('text', { name: 'token_hash' }) tokenHash: string;
  @Column('uuid', { name: 'created_by' }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt: Date;
  @Column('timestamptz', { name: 'used_at', nullable: true }) usedAt: Date | null;
  @Column('uuid', { name: 'checklist_id', nullable: true }) checklistId: string | null;
}

/** count / sum / sum of squares of one metric in one team × period × rater type (see migration 1763730000000). */
@Entity({ name: 'metric_rollup' })
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
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
