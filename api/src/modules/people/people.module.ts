import { Module } from '@nestjs/common';
import { OutboxModule } from '../outbox/outbox.module';
import { PeopleResolver, SupervisionAssignmentResolver, TeamMembershipResolver } from './people.resolver';
import { PeopleService } from './people.service';
import { RosterService } from './roster.service';

/** People, invitations, roles, team memberships, supervision assignments and roster import. */
@Module({
  imports: [OutboxModule],
  providers: [PeopleService, RosterService, PeopleResolver, TeamMembershipResolver, SupervisionAssignmentResolver],
  exports: [PeopleService],
})
export class PeopleModule {}
