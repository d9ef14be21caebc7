import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { OrganizationEntity } from './organization.entity';

/** Append-only audit trail. The application role may INSERT and SELECT, never UPDATE or DELETE. */
@Entity({ name: 'audit_event' })
@Index('audit_event_org_time_idx', ['organizationId', 'createdAt'])
@Index('audit_event_org_entity_idx', ['organizationId', 'entity', 'entityId'])
@ForeignKey(() => OrganizationEntity, ['organizationId'], ['id'], { name: 'audit_event_organization_id_fkey' })
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'organization_id' })
  organizationId: string;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId: string | null;

  @Column('text')
  entity: string;

  @Column('uuid', { name: 'entity_id', nullable: true })
  entityId: string | null;

  @Column('text')
  action: string;

  /** Before/after summary of the change (ids and changed fields, no secrets). */
  @Column('jsonb', { default: {} })
  summary: Record<string, unknown>;

  @Column('text', { name: 'request_id', nullable: true })
  requestId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', default: () => 'app_now()' })
  createdAt: Date;
}
