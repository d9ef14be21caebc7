import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../../common/errors';
import { hasRole, type RequestContext } from '../../common/request-context';
import type { InstrumentRow, InstrumentVersionRow } from './instrument.model';

/** Reading instruments and their versions. Every signed-in person may read the organisation's instruments. */
@Injectable()
export class InstrumentsService {
  /**
   * The organisation's instruments that have a published version (so `currentVersion` resolves). Admins may ask for
   * unpublished ones too: an imported instrument exists as a draft until it is first published.
   */
  list(ctx: RequestContext, includeUnpublished = false): Promise<InstrumentRow[]> {
    return ctx.db.query<InstrumentRow>(
      `SELECT i.* FROM instrument i
       WHERE $1 OR EXISTS (SELECT 1 FROM instrument_version v WHERE v.instrument_id = i.id AND v.status = 'PUBLISHED')
       ORDER BY i.title`,
      [includeUnpublished && hasRole(ctx.viewer, 'ADMIN')],
    );
  }

  async byKey(ctx: RequestContext, key: string): Promise<InstrumentRow> {
    const [row] = await ctx.db.query<InstrumentRow>('SELECT * FROM instrument WHERE key = $1', [key]);
    if (!row) throw new NotFoundError('Instrument');
    return row;
  }

  /** The newest published version: what new checklists are filled in against. */
  async currentVersion(ctx: RequestContext, instrumentId: string): Promise<InstrumentVersionRow> {
    const [row] = await ctx.db.query<InstrumentVersionRow>(
      `SELECT * FROM instrument_version WHERE instrument_id = $1 AND status = 'PUBLISHED' ORDER BY version DESC LIMIT 1`, [instrumentId],
    );
    if (!row) throw new NotFoundError('Published instrument version');
    return row;
  }

  versions(ctx: RequestContext, instrumentId: string): Promise<InstrumentVersionRow[]> {
    return ctx.db.query<InstrumentVersionRow>('SELECT * FROM instrument_version WHERE instrument_id = $1 ORDER BY version DESC', [instrumentId]);
  }

  async draft(ctx: RequestContext, instrumentId: string): Promise<InstrumentVersionRow | null> {
    const [row] = await ctx.db.query<InstrumentVersionRow>(`SELECT * FROM instrument_version WHERE instrument_id = $1 AND status = 'DRAFT'`, [instrumentId]);
    return row ?? null;
  }
}
