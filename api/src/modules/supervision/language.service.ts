import { Injectable } from '@nestjs/common';
import {
  DEFAULT_LEXICON, LANGUAGE_PATTERNS, TEXT_LIMITS, aggregateReflections, emptyPatternNumbers, lexiconKey, mergeLexicon, reflectLanguage, reflectionSummary,
  type LanguagePattern, type LanguageReflection, type LexiconEntry, type PatternNumbers, type ReflectionSummary,
} from '@tandem/shared';
import { audit } from '../../common/audit';
import { InvalidInputError, NotFoundError } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import { assertWindow, MAX_HISTORY_DAYS, MAX_REPORT_AHEAD_DAYS } from '../../common/window';
import * as language from './language.repository';
import { LexiconSourceEnum, toLexiconEntryModel, type LanguageSeriesFilterInput, type LexiconEntryModel, type UpsertLexiconEntryInput } from './language.model';

/** The longest text reflectLanguage accepts. */
export const MAX_REFLECT_CHARS = TEXT_LIMITS.reflectText;
/** Team-months with fewer notes are withheld from the series (small cells are not charted). */
export const MIN_NOTES_PER_CELL = 3;
const MAX_SERIES_MONTHS = 36;

export interface DensityPoint {
  month: string;
  notes: number;
  wordCount: number;
  suppressed: boolean;
  densities: PatternNumbers | null;
  balance: number | null;
}

/** Language reflection: the organisation's lexicon (defaults merged with its edits), reflections, and team-month series. */
@Injectable()
export class LanguageService {
  private async orgRows(ctx: RequestContext): Promise<language.LexiconRecord[]> {
    return ctx.db.run((em) => language.lexiconEntries(em));
  }

  /** DEFAULT_LEXICON merged with the organisation's entries (weight 0 disables a default); once per request. */
  async lexicon(ctx: RequestContext): Promise<LexiconEntry[]> {
    const key = 'supervision:lexicon';
    if (!ctx.memo.has(key)) ctx.memo.set(key, this.orgRows(ctx).then((rows) => mergeLexicon(DEFAULT_LEXICON, rows.map(toEntry))));
    return ctx.memo.get(key) as Promise<LexiconEntry[]>;
  }

  async reflect(ctx: RequestContext, text: string): Promise<{ reflection: LanguageReflection; summary: ReflectionSummary }> {
    if (text.length > MAX_REFLECT_CHARS) throw new InvalidInputError(`The text is too long to reflect on (at most ${MAX_REFLECT_CHARS} characters)`, { field: 'text' });
    const reflection = reflectLanguage(text, await this.lexicon(ctx));
    return { reflection, summary: reflectionSummary(reflection) };
  }

  /** Weighted totals and word count over several texts, for storing with a note. */
  async totalsFor(ctx: RequestContext, texts: string[]): Promise<{ totals: PatternNumbers; wordCount: number }> {
    const lexicon = await this.lexicon(ctx);
    const sum = aggregateReflections(texts.filter((t) => t.trim() !== '').map((t) => reflectLanguage(t, lexicon)));
    return { totals: sum.totals, wordCount: sum.wordCount };
  }

  /** Every default phrase (as the organisation has it) and every phrase the organisation added, disabled ones included. */
  async entries(ctx: RequestContext): Promise<LexiconEntryModel[]> {
    const rows = await this.orgRows(ctx);
    const byKey = new Map(rows.map((r) => [r.phraseKey, r]));
    const seen = new Set<string>();
    const out: LexiconEntryModel[] = [];
    for (const d of DEFAULT_LEXICON) {
      const key = lexiconKey(d.phrase);
      if (seen.has(key)) continue;
      seen.add(key);
      const own = byKey.get(key);
      const e = own ? toEntry(own) : d;
      out.push(toLexiconEntryModel(e, own ? LexiconSourceEnum.OVERRIDDEN : LexiconSourceEnum.DEFAULT, d.weight));
    }
    for (const r of rows) if (!seen.has(r.phraseKey)) out.push(toLexiconEntryModel(toEntry(r), LexiconSourceEnum.ORGANIZATION, null));
    return out;
  }

  async upsert(ctx: RequestContext, input: UpsertLexiconEntryInput): Promise<LexiconEntryModel> {
    const phrase = input.phrase.trim().replace(/\s+/g, ' ');
    const key = lexiconKey(phrase);
    if (key.length < 2) throw new InvalidInputError('The phrase is too short', { field: 'phrase' });
    const variants = [...new Set((input.variants ?? []).map((v) => v.trim()).filter(Boolean))];
    const before = await ctx.db.run(async (em) => {
      const found = await language.lexiconEntryByKey(em, key);
      await language.upsertLexiconEntry(em, {
        organizationId: ctx.db.organizationId!, phrase, phraseKey: key, pattern: input.pattern, weight: input.weight,
        alternative: input.alternative?.trim() || null, variants, updatedBy: ctx.viewer!.personId,
      });
      return found;
    });
    ctx.memo.delete('supervision:lexicon');
    await audit(ctx, {
      entity: 'lexicon_entry', action: before ? 'lexicon_entry.updated' : 'lexicon_entry.created',
      before: before ? { phrase: before.phrase, pattern: before.pattern, weight: before.weight } : null,
      after: { phrase, pattern: input.pattern, weight: input.weight },
    });
    const entry = (await this.entries(ctx)).find((e) => lexiconKey(e.phrase) === key);
    return entry!;
  }

