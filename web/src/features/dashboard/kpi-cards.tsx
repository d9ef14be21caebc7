import { formatDriftPeriod, formatFigure, METRIC_CATALOGUE, windowText } from '@tandem/shared';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { formatNumber, plural } from '../../lib/format';
import { Badge } from '../../components/ui/badge';
import { BandBadge, SeverityBadge } from './drift-badges';
import { improvements, isWorse, signalName } from './drift-shaping';
import type { AttentionTeam } from './overview-types';

export interface KpiValues {
  teams: number;
  teamsWithAlerts: number;
  teamsOnWatch: number;
  /** Teams with an improvement signal in force (optional for callers that predate it). */
  teamsImproving?: number;
  mutualityIndex: number | null;
  band: string | null;
  checklists: number;
  /** Supervision recorded ÷ required across the teams (the 90 days ending at the end of the range); null until reported. */
  supervisionRatio: number | null;
}

function Kpi({ label, value, detail, tone }: { label: string; value: ReactNode; detail?: ReactNode; tone?: 'alert' | 'watch' }) {
  return (
    <div className={['card kpi', tone ? `kpi--${tone}` : ''].filter(Boolean).join(' ')}>
      <span className="kpi__label">{label}</span>
      <span className="kpi__value">{value}</span>
      {detail ? <span className="kpi__detail">{detail}</span> : null}
    </div>
  );
}

/** The headline numbers, each with a word of context; supervision shows once the API reports it. */
export function KpiCards({ kpis, raterText }: { kpis: KpiValues; raterText: string }) {
  return (
    <section aria-label="Key figures" className="kpi-grid">
      <Kpi label="Teams" value={formatNumber(kpis.teams)} detail="in this selection" />
      <Kpi
        label="Teams with alerts"
        value={formatNumber(kpis.teamsWithAlerts)}
        detail={kpis.teamsWithAlerts ? 'a drift alert in force now' : 'no drift alerts right now'}
        tone={kpis.teamsWithAlerts ? 'alert' : undefined}
      />
      <Kpi
        label="On watch"
        value={formatNumber(kpis.teamsOnWatch)}
        detail={kpis.teamsOnWatch ? 'an early signal, worth a look' : 'none on watch'}
        tone={kpis.teamsOnWatch ? 'watch' : undefined}
      />
      {kpis.teamsImproving !== undefined ? (
        <Kpi
          label="Improving"
          value={formatNumber(kpis.teamsImproving)}
          detail={kpis.teamsImproving ? 'a sustained improvement in force' : 'no improvement signal right now'}
        />
      ) : null}
      <Kpi
        label={METRIC_CATALOGUE.MFI.label}
        value={kpis.mutualityIndex !== null ? <>{formatFigure('MFI', kpis.mutualityIndex)}<span className="kpi__unit">/100</span></> : '—'}
        detail={<BandBadge band={kpis.band} />}
      />
      <Kpi label="Checklists" value={formatNumber(kpis.checklists)} detail={`${raterText} ratings in range`} />
      <Kpi
        label={METRIC_CATALOGUE.SUPERVISION.label}
        value={formatFigure('SUPERVISION', kpis.supervisionRatio)}
        detail={kpis.supervisionRatio !== null ? `of required sessions, ${windowText(METRIC_CATALOGUE.SUPERVISION.window)}` : 'not reported yet'}
        tone={kpis.supervisionRatio !== null && kpis.supervisionRatio < 0.75 ? 'watch' : undefined}
      />
    </section>
  );
}

/** A team's signals in force that point toward drift. */
const driftSignals = (t: AttentionTeam) => t.activeSignals.filter(isWorse);

/** "and 12 more teams": what the first screen's list leaves to the team list below. */
function MoreLine({ listed, total, what }: { listed: number; total: number; what: string }) {
  if (total <= listed) return null;
  return (
    <p className="small muted">
      and {formatNumber(total - listed)} more {total - listed === 1 ? 'team' : 'teams'} {what}: the team list below orders them by concern.
    </p>
  );
}

