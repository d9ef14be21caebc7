import { Check, Column, CreateDateColumn, Entity, ForeignKey, Generated, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { PersonEntity } from './person.entity';
import { TeamEntity } from './team.entity';
import { ChecklistEntity } from './checklist.entities';
import { ProgramEntity } from './program.entity';
import { OrganizationEntity } from './organization.entity';

/**
 * A supervision session: one-off, or a series by RRULE. DTSTART is kept as local wall time plus an IANA zone so a
 * weekly 10:00 stays at 10:00 across daylight-saving changes; `startsAt` is the same moment as an instant.
 */
@Entity({ name: 'supervision_session' })
@Index('supervision_session_org_supervisor_idx', ['organizationId', 'supervisorId', 'startsAt'])
@Index('supervision_session_org_span_idx', ['organizationId', 'startsAt', 'seriesEndsAt'])
@ForeignKey(() => SupervisionSessionEntity, ['organizationId', 'previousSessionId'], ['organizationId', 'id'], { name: 'supervision_session_organization_id_previous_session_id_fkey' })
@ForeignKey(() => PersonEntity, ['organizationId', 'supervisorId'], ['organizationId', 'id'], { name: 'supervision_session_organization_id_supervisor_id_fkey' })
@ForeignKey(() => PersonEntity, ['organizationId', 'createdBy'], ['organizationId', 'id'], { name: 'supervision_session_organization_id_created_by_fkey' })
@Unique('supervision_session_organization_id_id_key', ['organizationId', 'id'])
@Check('supervision_session_title_check', "(length(title) <= 200)")
@Check('supervision_session_modality_check', "(modality = ANY (ARRAY['INDIVIDUAL'::text, 'GROUP'::text, 'PEER_COREFLECTION'::text, 'OBSERVATION'::text]))")
@Check('supervision_session_channel_check', "(channel = ANY (ARRAY['IN_PERSON'::text, 'VIDEO'::text, 'PHONE'::text]))")
@Check('supervision_session_duration_minutes_check', "((duration_minutes >= 15) AND (duration_minutes <= 480))")
@Check('supervision_session_location_check', "(length(location) <= 500)")
@Check('supervision_session_link_check', "(length(link) <= 1000)")
@Check('supervision_session_check', "((NOT ad_hoc) OR (recurrence IS NULL))")
@Check('supervision_session_check1', "((series_ends_at IS NULL) OR (series_ends_at > starts_at))")
export class SupervisionSessionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('uuid', { name: 'supervisor_id' }) supervisorId: string;
  @Column('text', { default: '' }) title: string;
  @Column('text') modality: 'INDIVIDUAL' | 'GROUP' | 'PEER_COREFLECTION' | 'OBSERVATION';
  @Column('text') channel: 'IN_PERSON' | 'VIDEO' | 'PHONE';
  @Column('int', { name: 'duration_minutes' }) durationMinutes: number;
  /** IANA time zone of the series, e.g. Europe/London. */
  @Column('text', { name: 'time_zone' }) timeZone: string;
  /** DTSTART as local wall time in `timeZone`. */
  @Column('timestamp', { name: 'starts_local' }) startsLocal: Date;
  @Column('timestamptz', { name: 'starts_at' }) startsAt: Date;
  /** RFC 5545 RRULE value without DTSTART (UNTIL in UTC); null for a one-off session. */
  @Column('text', { nullable: true }) recurrence: string | null;
  /** End of the last occurrence; null while the series is open-ended. */
  @Column('timestamptz', { name: 'series_ends_at', nullable: true }) seriesEndsAt: Date | null;
  @Column('text', { default: '' }) location: string;
  @Column('text', { default: '' }) link: string;
  /** Recorded after the fact (documented but never scheduled). */
  @Column('boolean', { name: 'ad_hoc', default: false }) adHoc: boolean;
  /** The series this one continues after its timing was changed mid-way. */
  @Column('uuid', { name: 'previous_session_id', nullable: true }) previousSessionId: string | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @Column('int', { default: 1 }) version: number;
  /** iCalendar SEQUENCE, bumped when the timing changes. */
  @Column('int', { default: 0 }) sequence: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'app_now()' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', default: () => 'app_now()' }) updatedAt: Date;
}

