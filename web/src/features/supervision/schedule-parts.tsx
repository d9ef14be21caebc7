import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { clock } from '../../lib/clock';
import { formatDateTime } from '../../lib/format';
import { isDateKey, isValidTimeZone, wallTimeToInstant } from './time';

export interface TeamPerson {
  id: string;
  name: string;
  team?: { id: string; name: string } | null;
}

/** The teams of the people one may schedule, each with who is in it (in the order given). */
export function teamsOf(people: TeamPerson[]): { id: string; name: string; ids: string[] }[] {
  const teams = new Map<string, { id: string; name: string; ids: string[] }>();
  for (const p of people) {
    if (!p.team) continue;
    const t = teams.get(p.team.id) ?? { id: p.team.id, name: p.team.name, ids: [] };
    t.ids.push(p.id);
    teams.set(t.id, t);
  }
  return [...teams.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** "Everyone in Team A (3)": ticks a whole team of one's supervisees for a group session, in one step. */
export function TeamPicker({ people, selected, onPick }: { people: TeamPerson[]; selected: string[]; onPick: (ids: string[]) => void }) {
  const teams = teamsOf(people);
  if (teams.length === 0) return null;
  return (
    <div className="sv-team-picker" role="group" aria-label="Add a whole team">
      <span className="muted small">Add a whole team:</span>
      {teams.map((t) => {
        const all = t.ids.every((id) => selected.includes(id));
        return (
          <Button key={t.id} size="sm" disabled={all} onClick={() => onPick([...new Set([...selected, ...t.ids])])}>
            Everyone in {t.name} ({t.ids.length})
          </Button>
        );
      })}
    </div>
  );
}

/** When the chosen start (wall time in `timeZone`) has already passed on the business clock; null otherwise or when incomplete. */
export function pastStart(date: string, time: string, timeZone: string): Date | null {
  if (!isDateKey(date) || !/^\d{2}:\d{2}$/.test(time) || !isValidTimeZone(timeZone)) return null;
  const at = wallTimeToInstant(`${date}T${time}`, timeZone);
  return at.getTime() < clock.nowMs() ? at : null;
}

/** Said in the form, before saving, when the start is in the past. */
export function PastStartWarning({ date, time, timeZone }: { date: string; time: string; timeZone: string }) {
  const at = pastStart(date, time, timeZone);
  if (!at) return null;
  return (
    <Alert tone="warning" title="This start is in the past" live="status">
      {formatDateTime(at.toISOString())} has already gone by. If you meant a future date, change it now; to put a session that already happened on
      record, you can still save it and then write its note.
    </Alert>
  );
}
