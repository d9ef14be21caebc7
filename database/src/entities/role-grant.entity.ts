import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { PersonEntity } from './person.entity';
import { ProgramEntity } from './program.entity';
import type { Role } from '@tandem/shared';

/** One role held by a person. A PROGRAM_MANAGER grant may be scoped to one program (program_id), else organisation-wide. */
@Entity({ name: 'role_grant' })
@Index('role_grant_org_person_idx', ['organizationId', 'personId'])
@ForeignKey(() => PersonEntity, ['organizationId', 'personId'], ['organizationId', 'id'], { name: 'role_grant_organization_id_person_id_fkey', onDelete: 'CASCADE' })
@ForeignKey(() => ProgramEntity, ['organizationId', 'programId'], ['organizationId', 'id'], { name: 'role_grant_organization_id_program_id_fkey' })
// Unique per (organisation, person, role, COALESCE(program_id, nil uuid)): an expression index TypeORM cannot
// describe, so the schema builder leaves it to the migration that made it.
@Index('role_grant_uq', { synchronize: false })
@Check('role_grant_role_check', "(role = ANY (ARRAY['ADMIN'::text, 'PROGRAM_MANAGER'::text, 'SUPERVISOR'::text, 'STAFF'::text]))")
@Check('role_grant_check', "((program_id IS NULL) OR (role = 'PROGRAM_MANAGER'::text))")
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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'app_now()' })
  createdAt: Date;
}
