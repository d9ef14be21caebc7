import { Column, Entity, ForeignKey, Generated, PrimaryColumn } from 'typeorm';
import { TeamEntity } from './team.entity';

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
 * Its foreign key is the rollups' check of their team: written by every statement that writes a team's rollups, once
 * per team (migration 1764330000000).
 */
@Entity({ name: 'analytics_team_revision' })
@ForeignKey(() => TeamEntity, ['organizationId', 'teamId'], ['organizationId', 'id'], { name: 'analytics_team_revision_organization_id_team_id_fkey' })
export class AnalyticsTeamRevisionEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId: string;
  @PrimaryColumn('uuid', { name: 'team_id' }) teamId: string;
  @Column('uuid') @Generated('uuid') token: string;
}
