import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TeamEntity } from './team.entity';
import { PersonEntity } from './person.entity';

/** A manager's restart of a team's drift baseline from a date, with the reason (shown on the charts, audited). */
@Entity({ name: 'drift_baseline_reset' })
@Index('drift_baseline_reset_org_team_day_uq', ['organizationId', 'teamId', 'startsOn'], { unique: true })
@ForeignKey(() => TeamEntity, ['organizationId', 'teamId'], ['organizationId', 'id'], { name: 'drift_baseline_reset_organization_id_team_id_fkey' })
@ForeignKey(() => PersonEntity, ['organizationId', 'createdBy'], ['organizationId', 'id'], { name: 'drift_baseline_reset_organization_id_created_by_fkey' })
@Check('drift_baseline_reset_reason_check', "((length(reason) >= 3) AND (length(reason) <= 500))")
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'app_now()' })
  createdAt: Date;
}
