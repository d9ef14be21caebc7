import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@tandem/shared';

/** One role held by a person. A PROGRAM_MANAGER grant may be scoped to one program (program_id), else organisation-wide. */
@Entity({ name: 'role_grant' })
@Index('role_grant_org_person_idx', ['organizationId', 'personId'])
export class RoleGrantEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'person_id' })
  personId: string;

  @Column('text')
  role: Role;

  @Column('uuid', { name: 'program_id', nullable: true })
  programId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
