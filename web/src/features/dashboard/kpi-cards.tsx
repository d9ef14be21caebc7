import { formatDriftPeriod } from '@tandem/shared';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { formatNumber } from '../../lib/format';
import { BandBadge, SeverityBadge } from './drift-badges';
import { ruleWords } from './drift-shaping';
import type { DriftOverviewTeam } from './overview-types';

export interface KpiValues {
  teams: number;
  teamsWithAlerts: number;
  teamsOnWatch: number;
  mutualityIndex: number | null;
  band: string | null;
  checklists: number;
  /** Supervision recorded ÷ required across the teams (the API's last 90 days); null until reported. */
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
        detail={kpis.teamsWithAlerts ? 'an alert in the last three periods' : 'no alerts right now'}
        tone={kpis.teamsWithAlerts ? 'alert' : undefined}
      />
      <Kpi
        label="On watch"
        value={formatNumber(kpis.teamsOnWatch)}
        detail={kpis.teamsOnWatch ? 'an early signal, worth a look' : 'none on watch'}
        tone={kpis.teamsOnWatch ? 'watch' : undefined}
      />
      <Kpi
        label="Mutuality Fidelity Index"
        value={kpis.mutualityIndex !== null ? <>{kpis.mutualityIndex.toFixed(2)}<span className="kpi__unit"> of 5</span></> : '—'}
        detail={<BandBadge band={kpis.band} />}
      />
      <Kpi label="Checklists" value={formatNumber(kpis.checklists)} detail={`${raterText} ratings in range`} />
      <Kpi
        label="Supervision held"
        value={kpis.supervisionRatio !== null ? `${Math.round(kpis.supervisionRatio * 100)}%` : '—'}
        detail={kpis.supervisionRatio !== null ? 'of required sessions, last 90 days' : 'not reported yet'}
        tone={kpis.supervisionRatio !== null && kpis.supervisionRatio < 0.75 ? 'watch' : undefined}
      />
    </section>
  );
}

/** Teams with an active signal, alerts first, each with its signal in words and a link to the explanation. */
export function AttentionList({ teams, search }: { teams: DriftOverviewTeam[]; search: string }) {
  const flagged = teams.filter((t) => t.activeSignals.length > 0);
  return (
    <section className="card attention" aria-labelledby="attention-title">
      <h2 id="attention-title" className="card-title">
        Where to look first
      </h2>
      {flagged.length === 0 ? (
        <p className="muted">No team shows a drift signal in the last three periods. Steady practice is worth noticing too.</p>
      ) : (
        <ul className="attention__list">
          {flagged.map((t) => {
            const signals = [...t.activeSignals].sort((a, b) => (a.severity === b.severity ? a.period.localeCompare(b.period) : a.severity === 'alert' ? -1 : 1));
            const top = signals[0]!;
            const params = new URLSearchParams(search);
            params.set('metric', top.metric);
            params.set('signal', top.id);
            return (
              <li key={t.team.id} className="attention__item">
                <div className="attention__head">
                  <Link to={`/dashboard/teams/${t.team.id}?${params.toString()}`} className="attention__team">
                    {t.team.name}
                  </Link>
                  <span className="muted small">{t.program.name}</span>
                </div>
                <ul className="attention__signals">
                  {signals.map((s) => (
                    <li key={s.id}>
                      <SeverityBadge severity={s.severity} />{' '}
                      <span>
                        {s.metricLabel}: {ruleWords(s.rule).name.toLowerCase()} ({formatDriftPeriod(s.period)})
                      </span>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
      {flagged.length > 0 && flagged.length < teams.length ? (
        <p className="attention__steady small">
          <strong>Steady:</strong>{' '}
          {teams.filter((t) => t.activeSignals.length === 0).map((t, i, all) => (
            <span key={t.team.id}>
              <Link to={`/dashboard/teams/${t.team.id}${search}`}>{t.team.name}</Link>
              {i < all.length - 1 ? ', ' : ''}
            </span>
          ))}{' '}
          — no signal in the last three periods.
        </p>
      ) : null}
    </section>
  );
}
