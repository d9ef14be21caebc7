import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { OutboxModule } from '../outbox/outbox.module';
import { OrganizationsResolver, PersonOrganizationResolver } from './organizations.resolver';
import { OrganizationsService } from './organizations.service';
import { SetupProgressService } from './setup-progress.service';
import { ServerInfoResolver } from './server-info.resolver';
import { SignUpService } from './sign-up.service';

/** The organisation's settings, self-serve sign-up and what the server tells a client about itself. */
@Module({
  imports: [AuthModule, OutboxModule],
  providers: [OrganizationsService, SignUpService, SetupProgressService, OrganizationsResolver, PersonOrganizationResolver, ServerInfoResolver],
  exports: [OrganizationsService],
})
export class OrganizationsModule {}
