import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { OrganizationEntity } from './organization.entity';
import { ProgramEntity } from './program.entity';

@Entity({ name: 'team' })
@Index('team_org_name_uq', ['organizationId', 'name'], { unique: true })
@Index('team_org_program_idx', ['organizationId', 'programId'])
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], { name: 'team_organization_id_fkey' })
@ForeignKey(() => ProgramEntity, ['organizationId', 'programId'], ['organizationId', 'id'], { name: 'team_organization_id_program_id_fkey' })
@Unique('team_organization_id_id_key', ['organizationId', 'id'])
export class TeamEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'program_id' })
  programId: string;

  @Column('text')
  name: string;

  @Column('text', { default: '' })
  description: string;

  @Column('timestamptz', { name: 'archived_at', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'app_now()' })
  createdAt: Date;
}
