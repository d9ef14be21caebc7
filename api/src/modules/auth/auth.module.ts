import { Module } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { APP_DATA_SOURCE } from '../../common/database.provider';
import { NotificationsModule } from '../notifications/notifications.module';
import { OutboxModule } from '../outbox/outbox.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { PasswordResetResolver } from './password-reset.resolver';
import { PasswordResetService } from './password-reset.service';
import { ThrottleStore } from './throttle-store';

/** Sign-in, sign-out, password change and reset, and the throttle every credential check goes through. */
@Module({
  imports: [OutboxModule, NotificationsModule],
  providers: [
    { provide: ThrottleStore, useFactory: (ds: DataSource) => new ThrottleStore(ds), inject: [APP_DATA_SOURCE] },
    AuthService, AuthResolver, PasswordResetService, PasswordResetResolver,
  ],
  exports: [ThrottleStore],
})
export class AuthModule {}
