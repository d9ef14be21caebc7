import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import type { InstrumentRow, InstrumentVersionRow } from './instrument.model';

/** Reading instruments and their versions. Every signed-in person may read the organisation's instruments. */
@Injectable()
export class InstrumentsService {
  list(ctx: RequestContext): Promise<InstrumentRow[]> {
    return ctx.db.query<InstrumentRow>('SELECT * FROM instrument ORDER BY title');
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
