import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { TEXT_LIMITS } from '@tandem/shared';
import { Ctx, SignedIn } from '../../common/auth.decorators';
import { hasRole, type RequestContext } from '../../common/request-context';
import { InstrumentModel, InstrumentVersionModel, toInstrumentModel, toInstrumentVersionModel } from './instrument.model';
import { InstrumentsService } from './instruments.service';
import { TextArg } from '../../common/text';

@Resolver(() => InstrumentModel)
export class InstrumentsResolver {
  constructor(private readonly instrumentService: InstrumentsService) {}

  @SignedIn()
  @Query(() => [InstrumentModel], { description: 'The organisation’s instruments.' })
  async instruments(
    @Ctx() ctx: RequestContext,
    @Args('includeUnpublished', {
      type: () => Boolean, defaultValue: false,
      description: 'Admins only: also instruments never published yet (their currentVersion is an error; use draft).',
    }) includeUnpublished: boolean,
  ): Promise<InstrumentModel[]> {
    return (await this.instrumentService.list(ctx, includeUnpublished)).map(toInstrumentModel);
  }

  @SignedIn()
  @Query(() => InstrumentModel)
  async instrument(@Ctx() ctx: RequestContext, @TextArg('key', { max: TEXT_LIMITS.instrumentKey }) key: string): Promise<InstrumentModel> {
    return toInstrumentModel(await this.instrumentService.byKey(ctx, key));
  }

  @ResolveField(() => InstrumentVersionModel, { description: 'The newest published version.' })
  async currentVersion(@Ctx() ctx: RequestContext, @Parent() instrument: InstrumentModel): Promise<InstrumentVersionModel> {
    return toInstrumentVersionModel(await this.instrumentService.currentVersion(ctx, instrument.id));
  }

  @ResolveField(() => [InstrumentVersionModel], { description: 'Every version, newest first.' })
  async versions(@Ctx() ctx: RequestContext, @Parent() instrument: InstrumentModel): Promise<InstrumentVersionModel[]> {
    return (await this.instrumentService.versions(ctx, instrument.id)).map(toInstrumentVersionModel);
  }

  @ResolveField(() => InstrumentVersionModel, { nullable: true, description: 'The draft being edited; null unless the viewer is an admin.' })
  async draft(@Ctx() ctx: RequestContext, @Parent() instrument: InstrumentModel): Promise<InstrumentVersionModel | null> {
    if (!hasRole(ctx.viewer, 'ADMIN')) return null;
    const row = await this.instrumentService.draft(ctx, instrument.id);
    return row ? toInstrumentVersionModel(row) : null;
  }
}
