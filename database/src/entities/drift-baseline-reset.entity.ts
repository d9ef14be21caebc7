import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A manager's restart of a team's drift baseline from a date, with the reason (shown on the charts, audited). */
@Entity({ name: 'drift_baseline_reset' })
@Index('drift_baseline_reset_org_team_day_uq', ['organizationId', 'teamId', 'startsOn'], { unique: true })
export class DriftBaselineResetEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'team_id' })
  teamId: string;

  /** The first day of the new baseline; the detector restarts at the period containing it. */
  @Column('date', { name: 'starts_on' })
  startsOn: string;

  @Column('text')
  reason: string;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
