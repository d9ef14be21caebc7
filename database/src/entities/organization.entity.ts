import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** The tenant. Every other tenant-owned row carries its id as `organization_id`. */
@Entity({ name: 'organization' })
@Check('organization_name_check', "((length(name) >= 1) AND (length(name) <= 200))")
export class OrganizationEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  /** Organisation-wide policy switches (e.g. whether managers may read supervision note text). */
  @Column('jsonb', { default: {} })
  settings: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'app_now()' })
  createdAt: Date;
}
