import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from './person.entity';
import { TeamEntity } from './team.entity';

/** Membership of a person in a team over a date range; history is kept (ends_on null = current). */
@Entity({ name: 'team_membership' })
@Index('team_membership_org_person_idx', ['organizationId', 'personId', 'startsOn'])
@Index('team_membership_org_team_idx', ['organizationId', 'teamId', 'startsOn'])
@ForeignKey(() => PersonEntity, ['organizationId', 'personId'], ['organizationId', 'id'], { name: 'team_membership_organization_id_person_id_fkey' })
@ForeignKey(() => TeamEntity, ['organizationId', 'teamId'], ['organizationId', 'id'], { name: 'team_membership_organization_id_team_id_fkey' })
@Index('team_membership_one_current_uq', ['organizationId', 'personId'], { unique: true, where: "(ends_on IS NULL)" })
@Check('team_membership_check', "((ends_on IS NULL) OR (ends_on >= starts_on))")
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'app_now()' })
  createdAt: Date;
}
