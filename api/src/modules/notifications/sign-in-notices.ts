import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import Bowser from 'bowser';
import type { RequestContext } from '../../common/request-context';
import { OutboxService } from '../outbox/outbox.service';
import { formatIn } from './notification.templates';
import { devicesSeen, organizationNameOf, rememberDevice } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { newDeviceSignInMessage } from './reminder.templates';

/** What a user agent says about the device, in words (bowser): "Firefox on Linux", "Safari on iOS (mobile)". */
export function describeDevice(userAgent: string): { label: string; parts: string } {
  const ua = userAgent.slice(0, 1000);
  const parsed = ua ? Bowser.parse(ua) : null;
  const browser = parsed?.browser.name ?? '';
  const os = parsed?.os.name ?? '';
  const platform = parsed?.platform.type ?? '';
  const label = browser
    ? `${browser}${os ? ` on ${os}` : ''}${platform && platform !== 'desktop' ? ` (${platform})` : ''}`
    : 'an unrecognised browser';
  // Versions are left out: a browser updating itself is not a new device.
  return { label, parts: [browser || '?', os || '?', platform || '?'].join('|') };
}

/**
 * "A new sign-in to your account": each sign-in records the device as a hash of the person and the browser, system
 * and device type (no IP address, no raw user agent). The first device a person uses is simply remembered; a later
 * sign-in from one not seen before tells them (their preference NEW_DEVICE_SIGN_IN, e-mail by default), with the
 * time in their time zone and a link to change their password, which also signs out every other session.
 */
@Injectable()
export class SignInNotices {
  constructor(private readonly notifications: NotificationsService, private readonly outbox: OutboxService) {}

  async signedIn(ctx: RequestContext, person: { id: string; name: string; email: string }): Promise<void> {
    const device = describeDevice(String(ctx.req?.headers?.['user-agent'] ?? ''));
    const hash = createHash('sha256').update(`${person.id}|${device.parts}`).digest('hex');
    const seen = await ctx.db.run(async (em) => {
      const before = await devicesSeen(em, person.id, hash);
      await rememberDevice(em, ctx.db.organizationId!, person.id, hash);
      return before;
    });
    if (seen.known === 0 || seen.thisOne) return;
    const orgName = await ctx.db.run((em) => organizationNameOf(em, ctx.db.organizationId!));
    const timeZone = await this.notifications.timeZoneOf(ctx, person.id, 'UTC');
    const message = newDeviceSignInMessage({
      personName: person.name, organizationName: orgName ?? 'your organisation', at: formatIn(ctx.clock.now(), timeZone),
      browser: device.label, url: this.outbox.url('/profile'),
    });
    await this.notifications.notify(ctx, person, { message, link: '/profile', summary: device.label }, `new-device:${hash}`);
  }
}
