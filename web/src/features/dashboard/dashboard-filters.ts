import { DAY_MS, isRaterType, RATER_TYPE_LABELS, type RaterType } from '@tandem/shared';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { DriftFilterInput, Granularity } from '../../gql/graphql';
import { todayIso } from '../../lib/format';

/**
 * The dashboard's one filter bar lives in the URL: a filtered view can be bookmarked and shared, survives a reload,
 * and Back/Forward step through filter changes. Defaults are left out of the URL.
 */
export const RANGE_PRESETS = [
  { value: '6m', label: 'Last 6 months', months: 6 },
  { value: '12m', label: 'Last 12 months', months: 12 },
  { value: '24m', label: 'Last 24 months', months: 24 },
  { value: 'custom', label: 'Custom dates…', months: 0 },
] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number]['value'];

export const DEFAULT_RANGE: RangePreset = '24m';
export const DEFAULT_RATERS: RaterType[] = ['SELF'];
export const RATER_ORDER: RaterType[] = ['SELF', 'SUPERVISOR', 'PERSON_SERVED', 'REVIEWER'];

export interface DashboardFilters {
  range: RangePreset;
  /** Custom range only (ISO dates). */
  from: string | null;
  to: string | null;
  programId: string | null;
  teamIds: string[];
  raterTypes: RaterType[];
  granularity: Granularity;
}

/** URL keys shared by the dashboard, team and person pages (other keys belong to one page). */
export const FILTER_KEYS = ['range', 'from', 'to', 'program', 'teams', 'raters', 'by'] as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseFilters(params: URLSearchParams): DashboardFilters {
  const rangeParam = params.get('range');
  const range = RANGE_PRESETS.some((p) => p.value === rangeParam) ? (rangeParam as RangePreset) : DEFAULT_RANGE;
  const from = params.get('from');
  const to = params.get('to');
  const raters = (params.get('raters') ?? '').split(',').filter(isRaterType);
  return {
    range,
    from: range === 'custom' && from && ISO_DATE.test(from) ? from : null,
    to: range === 'custom' && to && ISO_DATE.test(to) ? to : null,
    programId: params.get('program') || null,
    teamIds: (params.get('teams') ?? '').split(',').filter(Boolean),
    raterTypes: raters.length ? RATER_ORDER.filter((r) => raters.includes(r)) : DEFAULT_RATERS,
    granularity: params.get('by') === 'week' ? 'WEEK' : 'MONTH',
  };
}

/** Writes the filters into `base` (other keys kept), leaving defaults out. */
export function writeFilters(filters: DashboardFilters, base = new URLSearchParams()): URLSearchParams {
  const next = new URLSearchParams(base);
  for (const key of FILTER_KEYS) next.delete(key);
  if (filters.range !== DEFAULT_RANGE) next.set('range', filters.range);
  if (filters.range === 'custom') {
    if (filters.from) next.set('from', filters.from);
    if (filters.to) next.set('to', filters.to);
  }
  if (filters.programId) next.set('program', filters.programId);
  if (filters.teamIds.length) next.set('teams', filters.teamIds.join(','));
  const raters = RATER_ORDER.filter((r) => filters.raterTypes.includes(r));
  if (raters.join(',') !== DEFAULT_RATERS.join(',')) next.set('raters', raters.join(','));
  if (filters.granularity === 'WEEK') next.set('by', 'week');
  return next;
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The concrete dates a filter means today: presets end today and start on a period boundary. */
export function rangeDates(filters: DashboardFilters, today = todayIso()): { from: string; to: string } {
  if (filters.range === 'custom' && filters.from && filters.to) {
    return filters.from <= filters.to ? { from: filters.from, to: filters.to } : { from: filters.to, to: filters.from };
  }
  const preset = RANGE_PRESETS.find((p) => p.value === filters.range && p.months > 0) ?? RANGE_PRESETS[2];
  const end = new Date(`${today}T00:00:00Z`);
  if (filters.granularity === 'WEEK') {
    const weeks = Math.round((preset.months * 52) / 12);
    return { from: isoDate(new Date(end.getTime() - (weeks - 1) * 7 * DAY_MS)), to: today };
  }
  return { from: isoDate(new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - (preset.months - 1), 1))), to: today };
}

export function toDriftFilter(filters: DashboardFilters, today?: string): DriftFilterInput {
  const { from, to } = rangeDates(filters, today);
  return {
    from,
    to,
    granularity: filters.granularity,
    programId: filters.programId ?? undefined,
    teamIds: filters.teamIds.length ? filters.teamIds : undefined,
    raterTypes: filters.raterTypes,
  };
}

/** "self-assessment" or "self-assessment + supervisor" — how the rater selection is named on every chart. */
export function raterLabel(raterTypes: readonly string[]): string {
  return raterTypes.map((r) => (isRaterType(r) ? RATER_TYPE_LABELS[r] : r).toLowerCase()).join(' + ');
}

/** Only the shared filter keys of a search string, for links between dashboard pages. */
export function sharedSearch(params: URLSearchParams): string {
  const next = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const v = params.get(key);
    if (v) next.set(key, v);
  }
  const s = next.toString();
  return s ? `?${s}` : '';
}

/** Filters from the URL, setters that push history entries (so Back undoes a filter change), and page-only keys. */
export function useDashboardFilters() {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the string is the identity of the params
  const filters = useMemo(() => parseFilters(params), [key]);
  const setFilters = useCallback(
    (changes: Partial<DashboardFilters>, options: { replace?: boolean } = {}) =>
      setParams((prev) => writeFilters({ ...parseFilters(prev), ...changes }, prev), { replace: options.replace ?? false }),
    [setParams],
  );
  /** Page-only keys (metric, signal, focus team). */
  const setParam = useCallback(
    (changes: Record<string, string | null>, options: { replace?: boolean } = {}) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(changes)) {
            if (v) next.set(k, v);
            else next.delete(k);
          }
          return next;
        },
        { replace: options.replace ?? false },
      ),
    [setParams],
  );
  const driftFilter = useMemo(() => toDriftFilter(filters), [filters]);
  return { params, filters, setFilters, setParam, driftFilter, search: sharedSearch(params) };
}
