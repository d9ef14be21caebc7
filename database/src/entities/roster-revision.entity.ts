import { Column, Entity, Generated, PrimaryColumn } from 'typeorm';

/**
 * The organisation's revision of its roster (people, roles, teams, memberships, supervision assignments, programs,
 * supervision policies): a new random token whenever one of them changes (database triggers). The API keys the
 * dashboard overview's figures by it.
 */
@Entity({ name: 'roster_revision' })
export class RosterRevisionEntity {
  @PrimaryColumn('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('uuid') @Generated('uuid') token: string;
}
