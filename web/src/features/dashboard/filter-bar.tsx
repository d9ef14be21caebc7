import { RATER_TYPE_LABELS, type RaterType } from '@tandem/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../components/ui/button';
import { Checkbox } from '../../components/ui/checkbox-group';
import { Select } from '../../components/ui/select';
import { TextField } from '../../components/ui/text-field';
import { formatDate } from '../../lib/format';
import { SMALL_SCREEN, useMediaQuery } from '../../lib/use-media-query';
import {
  DEFAULT_RANGE, DEFAULT_RATERS, RANGE_PRESETS, RATER_ORDER, rangeDates, raterLabel, type DashboardFilters, type RangePreset,
} from './dashboard-filters';
import './filter-bar.css';

export interface FilterOption {
  id: string;
  name: string;
  programId?: string;
}

export interface FilterBarProps {
  filters: DashboardFilters;
  onChange: (changes: Partial<DashboardFilters>, options?: { replace?: boolean }) => void;
  programs?: FilterOption[];
  teams?: FilterOption[];
  /** The team page fixes the team; it hides the program and team pickers. */
  showScope?: boolean;
}

const RATER_HINTS: Record<RaterType, string> = {
  SELF: 'Peer specialists about their own practice',
  SUPERVISOR: 'Supervisors’ observations',
  PERSON_SERVED: 'People served (short form)',
  REVIEWER: 'Program managers and external reviewers',
};

function TeamPicker({ teams, value, onChange }: { teams: FilterOption[]; value: string[]; onChange: (ids: string[]) => void }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const id = useId();
  // The list is drawn while open only: an organisation's hundreds of teams cost nothing until someone picks from them.
  const [open, setOpen] = useState(false);
  // Close on a click elsewhere or Escape, like a native select.
  useEffect(() => {
    const onPointer = (e: PointerEvent) => {
      if (ref.current?.open && !ref.current.contains(e.target as Node)) ref.current.open = false;
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, []);
  const selected = teams.filter((t) => value.includes(t.id));
  const summary = selected.length === 0 ? `All teams (${teams.length})` : selected.length === 1 ? selected[0]!.name : `${selected.length} teams`;
  return (
    <div className="field filter-bar__teams">
      <span className="field__label" id={`${id}-label`}>
        Teams
      </span>
      <details
        ref={ref}
        className="multi-select"
        onToggle={(e) => setOpen(e.currentTarget.open)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && ref.current?.open) {
            ref.current.open = false;
            ref.current.querySelector('summary')?.focus();
          }
        }}
      >
        <summary className="input multi-select__summary" aria-describedby={`${id}-label`}>
          {summary}
        </summary>
        {open ? (
          <fieldset className="multi-select__panel">
            <legend className="visually-hidden">Teams to show</legend>
            {teams.length === 0 ? <p className="muted small">No teams in this selection.</p> : null}
            {teams.map((t) => (
              <Checkbox
                key={t.id}
                label={t.name}
                checked={value.includes(t.id)}
                onChange={(e) => onChange(e.target.checked ? [...value, t.id] : value.filter((v) => v !== t.id))}
              />
            ))}
            <div className="multi-select__actions">
              <Button size="sm" variant="ghost" onClick={() => onChange([])} disabled={value.length === 0}>
                Show all teams
              </Button>
            </div>
          </fieldset>
        ) : null}
      </details>
    </div>
  );
}

/** What the filters mean in one line (the phone view's collapsed state, and context for screen readers). */
export function describeFilters(filters: DashboardFilters, programs: FilterOption[] = [], teams: FilterOption[] = []): string {
  const { from, to } = rangeDates(filters);
  const program = programs.find((p) => p.id === filters.programId)?.name ?? 'All programs';
  const teamText = filters.teamIds.length === 0
    ? 'all teams'
    : filters.teamIds.length === 1 ? (teams.find((t) => t.id === filters.teamIds[0])?.name ?? '1 team') : `${filters.teamIds.length} teams`;
  return `${formatDate(from)} – ${formatDate(to)} · ${program}, ${teamText} · ${raterLabel(filters.raterTypes)} ratings · ${filters.granularity === 'WEEK' ? 'weekly' : 'monthly'}`;
}

/**
 * The dashboard's single filter bar: date range (presets or custom), program, teams, rater types and period. Every
 * change goes to the URL (see useDashboardFilters). Rater types are never mixed silently: pooling is a visible choice.
 */
