import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A supervision session: one-off, or a series by RRULE. DTSTART is kept as local wall time plus an IANA zone so a
 * weekly 10:00 stays at 10:00 across daylight-saving changes; `startsAt` is the same moment as an instant.
 */
@Entity({ name: 'supervision_session' })
@Index('supervision_session_org_supervisor_idx', ['organizationId', 'supervisorId', 'startsAt'])
@Index('supervision_session_org_span_idx', ['organizationId', 'startsAt', 'seriesEndsAt'])
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
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity({ name: 'supervision_session_supervisee' })
@Index('supervision_session_supervisee_org_person_idx', ['organizationId', 'superviseeId'])
export class SupervisionSessionSuperviseeEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId: string;
  @PrimaryColumn('uuid', { name: 'session_id' }) sessionId: string;
  @PrimaryColumn('uuid', { name: 'supervisee_id' }) superviseeId: string;
}

/** An occurrence that differs from its rule (moved, cancelled, completed, missed, documented). Keyed by its original start. */
@Entity({ name: 'supervision_occurrence' })
@Index('supervision_occurrence_org_start_idx', ['organizationId', 'startsAt'])
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
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** One structured record per held occurrence. Locked (immutable, enforced by a trigger) once everyone has signed. */
@Entity({ name: 'supervision_note' })
@Index('supervision_note_org_held_idx', ['organizationId', 'heldAt'])
@Index('supervision_note_org_team_held_idx', ['organizationId', 'teamId', 'heldAt'])
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
  @Column('jsonb', { name: 'language_totals', default: () => `'{}'::jsonb` }) languageTotals: Record<string, number>;
  @Column('int', { name: 'language_word_count', default: 0 }) languageWordCount: number;
  /** When the supervisor finalised the record for signing; a supervisor's change takes it back. */
  @Column('timestamptz', { name: 'finalized_at', nullable: true }) finalizedAt: Date | null;
  @Column('uuid', { name: 'finalized_by', nullable: true }) finalizedBy: string | null;
  @Column('timestamptz', { name: 'supervisor_signed_at', nullable: true }) supervisorSignedAt: Date | null;
  @Column('uuid', { name: 'supervisor_signed_by', nullable: true }) supervisorSignedBy: string | null;
  @Column('timestamptz', { name: 'locked_at', nullable: true }) lockedAt: Date | null;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** A supervisee's own reflection on a note, and their signature. */
@Entity({ name: 'supervision_note_supervisee' })
export class SupervisionNoteSuperviseeEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId: string;
  @PrimaryColumn('uuid', { name: 'note_id' }) noteId: string;
  @PrimaryColumn('uuid', { name: 'supervisee_id' }) superviseeId: string;
  @Column('text', { default: '' }) reflection: string;
  @Column('timestamptz', { name: 'signed_at', nullable: true }) signedAt: Date | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** Append-only correction of a locked note (the application may INSERT and SELECT, never UPDATE or DELETE). */
@Entity({ name: 'supervision_note_amendment' })
@Index('supervision_note_amendment_org_note_idx', ['organizationId', 'noteId', 'createdAt'])
export class SupervisionNoteAmendmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('uuid', { name: 'note_id' }) noteId: string;
  @Column('uuid', { name: 'author_id' }) authorId: string;
  @Column('text') text: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** A signature (or the finalisation) taken back by a later change to the note; append-only. */
@Entity({ name: 'supervision_signature_withdrawal' })
@Index('supervision_signature_withdrawal_org_note_idx', ['organizationId', 'noteId', 'createdAt'])
export class SupervisionSignatureWithdrawalEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('uuid', { name: 'note_id' }) noteId: string;
  @Column('uuid', { name: 'person_id' }) personId: string;
  @Column('text') kind: 'FINALIZED' | 'SUPERVISOR_SIGNATURE' | 'SUPERVISEE_SIGNATURE';
  @Column('timestamptz', { name: 'signed_at' }) signedAt: Date;
  @Column('uuid', { name: 'changed_by' }) changedBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** An agreed action; its status stays editable after the note is locked (audited). */
@Entity({ name: 'supervision_action_item' })
@Index('supervision_action_item_org_owner_idx', ['organizationId', 'ownerId', 'status'])
@Index('supervision_action_item_org_note_idx', ['organizationId', 'noteId', 'position'])
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
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
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
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** An organisation's edit of the language-reflection lexicon: a new phrase, or an override of a default (weight 0 disables it). */
@Entity({ name: 'lexicon_entry' })
@Index('lexicon_entry_org_key_uq', ['organizationId', 'phraseKey'], { unique: true })
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
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/**
 * A private, revocable iCalendar feed address for one person. The token in the address is a capability: only its SHA-256
 * is stored (calendar_find_feed looks the hash up), so the address is shown once, when it is created.
 */
@Entity({ name: 'calendar_feed' })
@Index('calendar_feed_token_hash_uq', ['tokenHash'], { unique: true })
@Index('calendar_feed_one_active_uq', ['organizationId', 'personId'], { unique: true, where: 'revoked_at IS NULL' })
export class CalendarFeedEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('uuid', { name: 'person_id' }) personId: string;
  @Column('text', { name: 'token_hash' }) tokenHash: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'revoked_at', nullable: true }) revokedAt: Date | null;
}

/**
 * The organisation's revision of its supervision data: a new random token whenever a session, series, exception or
 * note changes (database triggers). The API keys its cache of expanded series by it.
 */
@Entity({ name: 'supervision_revision' })
export class SupervisionRevisionEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('uuid', { default: () => 'gen_random_uuid()' }) token: string;
}
