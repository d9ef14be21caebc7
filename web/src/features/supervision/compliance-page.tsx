import { formatFigure, todayOn, windowEndingAt } from '@tandem/shared';
import { Link, useSearchParams } from 'react-router-dom';
import { complianceWords, type ComplianceFigures, type ComplianceWords } from '@tandem/shared';
import { Badge, type BadgeTone } from '../../components/ui/badge';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Select } from '../../components/ui/select';
import { Skeleton } from '../../components/ui/spinner';
import { Table } from '../../components/ui/table';
import type { SupervisionComplianceQuery } from '../../gql/graphql';
import { formatDate, formatNumber, plural } from '../../lib/format';
import { hasRole, useViewer } from '../auth/use-auth';
import { COMPLIANCE_STATUS } from './labels';
import { useCompliance, usePrograms } from './use-supervision-admin';
import { clock } from '../../lib/clock';
import './supervision.css';

type Compliance = SupervisionComplianceQuery['supervisionCompliance'];
type Aggregate = Compliance['total'];
type Reconciliation = Aggregate['reconciliation'];

const WINDOWS = [
  { value: '90', label: 'Last 90 days' },
  { value: '182', label: 'Last 6 months' },
  { value: '365', label: 'Last 12 months' },
];

/** recorded ÷ required as a bar with the number beside it (the words carry it; the bar only repeats them). */
export function RatioBar({ ratio }: { ratio: number | null }) {
  if (ratio === null) return <span className="muted small">nothing required yet</span>;
  const pct = Math.round(ratio * 100);
  const tone = pct >= 90 ? 'good' : pct >= 60 ? 'mid' : 'low';
  const text = formatFigure('SUPERVISION', ratio);
  return (
    <span className="ratio">
      <span className="ratio__track" aria-hidden="true">
        <span className={`ratio__fill ratio__fill--${tone}`} style={{ width: `${Math.min(100, pct)}%` }} />
      </span>
      <span className="ratio__text">{text}</span>
    </span>
  );
}

function ReconciliationText({ r }: { r: Reconciliation }) {
  const parts: string[] = [];
  if (r.heldNotDocumented) parts.push(`${plural(r.heldNotDocumented, 'held session', 'held sessions')} without a note`);
  if (r.documentedNotScheduled) parts.push(`${plural(r.documentedNotScheduled, 'note', 'notes')} for unscheduled sessions`);
  if (r.pastStillScheduled) parts.push(`${plural(r.pastStillScheduled, 'past session', 'past sessions')} with no outcome`);
  return parts.length ? <span className="small">{parts.join('; ')}</span> : <span className="muted small">All in step</span>;
}

const LEVEL_BADGE: Record<ComplianceWords['level'], { tone: BadgeTone; icon: string }> = {
  ok: { tone: 'success', icon: '✓' },
  attention: { tone: 'warning', icon: '◔' },
  urgent: { tone: 'danger', icon: '!' },
};

/** The status words come from the same figures as the counts beside them (shared `complianceWords`). */
export function ComplianceStatusWords({ figures }: { figures: ComplianceFigures }) {
  const w = complianceWords(figures);
  const b = LEVEL_BADGE[w.level];
  return (
    <>
      <Badge tone={b.tone}>
        <span aria-hidden="true">{b.icon}</span> {w.label}
      </Badge>
      <span className="muted small sv-block">{w.detail}</span>
    </>
  );
}