@Entity({ name: 'supervision_session_supervisee' })
@Index('supervision_session_supervisee_org_person_idx', ['organizationId', 'superviseeId'])
@ForeignKey(() => SupervisionSessionEntity, ['organizationId', 'sessionId'], ['organizationId', 'id'], { name: 'supervision_session_supervisee_organization_id_session_id_fkey', onDelete: 'CASCADE' })
@ForeignKey(() => PersonEntity, ['organizationId', 'superviseeId'], ['organizationId', 'id'], { name: 'supervision_session_supervise_organization_id_supervisee_i_fkey' })
export class SupervisionSessionSuperviseeEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId: string;
  @PrimaryColumn('uuid', { name: 'session_id' }) sessionId: string;
  @PrimaryColumn('uuid', { name: 'supervisee_id' }) superviseeId: string;
}

/** An occurrence that differs from its rule (moved, cancelled, completed, missed, documented). Keyed by its original start. */
@Entity({ name: 'supervision_occurrence' })
@Index('supervision_occurrence_org_start_idx', ['organizationId', 'startsAt'])
@ForeignKey(() => SupervisionSessionEntity, ['organizationId', 'sessionId'], ['organizationId', 'id'], { name: 'supervision_occurrence_organization_id_session_id_fkey', onDelete: 'CASCADE' })
@ForeignKey(() => PersonEntity, ['organizationId', 'updatedBy'], ['organizationId', 'id'], { name: 'supervision_occurrence_organization_id_updated_by_fkey' })
@Unique('supervision_occurrence_organization_id_id_key', ['organizationId', 'id'])
@Unique('supervision_occurrence_organization_id_session_id_original__key', ['organizationId', 'sessionId', 'originalStart'])
@Check('supervision_occurrence_duration_minutes_check', "((duration_minutes >= 15) AND (duration_minutes <= 480))")
@Check('supervision_occurrence_status_check', "(status = ANY (ARRAY['SCHEDULED'::text, 'COMPLETED'::text, 'CANCELLED'::text, 'MISSED'::text]))")
@Check('supervision_occurrence_status_reason_check', "(length(status_reason) <= 500)")
export class SupervisionOccurrenceEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('uuid', { name: 'session_id' }) sessionId: string;
  /** The start the rule gave this occurrence (its iCalendar RECURRENCE-ID). */
  @Column('timestamptz', { name: 'original_start' }) originalStart: Date;
  @Column('timestamptz', { name: 'starts_at' }) startsAt: Date;
  @Column('int', { name: 'duration_minutes' }) durationMinutes: number;
  @Column('text', { default: 'SCHEDULED' }) status: 'SCHEDULED' | 'COMPLETED' | 'CANCELLED' | 'MISSED';
  @Column('text', { name: 'status_reason', default: '' }) statusReason: string;
  @Column('text', { nullable: true }) location: string | null;
  @Column('text', { nullable: true }) link: string | null;
  @Column('int', { default: 0 }) sequence: number;
  @Column('uuid', { name: 'updated_by', nullable: true }) updatedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'app_now()' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', default: () => 'app_now()' }) updatedAt: Date;
}

