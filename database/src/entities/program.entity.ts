import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { OrganizationEntity } from './organization.entity';

@Entity({ name: 'program' })
@Index('program_org_name_uq', ['organizationId', 'name'], { unique: true })
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], { name: 'program_organization_id_fkey' })
@Unique('program_organization_id_id_key', ['organizationId', 'id'])
export class ProgramEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('text')
  name: string;

  @Column('text', { default: '' })
  description: string;

  @Column('timestamptz', { name: 'archived_at', nullable: true })
  archivedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'app_now()' })
  createdAt: Date;
}
