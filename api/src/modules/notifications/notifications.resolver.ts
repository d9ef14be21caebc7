import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, SignedIn } from '../../common/auth.decorators';
import type { RequestContext } from '../../common/request-context';
import {
  MarkNotificationReadInput, NotificationsInput, SetNotificationPreferenceInput, UpdateNotificationSettingsInput,
} from './notifications.inputs';
import {
  NotificationModel, NotificationPageModel, NotificationPreferenceModel, NotificationSettingsModel, toNotificationModel,
  toPreferenceModel, toSettingsModel,
} from './notifications.model';
import { NotificationsService } from './notifications.service';

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @SignedIn()
  @Query(() => NotificationPageModel, { description: 'The signed-in person’s inbox, newest first, with the unread count.' })
  async notifications(
    @Ctx() ctx: RequestContext,
    @Args('input', { type: () => NotificationsInput, nullable: true }) input?: NotificationsInput,
  ): Promise<NotificationPageModel> {
    const { items, totalCount, unreadCount } = await this.service.inbox(ctx, input?.unreadOnly ?? false, input?.page?.skip ?? 0, input?.page?.take ?? 20);
    return { items: items.map(toNotificationModel), totalCount, unreadCount };
  }

  @SignedIn()
  @Query(() => Int, { description: 'How many inbox entries the signed-in person has not read (the bell’s badge).' })
  async unreadNotificationCount(@Ctx() ctx: RequestContext): Promise<number> {
    return this.service.unreadCount(ctx);
  }

  @SignedIn()
  @Query(() => [NotificationPreferenceModel], { description: 'How the signed-in person gets each kind of message (security messages always come).' })
  async notificationPreferences(@Ctx() ctx: RequestContext): Promise<NotificationPreferenceModel[]> {
    return (await this.service.preferences(ctx)).map(toPreferenceModel);
  }

  @SignedIn()
  @Query(() => NotificationSettingsModel, { description: 'The signed-in person’s time zone for reminders and weekly digest time.' })
  async notificationSettings(@Ctx() ctx: RequestContext): Promise<NotificationSettingsModel> {
    return toSettingsModel(await this.service.settings(ctx));
  }

  @SignedIn()
  @Mutation(() => NotificationModel, { description: 'Marks one of your inbox entries read.' })
  async markNotificationRead(@Ctx() ctx: RequestContext, @Args('input') input: MarkNotificationReadInput): Promise<NotificationModel> {
    return toNotificationModel(await this.service.markRead(ctx, input.id));
  }

  @SignedIn()
  @Mutation(() => Int, { description: 'Marks every entry of your inbox read; returns how many were unread.' })
  async markAllNotificationsRead(@Ctx() ctx: RequestContext): Promise<number> {
    return this.service.markAllRead(ctx);
  }

  @SignedIn()
  @Mutation(() => NotificationPreferenceModel, { description: 'Chooses how you get one kind of message: e-mail and in-app, in-app only, or off.' })
  async setNotificationPreference(@Ctx() ctx: RequestContext, @Args('input') input: SetNotificationPreferenceInput): Promise<NotificationPreferenceModel> {
    return toPreferenceModel(await this.service.setPreference(ctx, input.kind, input.channel));
  }

  @SignedIn()
  @Mutation(() => NotificationSettingsModel, { description: 'Sets your time zone for reminders and when your weekly digest comes.' })
  async updateNotificationSettings(@Ctx() ctx: RequestContext, @Args('input') input: UpdateNotificationSettingsInput): Promise<NotificationSettingsModel> {
    return toSettingsModel(await this.service.updateSettings(ctx, input));
  }
}
