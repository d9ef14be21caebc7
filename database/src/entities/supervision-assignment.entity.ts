import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Supervisor–supervisee relationship over a date range (ends_on null = current). */
@Entity({ name: 'supervision_assignment' })
@Index('supervision_assignment_org_supervisor_idx', ['organizationId', 'supervisorId', 'startsOn'])
@Index('supervision_assignment_org_supervisee_idx', ['organizationId', 'superviseeId', 'startsOn'])
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