/** One structured record per held occurrence. Locked (immutable, enforced by a trigger) once everyone has signed. */
@Entity({ name: 'supervision_note' })
@Index('supervision_note_org_held_idx', ['organizationId', 'heldAt'])
@Index('supervision_note_org_team_held_idx', ['organizationId', 'teamId', 'heldAt'])
@ForeignKey(() => SupervisionOccurrenceEntity, ['organizationId', 'sessionId', 'originalStart'], ['organizationId', 'sessionId', 'originalStart'], { name: 'supervision_note_organization_id_session_id_original_start_fkey' })
@ForeignKey(() => TeamEntity, ['organizationId', 'teamId'], ['organizationId', 'id'], { name: 'supervision_note_organization_id_team_id_fkey' })
@ForeignKey(() => PersonEntity, ['organizationId', 'supervisorSignedBy'], ['organizationId', 'id'], { name: 'supervision_note_organization_id_supervisor_signed_by_fkey' })
@ForeignKey(() => PersonEntity, ['organizationId', 'createdBy'], ['organizationId', 'id'], { name: 'supervision_note_organization_id_created_by_fkey' })
@Unique('supervision_note_organization_id_id_key', ['organizationId', 'id'])
@Unique('supervision_note_organization_id_session_id_original_start_key', ['organizationId', 'sessionId', 'originalStart'])
@Check('supervision_note_status_check', "(status = ANY (ARRAY['DRAFT'::text, 'SIGNED_BY_SUPERVISOR'::text, 'SIGNED_BY_SUPERVISEE'::text, 'LOCKED'::text]))")
@Check('supervision_note_session_types_check', "(session_types <@ ARRAY['ADMINISTRATIVE'::text, 'SUPPORTIVE'::text, 'EDUCATIONAL'::text, 'CLINICAL_CONSULTATION'::text])")
@Check('supervision_note_dimensions_check', "(dimensions <@ ARRAY['D1'::text, 'D2'::text, 'D3'::text, 'D4'::text, 'D5'::text, 'D6'::text, 'D7'::text])")
@Check('supervision_note_strengths_check', "(length(strengths) <= 10000)")
@Check('supervision_note_concerns_check', "(length(concerns) <= 10000)")
@Check('supervision_note_supervisor_note_check', "(length(supervisor_note) <= 20000)")
@Check('supervision_note_check', "((status = 'LOCKED'::text) = (locked_at IS NOT NULL))")
export class SupervisionNoteEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('uuid', { name: 'session_id' }) sessionId: string;
  @Column('timestamptz', { name: 'original_start' }) originalStart: Date;
  /** When the occurrence actually took place (for per-month aggregates). */
  @Column('timestamptz', { name: 'held_at' }) heldAt: Date;
  /** The (first) supervisee's team when the note was written. */
  @Column('uuid', { name: 'team_id', nullable: true }) teamId: string | null;
  @Column('text', { default: 'DRAFT' }) status: 'DRAFT' | 'SIGNED_BY_SUPERVISOR' | 'SIGNED_BY_SUPERVISEE' | 'LOCKED';
  /** Optimistic-concurrency version, bumped by every write of either party. */
  @Column('int', { default: 1 }) version: number;
  @Column('text', { name: 'session_types', array: true, default: () => `'{}'` }) sessionTypes: string[];
  @Column('text', { array: true, default: () => `'{}'` }) dimensions: string[];
  @Column('text', { name: 'drift_codes', array: true, default: () => `'{}'` }) driftCodes: string[];
  @Column('text', { default: '' }) strengths: string;
  @Column('text', { default: '' }) concerns: string;
  @Column('text', { name: 'supervisor_note', default: '' }) supervisorNote: string;
  /** Weighted language-reflection totals per pattern over the note's text (see @tandem/shared reflectLanguage). */
  @Column('jsonb', { name: 'language_totals', default: {} }) languageTotals: Record<string, number>;
  @Column('int', { name: 'language_word_count', default: 0 }) languageWordCount: number;
  /** When the supervisor finalised the record for signing; a supervisor's change takes it back. */
  @Column('timestamptz', { name: 'finalized_at', nullable: true }) finalizedAt: Date | null;
  @Column('uuid', { name: 'finalized_by', nullable: true }) finalizedBy: string | null;
  @Column('timestamptz', { name: 'supervisor_signed_at', nullable: true }) supervisorSignedAt: Date | null;
  @Column('uuid', { name: 'supervisor_signed_by', nullable: true }) supervisorSignedBy: string | null;
  @Column('timestamptz', { name: 'locked_at', nullable: true }) lockedAt: Date | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'app_now()' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', default: () => 'app_now()' }) updatedAt: Date;
}

