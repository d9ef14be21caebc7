import { TEXT_LIMITS } from '@tandem/shared';
import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { useInView } from 'react-intersection-observer';
import { Button } from '../../components/ui/button';
import { Select } from '../../components/ui/select';
import { TextField } from '../../components/ui/text-field';
import { formatNumber } from '../../lib/format';
import type { DriftTeamSort } from '../../gql/graphql';
import { TEAM_PAGE_SIZE, TEAM_SORTS } from './use-dashboard';

/** Waits this long after the last key before asking the API (one request per pause, not per key). */
const SEARCH_PAUSE_MS = 300;

/**
 * Search and order for the team list (both in the URL through `onSearch`/`onSort`), with how many teams are shown of
 * how many match.
 */
export function TeamListControls({
  search, sort, shown, total, onSearch, onSort,
}: {
  search: string;
  sort: DriftTeamSort;
  shown: number;
  total: number | null;
  onSearch: (search: string) => void;
  onSort: (sort: DriftTeamSort) => void;
}) {
  const [typed, setTyped] = useState(search);
  useEffect(() => setTyped(search), [search]);
  useEffect(() => {
    if (typed.trim() === search.trim()) return undefined;
    const timer = setTimeout(() => onSearch(typed.trim()), SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed, search, onSearch]);
  return (
    <section className="card team-list" aria-labelledby="team-list-title">
      <h2 id="team-list-title" className="card-title">
        Teams
      </h2>
      <div className="team-list__controls">
        <TextField
          label="Find a team"
          type="search"
          value={typed}
          maxLength={TEXT_LIMITS.teamSearch}
          onChange={(e) => setTyped(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onSearch(typed.trim());
          }}
        />
        <Select label="Order" value={sort} options={TEAM_SORTS} onChange={(e) => onSort(e.target.value as DriftTeamSort)} />
      </div>
      <p className="muted small" role="status">
        {total === null ? 'Loading teams…' : total === 0 ? 'No team matches.' : `Showing ${formatNumber(shown)} of ${formatNumber(total)} ${total === 1 ? 'team' : 'teams'}; the charts below show these teams.`}
      </p>
    </section>
  );
}

/** “Show more teams”: the next page, appended to the charts and the heat map. */
export function MoreTeams({ shown, total, loading, onMore }: { shown: number; total: number; loading: boolean; onMore: () => void }) {
  if (shown >= total) return null;
  return (
    <div className="team-list__more">
      <Button onClick={onMore} loading={loading}>
        Show more teams ({formatNumber(Math.min(total - shown, TEAM_PAGE_SIZE))} more of {formatNumber(total - shown)})
      </Button>
    </div>
  );
}

/**
 * Draws its chart only once it scrolls near the screen (and keeps it), so a long list of cards costs the browser
 * only what is seen. Without IntersectionObserver (old browsers, tests) it draws at once.
 */
// Printing draws every chart: a printed dashboard has no scrolling to bring a card into view.
let printing = false;
let listening = false;
const printListeners = new Set<() => void>();
function subscribePrinting(listener: () => void): () => void {
  if (!listening && typeof window !== 'undefined') {
    listening = true;
    window.addEventListener('beforeprint', () => flushSync(() => {
      printing = true;
      for (const l of printListeners) l();
    }));
  }
  printListeners.add(listener);
  return () => printListeners.delete(listener);
}
const isPrinting = () => printing;

export function WhenVisible({ children, height }: { children: ReactNode; height: string }) {
  const { ref, inView } = useInView({ triggerOnce: true, rootMargin: '400px 0px', fallbackInView: true });
  const print = useSyncExternalStore(subscribePrinting, isPrinting, isPrinting);
  const shown = inView || print;
  return (
    <div ref={ref} style={shown ? undefined : { minHeight: height }}>
      {shown ? children : null}
    </div>
  );
}
