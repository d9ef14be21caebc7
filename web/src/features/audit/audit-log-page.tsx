import { Link, useSearchParams } from 'react-router-dom';
import { Button } from '../../components/ui/button';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Select } from '../../components/ui/select';
import { Skeleton } from '../../components/ui/spinner';
import { Table } from '../../components/ui/table';
import { TextField } from '../../components/ui/text-field';
import type { AuditView } from '../../gql/graphql';
import { formatDateTime, formatNumber } from '../../lib/format';
import { prettySummary } from './audit-format';
import { auditCsvHref, useAuditEvents, useAuditOptions, type AuditFilters } from './use-audit';
import './audit.css';

const VIEWS: { value: AuditView; label: string; category: string; description: string }[] = [
  { value: 'CHANGES', label: 'Changes', category: 'CHANGE', description: 'Every change to people, teams, programmes, checklists, supervision and settings, with who made it.' },
  { value: 'NOTE_READS', label: 'Note reads', category: 'NOTE_READ', description: 'Who opened the text of which supervision note, and in what capacity.' },
  { value: 'SIGN_INS', label: 'Sign-ins', category: 'SIGN_IN', description: 'Sign-ins, sign-outs, failed attempts and password events.' },
];

const ENTITY_PATHS: Record<string, string> = { person: '/people', team: '/teams' };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function readFilters(params: URLSearchParams): AuditFilters {
  const view = VIEWS.find((v) => v.value === params.get('view'))?.value ?? 'CHANGES';
  const date = (key: string) => {
    const value = params.get(key);
    return value && ISO_DATE.test(value) ? value : null;
  };
  return { view, personId: params.get('person'), action: params.get('action'), entity: params.get('entity'), from: date('from'), to: date('to') };
}

/** The record, linked to its page where it has one. */
function RecordCell({ entity, entityId, subject }: { entity: string; entityId: string | null; subject: string }) {
  const base = ENTITY_PATHS[entity];
  return base && entityId ? <Link to={`${base}/${entityId}`}>{subject}</Link> : <>{subject}</>;
}

/** Who did what to which record, newest first: changes, note reads and sign-ins each in a view of their own. */
export function AuditLogPage() {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const options = useAuditOptions();
  const events = useAuditEvents(filters);
  const view = VIEWS.find((v) => v.value === filters.view)!;

  const setParam = (changes: Record<string, string | null>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );

  const actionOptions = (options.data?.auditActions ?? []).filter((a) => a.category === view.category).map((a) => ({ value: a.action, label: a.label }));
  const items = events.data?.pages.flatMap((p) => p.auditEvents.items) ?? [];
  const first = events.data?.pages[0]?.auditEvents;
  const filtered = Boolean(filters.personId || filters.action || filters.entity || filters.from || filters.to);

  return (
    <>
      <PageHeader title="Audit log" description="Who did what, to which record, and when. Newest first." />
      <div className="audit-tabs" role="tablist" aria-label="What to show">
        {VIEWS.map((v) => (
          <button
            key={v.value}
            type="button"
            role="tab"
            id={`audit-tab-${v.value}`}
            aria-selected={v.value === filters.view}
            aria-controls="audit-panel"
            tabIndex={v.value === filters.view ? 0 : -1}
            className="audit-tab"
            onClick={() => setParam({ view: v.value === 'CHANGES' ? null : v.value, action: null })}
            onKeyDown={(e) => {
              const i = VIEWS.findIndex((x) => x.value === v.value);
              const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
              if (!step) return;
              const next = VIEWS[(i + step + VIEWS.length) % VIEWS.length]!;
              setParam({ view: next.value === 'CHANGES' ? null : next.value, action: null });
              document.getElementById(`audit-tab-${next.value}`)?.focus();
            }}
          >
            {v.label}
          </button>
        ))}
      </div>
      <div id="audit-panel" role="tabpanel" aria-labelledby={`audit-tab-${filters.view}`}>
        <p className="muted audit-view-description">{view.description}</p>
        <div className="audit-filters">
          <Select
            label="Person"
            description="Who did it, or whom it is about"
            emptyOption="Anyone"
            options={(options.data?.people.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={filters.personId ?? ''}
            onChange={(e) => setParam({ person: e.target.value || null })}
          />
          <Select
            label="Action"
            emptyOption="Any action"
            options={actionOptions}
            value={filters.action ?? ''}
            onChange={(e) => setParam({ action: e.target.value || null })}
          />
          {filters.view === 'CHANGES' ? (
            <Select
              label="Record"
              emptyOption="Any kind of record"
              options={(options.data?.auditEntities ?? []).map((x) => ({ value: x.entity, label: x.label }))}
              value={filters.entity ?? ''}
              onChange={(e) => setParam({ entity: e.target.value || null })}
            />
          ) : null}
          <TextField label="From" type="date" value={filters.from ?? ''} max={filters.to ?? undefined} onChange={(e) => setParam({ from: e.target.value || null })} />
          <TextField label="To" type="date" value={filters.to ?? ''} min={filters.from ?? undefined} onChange={(e) => setParam({ to: e.target.value || null })} />
        </div>
        <div className="audit-toolbar">
          {first ? (
            <p className="muted" role="status">
              {formatNumber(first.totalCount)}
              {first.totalCountCapped ? '+' : ''} {first.totalCount === 1 ? 'event' : 'events'}
              {filtered ? ' match these filters' : ''}
            </p>
          ) : null}
          {filtered ? (
            <Button variant="ghost" onClick={() => setParam({ person: null, action: null, entity: null, from: null, to: null })}>
              Clear filters
            </Button>
          ) : null}
          <a className="btn btn--secondary" href={auditCsvHref(filters)} download>
            Export these rows as CSV
          </a>
        </div>
        {events.isPending ? (
          <div className="card">
            <Skeleton lines={8} label="Loading the audit log" />
          </div>
        ) : events.isError ? (
          <ErrorState error={events.error} onRetry={() => void events.refetch()} />
        ) : items.length === 0 ? (
          <EmptyState title={filtered ? 'Nothing matches these filters' : 'Nothing recorded yet'} />
        ) : (
          <div aria-busy={events.isFetching}>
            <Table caption={`Audit log: ${view.label.toLowerCase()}`}>
              <thead>
                <tr>
                  <th scope="col">Time</th>
                  <th scope="col">Who</th>
                  <th scope="col">What happened</th>
                  <th scope="col">Record</th>
                  {filters.view === 'NOTE_READS' ? <th scope="col">Read as</th> : null}
                  <th scope="col">Details</th>
                </tr>
              </thead>
              <tbody>
                {items.map((e) => {
                  const summary = prettySummary(e.summary);
                  return (
                    <tr key={e.id}>
                      <td className="table__nowrap">{formatDateTime(e.createdAt)}</td>
                      <td>{e.actorName ?? <span className="muted">System</span>}</td>
                      <td>
                        <span className="audit-action">{e.actionLabel}</span>
                        <code className="audit-code">{e.action}</code>
                      </td>
                      <td>
                        <RecordCell entity={e.entity} entityId={e.entityId} subject={e.subject} />
                      </td>
                      {filters.view === 'NOTE_READS' ? <td>{e.readAs ?? '—'}</td> : null}
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
            {events.hasNextPage ? (
              <div className="audit-more">
                <Button variant="secondary" onClick={() => void events.fetchNextPage()} disabled={events.isFetchingNextPage}>
                  {events.isFetchingNextPage ? 'Loading older events…' : 'Show older events'}
                </Button>
              </div>
            ) : null}
          </div>
        )}
      </div>
    </>
  );
}