/** A supervisee's own reflection on a note, and their signature. */
@Entity({ name: 'supervision_note_supervisee' })
@ForeignKey(() => SupervisionNoteEntity, ['organizationId', 'noteId'], ['organizationId', 'id'], { name: 'supervision_note_supervisee_organization_id_note_id_fkey' })
@ForeignKey(() => PersonEntity, ['organizationId', 'superviseeId'], ['organizationId', 'id'], { name: 'supervision_note_supervisee_organization_id_supervisee_id_fkey' })
@Check('supervision_note_supervisee_reflection_check', "(length(reflection) <= 20000)")
export class SupervisionNoteSuperviseeEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId: string;
  @PrimaryColumn('uuid', { name: 'note_id' }) noteId: string;
  @PrimaryColumn('uuid', { name: 'supervisee_id' }) superviseeId: string;
  @Column('text', { default: '' }) reflection: string;
  @Column('timestamptz', { name: 'signed_at', nullable: true }) signedAt: Date | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', default: () => 'app_now()' }) updatedAt: Date;
}

/** Append-only correction of a locked note (the application may INSERT and SELECT, never UPDATE or DELETE). */
@Entity({ name: 'supervision_note_amendment' })
@Index('supervision_note_amendment_org_note_idx', ['organizationId', 'noteId', 'createdAt'])
@ForeignKey(() => SupervisionNoteEntity, ['organizationId', 'noteId'], ['organizationId', 'id'], { name: 'supervision_note_amendment_organization_id_note_id_fkey' })
@ForeignKey(() => PersonEntity, ['organizationId', 'authorId'], ['organizationId', 'id'], { name: 'supervision_note_amendment_organization_id_author_id_fkey' })
@Check('supervision_note_amendment_text_check', "((length(text) >= 1) AND (length(text) <= 10000))")
export class SupervisionNoteAmendmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('uuid', { name: 'note_id' }) noteId: string;
  @Column('uuid', { name: 'author_id' }) authorId: string;
  @Column('text') text: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'app_now()' }) createdAt: Date;
}

/** A signature (or the finalisation) taken back by a later change to the note; append-only. */
@Entity({ name: 'supervision_signature_withdrawal' })
@Index('supervision_signature_withdrawal_org_note_idx', ['organizationId', 'noteId', 'createdAt'])
@ForeignKey(() => SupervisionNoteEntity, ['organizationId', 'noteId'], ['organizationId', 'id'], { name: 'supervision_signature_withdrawal_organization_id_note_id_fkey' })
@ForeignKey(() => PersonEntity, ['organizationId', 'personId'], ['organizationId', 'id'], { name: 'supervision_signature_withdrawal_organization_id_person_id_fkey' })
@ForeignKey(() => PersonEntity, ['organizationId', 'changedBy'], ['organizationId', 'id'], { name: 'supervision_signature_withdrawa_organization_id_changed_by_fkey' })
@Check('supervision_signature_withdrawal_kind_check', "(kind = ANY (ARRAY['FINALIZED'::text, 'SUPERVISOR_SIGNATURE'::text, 'SUPERVISEE_SIGNATURE'::text]))")
export class SupervisionSignatureWithdrawalEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('uuid', { name: 'note_id' }) noteId: string;
  @Column('uuid', { name: 'person_id' }) personId: string;
  @Column('text') kind: 'FINALIZED' | 'SUPERVISOR_SIGNATURE' | 'SUPERVISEE_SIGNATURE';
  @Column('timestamptz', { name: 'signed_at' }) signedAt: Date;
  @Column('uuid', { name: 'changed_by' }) changedBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt: Date;
}

