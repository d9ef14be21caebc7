import { Injectable } from '@nestjs/common';
import { checklistMetrics, periodStarts } from '@tandem/database';
import { type ChecklistScore, DAY_MS } from '@tandem/shared';
import { ForbiddenError, NotFoundError } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import { isCurrentSupervisor } from '../checklists/checklist-access';
import { type PersonServedResponse, releasePersonServed } from '../checklists/person-served-policy';
import { type RatedChecklist, storedAnnotations, submittedAbout, visiblePerson } from './analytics.repository';
import type { DriftFilterInput } from './analytics.inputs';
import { AnalyticsService } from './analytics.service';
import { buildPoints, type Cell } from './series-builder';

/** A checklist in the shape the person-served release rule reads (its `submitted_at` may move to the block's release). */
type Rated = PersonServedResponse & { raterType: string };
const toRated = (c: RatedChecklist): Rated => ({ id: c.id, raterType: c.raterType, submitted_at: c.submittedAt!, scores: c.scores as ChecklistScore });

const PERSON_METRICS = ['MFI', 'HDI', 'MDI', 'EDI', 'DIM:D1', 'DIM:D2', 'DIM:D3', 'DIM:D4', 'DIM:D5', 'DIM:D6'];

/**
 * One person's own trend — visible only to that person and their current supervisor. Computed from their own
 * submitted checklists (a bounded, small set), with the same metric definitions as the team rollups.
 */
@Injectable()
export class PersonDriftService {
  constructor(private readonly analytics: AnalyticsService) {}

  async personDrift(ctx: RequestContext, personId: string, filter: DriftFilterInput) {
    const person = await ctx.db.run((em) => visiblePerson(em, ctx.viewer!, personId));
    if (!person) throw new NotFoundError('Person');
    if (personId !== ctx.viewer!.personId && !(await isCurrentSupervisor(ctx, personId))) {
      throw new ForbiddenError('A person’s own trend is shown only to them and their supervisor');
    }
    const f = { ...(await this.analytics.resolve(ctx, filter)), minN: 1 };
    // The whole history up to the end of the range: signals are judged from the first rating on (a bounded set).
    let rows = (await ctx.db.run((em) => submittedAbout(em, personId, { before: f.to }))).map(toRated);
    // The person rated sees person-served responses only in released blocks of three, and only metrics from ≥ 3 items.
    const rated = personId === ctx.viewer!.personId;
    const pooled = rated ? new Set(await this.analytics.pooledPersonServedMetrics(ctx)) : null;
    if (rated) {
      const all = (await ctx.db.run((em) => submittedAbout(em, personId, { personServedOnly: true }))).map(toRated);
      const end = Date.parse(`${f.to}T00:00:00Z`) + DAY_MS;
      const released = releasePersonServed(all).filter((r) => +r.submitted_at < end);
      rows = [...rows.filter((r) => r.raterType !== 'PERSON_SERVED'), ...released];
    }
    const cellsFor = (raterTypes: string[]) => {
      const out = new Map<string, Map<string, Cell>>();
      for (const r of rows.filter((x) => raterTypes.includes(x.raterType))) {
        const start = periodStarts(r.submitted_at)[f.granularity];
        for (const [metric, value] of checklistMetrics(r.scores, [])) {
          if (pooled && r.raterType === 'PERSON_SERVED' && !pooled.has(metric)) continue;
          const byPeriod = out.get(metric) ?? new Map<string, Cell>();
          out.set(metric, byPeriod);
          const c = byPeriod.get(start) ?? { count: 0, sum: 0, sumSq: 0 };
          byPeriod.set(start, { count: c.count + 1, sum: c.sum + value, sumSq: c.sumSq + value * value });
        }
      }
      return out;
    };
    const titles = await this.analytics.dimensionTitles(ctx);
    const cells = cellsFor(f.raterTypes);
    // A person's few ratings a period carry no useful spread of their own, and the teams' spread is not theirs: the
    // detector estimates the scale from the person's own series (Hawkins' self-starting form).
    const history = (m: string) => ({ cells: cells.get(m) ?? new Map<string, Cell>(), granularity: f.granularity, within: null, restarts: [], spread: false });
    const metrics = PERSON_METRICS.map((m) => this.analytics.series(`person:${personId}:${f.raterTypes.join('+')}`, m, history(m), f, titles));
    const self = buildPoints(f.periods, cellsFor(['SELF']).get('MFI') ?? new Map(), 1);
    const others = buildPoints(f.periods, cellsFor(['SUPERVISOR', 'REVIEWER', 'PERSON_SERVED']).get('MFI') ?? new Map(), 1);
    const annotations = await ctx.db.run((em) => storedAnnotations(em, { personId }, f.from, f.to));
    return {
      person: (await ctx.loaders.person.load(personId))!,
      from: f.from, to: f.to, granularity: f.granularity, raterTypes: f.raterTypes, metrics,
      selfVsOthers: self.map((p, i) => {
        const o = others[i]!.value;
        return { period: p.period, self: p.value, others: o, gap: p.value !== null && o !== null ? Math.round((p.value - o) * 10) / 10 : null };
      }),
      annotations: annotations.map((a) => ({ id: a.id, teamId: a.teamId, personId: a.personId, onDate: a.onDate, label: a.label, details: a.details, kind: a.kind, automatic: false })),
    };
  }
}
