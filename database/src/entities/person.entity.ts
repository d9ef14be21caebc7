import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { OrganizationEntity } from './organization.entity';

/** A person with an account in one organisation. `email` is stored lower-cased. */
@Entity({ name: 'person' })
@Index('person_email_uq', ['email'], { unique: true })
@Index('person_org_name_idx', ['organizationId', 'name'])
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], { name: 'person_organization_id_fkey' })
@Unique('person_organization_id_id_key', ['organizationId', 'id'])
@Check('person_email_check', "(email = lower(email))")
export class PersonEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('text')
  name: string;

  @Column('text')
  email: string;

  /** argon2id hash; null until the person accepts their invitation. */
  @Column('text', { name: 'password_hash', nullable: true, select: false })
  passwordHash: string | null;

  @Column('text', { name: 'job_title', default: '' })
  jobTitle: string;

  /** Whether the person brings lived experience of recovery to their role (peer specialists, peer supervisors). */
  @Column('boolean', { name: 'lived_experience', default: false })
  livedExperience: boolean;

  /** Date the person started in their role; supervision policy stages count from here. */
  @Column('date', { name: 'started_on', nullable: true })
  startedOn: string | null;

  @Column('boolean', { default: true })
  active: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'app_now()' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', default: () => 'app_now()' })
  updatedAt: Date;
}
