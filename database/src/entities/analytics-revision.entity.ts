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

/**
 * A team's revision of its drift data: a new random token whenever a statement writes one of its rollups or baseline
 * restarts (the same triggers). The API keeps each team's history with it, to re-read only the teams that changed.
 */
@Entity({ name: 'analytics_team_revision' })
export class AnalyticsTeamRevisionEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId: string;
  @PrimaryColumn('uuid', { name: 'team_id' }) teamId: string;
  @Column('uuid') @Generated('uuid') token: string;
}