/** The team page, opened on a signal. */
function signalLink(teamId: string, search: string, signal: { metric: string; id: string }): string {
  const params = new URLSearchParams(search);
  params.set('metric', signal.metric);
  params.set('signal', signal.id);
  return `/dashboard/teams/${teamId}?${params.toString()}`;
}

/**
 * Teams with a drift signal in force at the end of the range (whenever it fired), alerts first, each with its signal
 * in words and a link to the explanation. The API sends the most concerning few; `flaggedCount` counts them all.
 */
export function AttentionList({ teams, flaggedCount, steadyCount, search }: { teams: AttentionTeam[]; flaggedCount: number; steadyCount: number; search: string }) {
  const flagged = teams.filter((t) => driftSignals(t).length > 0);
  return (
    <section className="card attention" aria-labelledby="attention-title">
      <h2 id="attention-title" className="card-title">
        Where to look first
      </h2>
      {flagged.length === 0 ? (
        <p className="muted">No team has a drift signal in force. Steady practice is worth noticing too.</p>
      ) : (
        <ul className="attention__list">
          {flagged.map((t) => {
            const signals = driftSignals(t).sort((a, b) => (a.severity === b.severity ? a.period.localeCompare(b.period) : a.severity === 'alert' ? -1 : 1));
            const top = signals[0]!;
            return (
              <li key={t.team.id} className="attention__item">
                <div className="attention__head">
                  <Link to={signalLink(t.team.id, search, top)} className="attention__team">
                    {t.team.name}
                  </Link>
                  <span className="muted small">{t.program.name}</span>
                </div>
                <ul className="attention__signals">
                  {signals.map((s) => (
                    <li key={s.id}>
                      <SeverityBadge severity={s.severity} />{' '}
                      <span>
                        {s.metricLabel}: {signalName(s).toLowerCase()} ({formatDriftPeriod(s.period)}{s.beforeRange ? ', before this range' : ''})
                      </span>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
      <MoreLine listed={flagged.length} total={flaggedCount} what="with a drift signal" />
      {flagged.length > 0 && steadyCount > 0 ? (
        <p className="attention__steady small">
          <strong>Steady:</strong> {plural(steadyCount, 'team', 'teams')} with no signal in force.
        </p>
      ) : null}
    </section>
  );
}

/**
 * Teams whose practice has measurably improved: an improvement signal (the detector's 'better' direction) in force at
 * the end of the range, with where it began and a link to the explanation. The other half of "where to look".
 */
export function ImprovingList({ teams, improvingCount, search }: { teams: AttentionTeam[]; improvingCount: number; search: string }) {
  const improving = teams.filter((t) => improvements(t.activeSignals).length > 0);
  return (
    <section className="card attention attention--improving" aria-labelledby="improving-title">
      <h2 id="improving-title" className="card-title">
        Improving
      </h2>
      {improving.length === 0 ? (
        <p className="muted">No team shows a sustained improvement right now.</p>
      ) : (
        <ul className="attention__list">
          {improving.map((t) => {
            const signals = improvements(t.activeSignals).sort((a, b) => Number(b.severity === 'alert') - Number(a.severity === 'alert') || a.since.localeCompare(b.since));
            return (
              <li key={t.team.id} className="attention__item">
                <div className="attention__head">
                  <Link to={signalLink(t.team.id, search, signals[0]!)} className="attention__team">
                    {t.team.name}
                  </Link>
                  <span className="muted small">{t.program.name}</span>
                </div>
                <ul className="attention__signals">
                  {signals.map((s) => (
                    <li key={s.id}>
                      <Badge tone="success">improving</Badge>{' '}
                      <span>
                        {s.metricLabel}: {signalName(s).toLowerCase()} (since {formatDriftPeriod(s.since)})
                      </span>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
      <MoreLine listed={improving.length} total={improvingCount} what="improving" />
    </section>
  );
}