export function FilterBar({ filters, onChange, programs = [], teams = [], showScope = true }: FilterBarProps) {
  const small = useMediaQuery(SMALL_SCREEN);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const teamChoices = filters.programId ? teams.filter((t) => t.programId === filters.programId) : teams;
  const pooled = filters.raterTypes.length > 1;
  // Without the scope pickers (team page), the program and teams carried in the URL are not this bar's to reset.
  const isDefault = filters.range === DEFAULT_RANGE && (!showScope || (!filters.programId && filters.teamIds.length === 0))
    && filters.raterTypes.join(',') === DEFAULT_RATERS.join(',') && filters.granularity === 'MONTH';
  const dates = rangeDates(filters);

  const toggleRater = (rater: RaterType, checked: boolean) => {
    const next = checked ? [...filters.raterTypes, rater] : filters.raterTypes.filter((r) => r !== rater);
    if (next.length === 0) return;
    onChange({ raterTypes: RATER_ORDER.filter((r) => next.includes(r)) });
  };

  const raterNote = (
    <p className={pooled ? 'filter-bar__raters-note filter-bar__raters-note--pooled' : 'filter-bar__raters-note'} role="status">
      {pooled ? (
        <>
          <strong>Pooled on purpose:</strong> {raterLabel(filters.raterTypes)} ratings are combined into one series. Self-ratings
          usually run higher than others’ — compare them in “Self vs others”.
        </>
      ) : (
        <>
          Showing <strong>{raterLabel(filters.raterTypes)}</strong> ratings only; other rater types are never mixed in unless you
          choose them.
        </>
      )}
    </p>
  );

  const controls = (
    <div className="filter-bar__controls" id={panelId}>
      <div className="filter-bar__group">
        <Select
          label="Date range"
          value={filters.range}
          options={RANGE_PRESETS.map((p) => ({ value: p.value, label: p.label }))}
          onChange={(e) => {
            const range = e.target.value as RangePreset;
            onChange(range === 'custom' ? { range, from: dates.from, to: dates.to } : { range, from: null, to: null });
          }}
        />
        {filters.range === 'custom' ? (
          <>
            <TextField label="From" type="date" value={filters.from ?? dates.from} max={filters.to ?? undefined} onChange={(e) => e.target.value && onChange({ from: e.target.value }, { replace: true })} />
            <TextField label="To" type="date" value={filters.to ?? dates.to} min={filters.from ?? undefined} onChange={(e) => e.target.value && onChange({ to: e.target.value }, { replace: true })} />
          </>
        ) : null}
      </div>
      {showScope ? (
        <div className="filter-bar__group">
          <Select
            label="Program"
            value={filters.programId ?? ''}
            emptyOption="All programs"
            options={programs.map((p) => ({ value: p.id, label: p.name }))}
            onChange={(e) => {
              const programId = e.target.value || null;
              const keep = programId ? filters.teamIds.filter((id) => teams.find((t) => t.id === id)?.programId === programId) : filters.teamIds;
              onChange({ programId, teamIds: keep });
            }}
          />
          <TeamPicker teams={teamChoices} value={filters.teamIds} onChange={(teamIds) => onChange({ teamIds })} />
        </div>
      ) : null}
      <fieldset className="filter-bar__period">
        <legend className="field__label">Period</legend>
        <div className="segmented">
          {(['MONTH', 'WEEK'] as const).map((g) => (
            <label key={g} className={filters.granularity === g ? 'segmented__option segmented__option--on' : 'segmented__option'}>
              <input type="radio" name={`${panelId}-by`} value={g} checked={filters.granularity === g} onChange={() => onChange({ granularity: g })} />
              {g === 'MONTH' ? 'Monthly' : 'Weekly'}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="filter-bar__raters">
        <legend className="field__label">Rater type</legend>
        <div className="filter-bar__chips">
          {RATER_ORDER.map((r) => {
            const checked = filters.raterTypes.includes(r);
            const last = checked && filters.raterTypes.length === 1;
            return (
              <Checkbox
                key={r}
                label={RATER_TYPE_LABELS[r]}
                title={last ? 'At least one rater type is shown' : RATER_HINTS[r]}
                checked={checked}
                aria-disabled={last || undefined}
                onChange={(e) => toggleRater(r, e.target.checked)}
              />
            );
          })}
          {raterNote}
        </div>
      </fieldset>
      {!isDefault ? (
        <div className="filter-bar__reset">
          <Button size="sm" variant="ghost" onClick={() => onChange({ range: DEFAULT_RANGE, from: null, to: null, raterTypes: DEFAULT_RATERS, granularity: 'MONTH', ...(showScope ? { programId: null, teamIds: [] } : {}) })}>
            Reset filters
          </Button>
        </div>
      ) : null}
    </div>
  );

  return (
    <section className="card filter-bar" aria-label="Filters">
      {small ? (
        <div className="filter-bar__compact">
          <p className="filter-bar__description">{describeFilters(filters, programs, teams)}</p>
          <Button size="sm" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
            {open ? 'Done' : 'Change filters'}
          </Button>
        </div>
      ) : null}
      {!small || open ? controls : raterNote}
    </section>
  );
}
