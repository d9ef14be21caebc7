import { Link, useSearchParams } from 'react-router-dom';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Pagination } from '../../components/ui/pagination';
import { Select } from '../../components/ui/select';
import { Skeleton } from '../../components/ui/spinner';
import { Table } from '../../components/ui/table';
import { formatDateTime } from '../../lib/format';
import { describeAction, prettySummary } from './audit-format';
import { AUDIT_PAGE_SIZE, useAuditEvents } from './use-audit';
import './audit.css';

/** Kinds of record the API audits: value, filter label, singular label. */
const ENTITIES = [
  { value: 'person', label: 'People', one: 'Person' },
  { value: 'team', label: 'Teams', one: 'Team' },
  { value: 'program', label: 'Programs', one: 'Program' },
  { value: 'organization', label: 'Organisation', one: 'Organisation' },
  { value: 'checklist', label: 'Checklists', one: 'Checklist' },
  { value: 'instrument_version', label: 'Instruments', one: 'Instrument version' },
  { value: 'supervision_session', label: 'Supervision sessions', one: 'Supervision session' },
  { value: 'supervision_note', label: 'Supervision notes', one: 'Supervision note' },
];

const ENTITY_PATHS: Record<string, string> = { person: '/people', team: '/teams' };

/** The kind of record, linked to it where it has a page. */
function EntityCell({ entity, entityId }: { entity: string; entityId: string | null }) {
  const label = ENTITIES.find((x) => x.value === entity)?.one ?? entity.replace(/_/g, ' ');
  const base = ENTITY_PATHS[entity];
  if (base && entityId) {
    return (
      <Link to={`${base}/${entityId}`}>
        {label}
        <span className="visually-hidden"> (open record)</span>
      </Link>
    );
  }
  return <>{label}</>;
}

/** Who changed what, newest first. */
export function AuditLogPage() {
  const [params, setParams] = useSearchParams();
  const entity = params.get('entity') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const events = useAuditEvents({ entity: entity || undefined }, page);

  const setParam = (key: string, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        if (key !== 'page') next.delete('page');
        return next;
      },
      { replace: true, flushSync: true },
    );

  return (
    <>
      <PageHeader title="Audit log" description="Every change to people, teams, programs and settings, with who made it. Newest first." />
      <div className="audit-filters">
        <Select
          label="Show changes to"
          emptyOption="Everything"
          options={ENTITIES.map(({ value, label }) => ({ value, label }))}
          value={entity}
          onChange={(e) => setParam('entity', e.target.value || null)}
        />
      </div>
      {events.isPending ? (
        <div className="card">
          <Skeleton lines={8} label="Loading the audit log" />
        </div>
      ) : events.isError ? (
        <ErrorState error={events.error} onRetry={() => void events.refetch()} />
      ) : events.data.auditEvents.totalCount === 0 ? (
        <EmptyState title="Nothing recorded yet" />
      ) : (
        <div aria-busy={events.isFetching}>
          <Table caption="Audit events">
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">What</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {events.data.auditEvents.items.map((e) => {
                const summary = prettySummary(e.summary);
                return (
                  <tr key={e.id}>
                    <td className="table__nowrap">{formatDateTime(e.createdAt)}</td>
                    <td>{e.actorName ?? <span className="muted">System</span>}</td>
                    <td>
                      <span className="audit-action">{describeAction(e.action)}</span>
                      <code className="audit-code">{e.action}</code>
                    </td>
                    <td>
                      <EntityCell entity={e.entity} entityId={e.entityId} />
                    </td>
                    <td className="audit-summary">
                      {summary ? (
                        <details>
                          <summary>Show details</summary>
                          <pre>{summary}</pre>
                          {e.requestId ? <p className="muted small">Request {e.requestId}</p> : null}
                        </details>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
          <Pagination
            page={page}
            pageSize={AUDIT_PAGE_SIZE}
            totalCount={events.data.auditEvents.totalCount}
            noun="events"
            onPageChange={(p) => setParam('page', p > 1 ? String(p) : null)}
          />
        </div>
      )}
    </>
  );
}