/** An agreed action; its status stays editable after the note is locked (audited). */
@Entity({ name: 'supervision_action_item' })
@Index('supervision_action_item_org_owner_idx', ['organizationId', 'ownerId', 'status'])
@Index('supervision_action_item_org_note_idx', ['organizationId', 'noteId', 'position'])
@ForeignKey(() => SupervisionNoteEntity, ['organizationId', 'noteId'], ['organizationId', 'id'], { name: 'supervision_action_item_organization_id_note_id_fkey' })
@ForeignKey(() => TeamEntity, ['organizationId', 'teamId'], ['organizationId', 'id'], { name: 'supervision_action_item_organization_id_team_id_fkey' })
@ForeignKey(() => PersonEntity, ['organizationId', 'superviseeId'], ['organizationId', 'id'], { name: 'supervision_action_item_organization_id_supervisee_id_fkey' })
@ForeignKey(() => PersonEntity, ['organizationId', 'ownerId'], ['organizationId', 'id'], { name: 'supervision_action_item_organization_id_owner_id_fkey' })
@ForeignKey(() => ChecklistEntity, ['organizationId', 'checklistId'], ['organizationId', 'id'], { name: 'supervision_action_item_organization_id_checklist_id_fkey' })
@ForeignKey(() => PersonEntity, ['organizationId', 'createdBy'], ['organizationId', 'id'], { name: 'supervision_action_item_organization_id_created_by_fkey' })
@ForeignKey(() => PersonEntity, ['organizationId', 'caseloadSupervisorId'], ['organizationId', 'id'], { name: 'supervision_action_item_organization_id_caseload_superviso_fkey' })
@Unique('supervision_action_item_organization_id_id_key', ['organizationId', 'id'])
@Index('supervision_action_item_org_team_idx', ['organizationId', 'teamId', 'createdAt'])
@Index('supervision_action_item_org_supervisee_idx', ['organizationId', 'superviseeId', 'status'])
@Index('supervision_action_item_open_signal_uq', ['organizationId', 'driftSignalId'], { unique: true, where: "((status = 'OPEN'::text) AND (drift_signal_id IS NOT NULL) AND (note_id IS NULL))" })
@Index('supervision_action_item_org_status_due_idx', ['organizationId', 'status', 'dueOn'])
@Check('supervision_action_item_description_check', "((length(description) >= 1) AND (length(description) <= 1000))")
@Check('supervision_action_item_dimension_check', "(dimension = ANY (ARRAY['D1'::text, 'D2'::text, 'D3'::text, 'D4'::text, 'D5'::text, 'D6'::text, 'D7'::text]))")
@Check('supervision_action_item_status_check', "(status = ANY (ARRAY['OPEN'::text, 'DONE'::text, 'DROPPED'::text]))")
@Check('supervision_action_item_drift_signal_id_check', "(length(drift_signal_id) <= 300)")
@Check('supervision_action_item_scope_check', "(scope = ANY (ARRAY['PERSON'::text, 'TEAM'::text, 'CASELOAD'::text]))")
@Check('supervision_action_item_metric_check', "(metric ~ '^(MFI|HDI|MDI|EDI|ODI|DIM:D[1-7])$'::text)")
@Check('supervision_action_item_signal_period_check', "(length(signal_period) <= 20)")
@Check('supervision_action_item_signal_rule_check', "(length(signal_rule) <= 40)")
@Check('supervision_action_item_signal_direction_check', "(signal_direction = ANY (ARRAY['worse'::text, 'better'::text]))")
@Check('supervision_action_item_scope_rule_check', "((note_id IS NOT NULL) OR ((scope = 'PERSON'::text) AND (supervisee_id IS NOT NULL) AND (team_id IS NOT NULL)) OR ((scope = 'TEAM'::text) AND (team_id IS NOT NULL) AND (supervisee_id IS NULL)) OR ((scope = 'CASELOAD'::text) AND (caseload_supervisor_id IS NOT NULL) AND (supervisee_id IS NULL)))")
export class SupervisionActionItemEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  /** The note that agreed it; null for actions created from a drift signal on the dashboard. */
  @Column('uuid', { name: 'note_id', nullable: true }) noteId: string | null;
  /** For dashboard actions: the team whose chart shows the marker, and the supervisee whose agenda gets it. */
  @Column('uuid', { name: 'team_id', nullable: true }) teamId: string | null;
  @Column('uuid', { name: 'supervisee_id', nullable: true }) superviseeId: string | null;
  @Column('int', { default: 0 }) position: number;
  @Column('text') description: string;
  @Column('uuid', { name: 'owner_id' }) ownerId: string;
  @Column('date', { name: 'due_on', nullable: true }) dueOn: string | null;
  @Column('text', { nullable: true }) dimension: string | null;
  @Column('text', { default: 'OPEN' }) status: 'OPEN' | 'DONE' | 'DROPPED';
  /** The drift signal that prompted the action (for the dashboard loop). */
  @Column('text', { name: 'drift_signal_id', nullable: true }) driftSignalId: string | null;
  /** The checklist that prompted the action. */
  @Column('uuid', { name: 'checklist_id', nullable: true }) checklistId: string | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'app_now()' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', default: () => 'app_now()' }) updatedAt: Date;
  @Column('timestamptz', { name: 'completed_at', nullable: true }) completedAt: Date | null;
  /** Whom the action belongs to: one person (the supervisee), a whole team, or a supervisor's caseload. */
  @Column('text', { default: 'PERSON' }) scope: 'PERSON' | 'TEAM' | 'CASELOAD';
  @Column('uuid', { name: 'caseload_supervisor_id', nullable: true }) caseloadSupervisorId: string | null;
  /** The figure the action is about (MFI, HDI, MDI, EDI, ODI or DIM:D1 … DIM:D7) and the signal that prompted it. */
  @Column('text', { nullable: true }) metric: string | null;
  @Column('text', { name: 'signal_period', nullable: true }) signalPeriod: string | null;
  @Column('text', { name: 'signal_rule', nullable: true }) signalRule: string | null;
  @Column('text', { name: 'signal_direction', nullable: true }) signalDirection: 'worse' | 'better' | null;
}

