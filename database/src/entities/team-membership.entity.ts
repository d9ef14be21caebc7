import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Membership of a person in a team over a date range; history is kept (ends_on null = current). */
@Entity({ name: 'team_membership' })
@Index('team_membership_org_person_idx', ['organizationId', 'personId', 'startsOn'])
@Index('team_membership_org_team_idx', ['organizationId', 'teamId', 'startsOn'])
export class TeamMembershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'person_id' })
  personId: string;

  @Column('uuid', { name: 'team_id' })
  teamId: string;

  @Column('date', { name: 'starts_on' })
  startsOn: string;

  @Column('date', { name: 'ends_on', nullable: true })
  endsOn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
