import { Injectable } from '@nestjs/common';
import type { InstrumentEntity, InstrumentVersionEntity } from '@tandem/database';
import { NotFoundError } from '../../common/errors';
import { hasRole, type RequestContext } from '../../common/request-context';
import { draftOf, instrumentByKey, listInstruments, newestPublished, versionById, versionsOf } from './instruments.repository';

/** Reading instruments and their versions. Every signed-in person may read the organisation's instruments. */
@Injectable()
export class InstrumentsService {
  /**
   * The organisation's instruments that have a published version (so `currentVersion` resolves). Admins may ask for
   * unpublished ones too: an imported instrument exists as a draft until it is first published.
   */
  list(ctx: RequestContext, includeUnpublished = false): Promise<InstrumentEntity[]> {
    return ctx.db.run((em) => listInstruments(em, includeUnpublished && hasRole(ctx.viewer, 'ADMIN')));
  }

  async byKey(ctx: RequestContext, key: string): Promise<InstrumentEntity> {
    const row = await ctx.db.run((em) => instrumentByKey(em, key));
    if (!row) throw new NotFoundError('Instrument');
    return row;
  }

  /** The newest published version: what new checklists are filled in against. */
  async currentVersion(ctx: RequestContext, instrumentId: string): Promise<InstrumentVersionEntity> {
    const row = await ctx.db.run((em) => newestPublished(em, instrumentId));
    if (!row) throw new NotFoundError('Published instrument version');
    return row;
  }

  /** One version by id (a checklist's; any status). */
  async version(ctx: RequestContext, id: string): Promise<InstrumentVersionEntity> {
    const row = await ctx.db.run((em) => versionById(em, id));
    if (!row) throw new NotFoundError('Instrument version');
    return row;
  }

  versions(ctx: RequestContext, instrumentId: string): Promise<InstrumentVersionEntity[]> {
    return ctx.db.run((em) => versionsOf(em, instrumentId));
  }

  draft(ctx: RequestContext, instrumentId: string): Promise<InstrumentVersionEntity | null> {
    return ctx.db.run((em) => draftOf(em, instrumentId));
  }
}
