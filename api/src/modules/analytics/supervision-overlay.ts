import type { RequestContext } from '../../common/request-context';
import { expandSessions, sessionsInRange } from '../supervision/session-store';
import { clinicianSupervisorIds } from './analytics.repository';
import type { ResolvedFilter } from './analytics.service';

/** Held, missed and cancelled supervision per period for the team's current supervisees (chart overlay). */
export async function supervisionOverlay(ctx: RequestContext, teamId: string, f: ResolvedFilter) {
  const from = new Date(`${f.periods[0]!.start}T00:00:00Z`);
  const to = new Date(Math.min(ctx.clock.nowMs(), Date.parse(`${f.to}T23:59:59Z`)));
  const occurrences = await expandSessions(ctx, await sessionsInRange(ctx, from, to, { teamId }), from, to);
  const clinicians = await ctx.db.run((em) => clinicianSupervisorIds(em));
  const byPeriod = new Map(f.periods.map((p) => [p.start, { period: p.label, held: 0, missed: 0, cancelled: 0, unrecorded: 0, clinicianOnly: 0 }]));
  const starts = f.periods.map((p) => p.start);
  for (const o of occurrences) {
    const day = o.startsAt.toISOString().slice(0, 10);
    let k = -1;
    for (let i = 0; i < starts.length && starts[i]! <= day; i++) k = i;
    const cell = k >= 0 ? byPeriod.get(starts[k]!) : undefined;
    if (!cell) continue;
    if (o.status === 'COMPLETED') {
      cell.held++;
      if (clinicians.has(o.supervisorId)) cell.clinicianOnly++;
    } else if (o.status === 'MISSED') cell.missed++;
    else if (o.status === 'CANCELLED') cell.cancelled++;
    else if (o.endsAt.getTime() < ctx.clock.nowMs()) cell.unrecorded++;
  }
  return [...byPeriod.values()];
}