function AggregateTable({ caption, rows, nameOf }: { caption: string; rows: Aggregate[]; nameOf: (id: string | null) => string }) {
  return (
    <Table caption={caption} captionHidden={false}>
      <thead>
        <tr>
          <th scope="col">{caption.startsWith('Teams') ? 'Team' : 'Program'}</th>
          <th scope="col">Supervisees</th>
          <th scope="col">Recorded / required</th>
          <th scope="col">Ratio</th>
          <th scope="col" className="sv-th-wrap">On track · behind · session late</th>
          <th scope="col">Reconciliation</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => (
          <tr key={a.id ?? 'total'}>
            <th scope="row" className="table__nowrap">{nameOf(a.id)}</th>
            <td>{formatNumber(a.supervisees)}</td>
            <td className="table__nowrap">
              {formatNumber(a.recorded)} / {formatNumber(a.required)}
            </td>
            <td>
              <RatioBar ratio={a.ratio} />
            </td>
            <td className="table__nowrap">
              {a.onTrack} · {a.behind} · {a.overdue}
            </td>
            <td className="sv-recon">
              <ReconciliationText r={a.reconciliation} />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** Required vs recorded supervision: supervisees (supervisors), plus team and program totals (managers and admins). */
export function CompliancePage() {
  const viewer = useViewer();
  const wide = hasRole(viewer, 'ADMIN', 'PROGRAM_MANAGER');
  const [params, setParams] = useSearchParams();
  const programId = params.get('program') ?? '';
  const teamId = params.get('team') ?? '';
  const windowDays = WINDOWS.some((w) => w.value === params.get('window')) ? params.get('window')! : '90';
  // Whole days ending today, by the metric catalogue's rule, so "last 90 days" here is the dashboard's "last 90 days".
  const today = todayOn(clock);
  const window = windowEndingAt(today, today, Number(windowDays));
  const compliance = useCompliance({ from: window.startsAt, to: window.endsAt, ...(programId ? { programId } : {}), ...(teamId ? { teamId } : {}) });
  const programs = usePrograms(wide);

  const update = (patch: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };
  const programName = new Map((programs.data ?? []).map((p) => [p.id, p.name]));
  const teamName = new Map((programs.data ?? []).flatMap((p) => p.teams).map((t) => [t.id, t.name]));
  const teamOptions = (programs.data ?? []).filter((p) => !programId || p.id === programId).flatMap((p) => p.teams.filter((t) => !t.archived));
  const data = compliance.data;

  return (
    <>
      <PageHeader
        title="Supervision compliance"
        description="Sessions recorded against what the policy asks, and how many days since the last one. For planning support, not for blame."
        breadcrumb={
          <>
            <Link to="/supervision">Supervision</Link> /
          </>
        }
      />
      <div className="sv-filters">
        {wide ? (
          <>
            <Select label="Program" value={programId} emptyOption="All programs" options={(programs.data ?? []).map((p) => ({ value: p.id, label: p.name }))} onChange={(e) => update({ program: e.target.value, team: '' })} />
            <Select label="Team" value={teamId} emptyOption="All teams" options={teamOptions.map((t) => ({ value: t.id, label: t.name }))} onChange={(e) => update({ team: e.target.value })} />
          </>
        ) : null}
        <Select label="Period" value={windowDays} options={WINDOWS} onChange={(e) => update({ window: e.target.value === '90' ? '' : e.target.value })} />
      </div>
      {compliance.isPending ? (
        <div className="card">
          <Skeleton lines={6} label="Loading supervision compliance" />
        </div>
      ) : compliance.isError ? (
        <ErrorState error={compliance.error} onRetry={() => void compliance.refetch()} />
      ) : data!.supervisees.length === 0 ? (
        <EmptyState title="No supervisees here">{wide ? 'Try another program or team.' : 'You don’t supervise anyone at the moment.'}</EmptyState>
      ) : (
        <div className="stack">
          <div className="grid-stats sv-kpis">
            <div className="card sv-kpi">
              <p className="sv-kpi__label">Recorded vs required</p>
              <p className="sv-kpi__value">{formatFigure('SUPERVISION', data!.total.ratio)}</p>
              <p className="muted small">
                {formatNumber(data!.total.recorded)} recorded, {formatNumber(data!.total.required)} required since {formatDate(data!.from)}
              </p>
            </div>
            {(['ON_TRACK', 'BEHIND', 'OVERDUE'] as const).map((s) => (
              <div className="card sv-kpi" key={s}>
                <p className="sv-kpi__label">
                  <span aria-hidden="true">{COMPLIANCE_STATUS[s].icon} </span>
                  {COMPLIANCE_STATUS[s].label}
                </p>
                <p className="sv-kpi__value">{s === 'ON_TRACK' ? data!.total.onTrack : s === 'BEHIND' ? data!.total.behind : data!.total.overdue}</p>
                <p className="muted small">{s === 'OVERDUE' ? 'longer than the current interval since the last session' : s === 'BEHIND' ? 'fewer sessions than required so far' : 'supervisees'}</p>
              </div>
            ))}
          </div>
          <Table caption="Supervisees" captionHidden={false}>
            <thead>
              <tr>
                <th scope="col">Supervisee</th>
                {wide ? <th scope="col">Team</th> : null}
                <th scope="col">Recorded / required</th>
                <th scope="col">Ratio</th>
                <th scope="col">Days since last</th>
                <th scope="col">Status</th>
                <th scope="col">Reconciliation</th>
              </tr>
            </thead>
            <tbody>
              {data!.supervisees.map((r) => (
                <tr key={r.superviseeId}>
                  <th scope="row" className="table__nowrap">
                    <Link to={`/supervision?supervisee=${encodeURIComponent(r.superviseeId)}`}>{r.supervisee.name}</Link>
                  </th>
                  {wide ? <td>{r.team?.name ?? '—'}</td> : null}
                  <td className="table__nowrap">
                    {r.recorded} / {r.required}
                  </td>
                  <td>
                    <RatioBar ratio={r.ratio} />
                  </td>
                  <td className="sv-days">
                    {r.daysSinceLast === null ? 'None yet' : plural(r.daysSinceLast, 'day', 'days')}
                    <span className="muted small sv-block">every {r.currentIntervalDays} days</span>
                  </td>
                  <td>
                    <ComplianceStatusWords figures={r} />
                  </td>
                  <td className="sv-recon">
                    <ReconciliationText r={r.reconciliation} />
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
          {wide ? (
            <>
              <AggregateTable caption="Teams" rows={data!.teams} nameOf={(id) => (id ? (teamName.get(id) ?? 'Team') : 'No team')} />
              <AggregateTable caption="Programs" rows={[...data!.programs, data!.total]} nameOf={(id) => (id ? (programName.get(id) ?? 'Program') : 'All (total)')} />
            </>
          ) : null}
          <p className="muted small">
            Reconciliation compares the calendar with the notes: held sessions without a note, notes for sessions that were never scheduled, and
            past sessions whose outcome was never recorded.
          </p>
        </div>
      )}
    </>
  );
}
