import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from './person.entity';

/** Supervisor–supervisee relationship over a date range (ends_on null = current). */
@Entity({ name: 'supervision_assignment' })
@Index('supervision_assignment_org_supervisor_idx', ['organizationId', 'supervisorId', 'startsOn'])
@Index('supervision_assignment_org_supervisee_idx', ['organizationId', 'superviseeId', 'startsOn'])
@ForeignKey(() => PersonEntity, ['organizationId', 'supervisorId'], ['organizationId', 'id'], { name: 'supervision_assignment_organization_id_supervisor_id_fkey' })
@ForeignKey(() => PersonEntity, ['organizationId', 'superviseeId'], ['organizationId', 'id'], { name: 'supervision_assignment_organization_id_supervisee_id_fkey' })
@Check('supervision_assignment_check', "(supervisor_id <> supervisee_id)")
@Check('supervision_assignment_check1', "((ends_on IS NULL) OR (ends_on >= starts_on))")
export class SupervisionAssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'supervisor_id' })
  supervisorId: string;

  @Column('uuid', { name: 'supervisee_id' })
  superviseeId: string;

  @Column('date', { name: 'starts_on' })
  startsOn: string;

  @Column('date', { name: 'ends_on', nullable: true })
  endsOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'app_now()' })
  createdAt: Date;
}