/** Minimum supervision frequency by stage and the counting rules, per program (default: WEEKLY_6M_THEN_BIWEEKLY). */
@Entity({ name: 'supervision_policy' })
@ForeignKey(() => ProgramEntity, ['organizationId', 'programId'], ['organizationId', 'id'], { name: 'supervision_policy_organization_id_program_id_fkey' })
@ForeignKey(() => PersonEntity, ['organizationId', 'updatedBy'], ['organizationId', 'id'], { name: 'supervision_policy_organization_id_updated_by_fkey' })
@Check('supervision_policy_preset_check', "(preset = ANY (ARRAY['WEEKLY_6M_THEN_BIWEEKLY'::text, 'WEEKLY_UNTIL_CERT_THEN_MONTHLY'::text, 'CUSTOM'::text]))")
@Check('supervision_policy_counting_modalities_check', "(counting_modalities <@ ARRAY['INDIVIDUAL'::text, 'GROUP'::text, 'PEER_COREFLECTION'::text, 'OBSERVATION'::text])")
@Check('supervision_policy_minimum_minutes_check', "((minimum_minutes >= 0) AND (minimum_minutes <= 480))")
export class SupervisionPolicyEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId: string;
  @PrimaryColumn('uuid', { name: 'program_id' }) programId: string;
  @Column('text') preset: 'WEEKLY_6M_THEN_BIWEEKLY' | 'WEEKLY_UNTIL_CERT_THEN_MONTHLY' | 'CUSTOM';
  /** SupervisionStage[]: { untilMonths: number | null; everyDays: number }. */
  @Column('jsonb') stages: unknown;
  @Column('text', { name: 'counting_modalities', array: true }) countingModalities: string[];
  @Column('int', { name: 'minimum_minutes' }) minimumMinutes: number;
  @Column('boolean', { name: 'require_documentation', default: true }) requireDocumentation: boolean;
  @Column('uuid', { name: 'updated_by', nullable: true }) updatedBy: string | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', default: () => 'app_now()' }) updatedAt: Date;
}