  /** Removes the organisation's entry for a phrase: a changed default goes back to its shipped form. */
  async remove(ctx: RequestContext, phrase: string): Promise<boolean> {
    const removed = await ctx.db.run((em) => language.deleteLexiconEntry(em, lexiconKey(phrase)));
    if (!removed) throw new NotFoundError('Lexicon entry');
    ctx.memo.delete('supervision:lexicon');
    await audit(ctx, { entity: 'lexicon_entry', entityId: removed.id, action: 'lexicon_entry.deleted', before: { phrase: removed.phrase } });
    return true;
  }

  /**
   * Language densities of supervision notes per team and month (UTC), from the totals stored with each note when it
   * was saved. Teams outside the viewer's scope are left out silently; months with fewer than MIN_NOTES_PER_CELL notes
   * are marked suppressed and carry no numbers.
   */
  async languageSeries(ctx: RequestContext, filter: { teamIds?: string[]; from: Date; to: Date }): Promise<{ teamId: string; points: DensityPoint[] }[]> {
    const { from, to } = filter;
    assertWindow(ctx.clock.nowMs(), from.getTime(), to.getTime(), {
      maxDays: (MAX_SERIES_MONTHS + 1) * 31, maxPastDays: MAX_HISTORY_DAYS, maxFutureDays: MAX_REPORT_AHEAD_DAYS,
    });
    const months = monthsBetween(from, to);
    if (months.length > MAX_SERIES_MONTHS) throw new InvalidInputError(`A series can span at most ${MAX_SERIES_MONTHS} months`, { field: 'to' });
    const teamIds = await ctx.db.run((em) => language.seriesTeamIds(em, ctx.viewer!, filter.teamIds));
    if (teamIds.length === 0) return [];
    // Read from the team × month rollups kept in step with every note save (rater type NOTE), not from the notes.
    const cells = await ctx.db.run((em) => language.languageCells(em, teamIds, from, to));
    const rows: { teamId: string; month: string; notes: number; words: number; totals: Record<LanguagePattern, number> }[] = [];
    const byKey = new Map<string, (typeof rows)[number]>();
    for (const c of cells) {
      const key = `${c.teamId}|${c.month}`;
      let r = byKey.get(key);
      if (!r) {
        r = { teamId: c.teamId, month: c.month, notes: 0, words: 0, totals: emptyPatternNumbers() };
        byKey.set(key, r);
        rows.push(r);
      }
      if (c.metric === 'LANG:WORDS') {
        r.notes = c.count;
        r.words = Number(c.sum);
      } else r.totals[c.metric.slice(5) as LanguagePattern] = Number(c.sum);
    }
    const cell = new Map(rows.map((r) => [`${r.teamId}|${r.month}`, r]));
    return teamIds.map((teamId) => ({
      teamId,
      points: months.map((month): DensityPoint => {
        const r = cell.get(`${teamId}|${month}`);
        const notes = r?.notes ?? 0;
        const wordCount = r?.words ?? 0;
        if (!r || notes < MIN_NOTES_PER_CELL) return { month, notes, wordCount, suppressed: notes > 0, densities: null, balance: null };
        const totals = emptyPatternNumbers();
        for (const p of LANGUAGE_PATTERNS) totals[p] = Number(r.totals[p] ?? 0);
        const agg = aggregateReflections([{ wordCount, totals }]);
        return { month, notes, wordCount, suppressed: false, densities: agg.densities, balance: agg.balance };
      }),
    }));
  }

  seriesFromInput(ctx: RequestContext, input: LanguageSeriesFilterInput) {
    return this.languageSeries(ctx, { teamIds: input.teamIds, from: new Date(input.from), to: new Date(input.to) });
  }
}

function toEntry(r: language.LexiconRecord): LexiconEntry {
  const e: LexiconEntry = { phrase: r.phrase, pattern: r.pattern, weight: r.weight };
  if (r.alternative) e.alternative = r.alternative;
  if (r.variants.length) e.variants = r.variants;
  return e;
}

/** YYYY-MM of every month touching [from, to) in UTC. */
export function monthsBetween(from: Date, to: Date): string[] {
  const out: string[] = [];
  let y = from.getUTCFullYear();
  let m = from.getUTCMonth();
  while (Date.UTC(y, m, 1) < to.getTime() && out.length <= MAX_SERIES_MONTHS) {
    out.push(`${y}-${String(m + 1).padStart(2, '0')}`);
    m += 1;
    if (m === 12) {
      m = 0;
      y += 1;
    }
  }
  return out;
}
