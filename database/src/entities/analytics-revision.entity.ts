import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';

/**
 * The organisation's revision of its drift data: a new random token whenever a rollup or a baseline restart changes
 * (database triggers). The API keys its cache of judged team series by it.
 */
@Entity({ name: 'analytics_revision' })
export class AnalyticsRevisionEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('uuid') @Generated('uuid') token: string;
}