/** An organisation's edit of the language-reflection lexicon: a new phrase, or an override of a default (weight 0 disables it). */
@Entity({ name: 'lexicon_entry' })
@Index('lexicon_entry_org_key_uq', ['organizationId', 'phraseKey'], { unique: true })
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], { name: 'lexicon_entry_organization_id_fkey' })
@ForeignKey(() => PersonEntity, ['organizationId', 'updatedBy'], ['organizationId', 'id'], { name: 'lexicon_entry_organization_id_updated_by_fkey' })
@Check('lexicon_entry_phrase_check', "((length(phrase) >= 2) AND (length(phrase) <= 100))")
@Check('lexicon_entry_pattern_check', "(pattern = ANY (ARRAY['MEDICAL_MODEL'::text, 'HIERARCHICAL'::text, 'ERRAND'::text, 'MUTUALITY'::text]))")
@Check('lexicon_entry_weight_check', "((weight >= 0) AND (weight <= 3))")
@Check('lexicon_entry_alternative_check', "(length(alternative) <= 500)")
export class LexiconEntryEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('text') phrase: string;
  /** lexiconKey(phrase): lower case, single spaces. */
  @Column('text', { name: 'phrase_key' }) phraseKey: string;
  @Column('text') pattern: 'MEDICAL_MODEL' | 'HIERARCHICAL' | 'ERRAND' | 'MUTUALITY';
  @Column('smallint') weight: number;
  @Column('text', { nullable: true }) alternative: string | null;
  @Column('text', { array: true, default: () => `'{}'` }) variants: string[];
  @Column('uuid', { name: 'updated_by', nullable: true }) updatedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'app_now()' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', default: () => 'app_now()' }) updatedAt: Date;
}

/**
 * A private, revocable iCalendar feed address for one person. The token in the address is a capability: only its SHA-256
 * is stored (calendar_find_feed looks the hash up), so the address is shown once, when it is created.
 */
@Entity({ name: 'calendar_feed' })
@Index('calendar_feed_token_hash_uq', ['tokenHash'], { unique: true })
@Index('calendar_feed_one_active_uq', ['organizationId', 'personId'], { unique: true, where: 'revoked_at IS NULL' })
@ForeignKey(() => PersonEntity, ['organizationId', 'personId'], ['organizationId', 'id'], { name: 'calendar_feed_organization_id_person_id_fkey', onDelete: 'CASCADE' })
export class CalendarFeedEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('uuid', { name: 'person_id' }) personId: string;
  @Column('text', { name: 'token_hash' }) tokenHash: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'app_now()' }) createdAt: Date;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt: Date | null;
}

/**
 * The organisation's revision of its supervision data: a new random token whenever a session, series, exception or
 * note changes (database triggers). The API keys its cache of expanded series by it.
 */
@Entity({ name: 'supervision_revision' })
export class SupervisionRevisionEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('uuid') @Generated('uuid') token: string;
}

/**
 * The revision of one session's supervision data (its series, supervisees, exceptions and notes): a new random token
 * with every write to them (the same triggers as the organisation's). The API keeps each series' expansion with it.
 */
@Entity({ name: 'supervision_series_revision' })
export class SupervisionSeriesRevisionEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId: string;
  @PrimaryColumn('uuid', { name: 'session_id' }) sessionId: string;
  @Column('uuid') @Generated('uuid') token: string;
}
