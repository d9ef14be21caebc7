import { Link } from 'react-router-dom';
import { Badge } from '../../components/ui/badge';
import { EmptyState } from '../../components/ui/empty-state';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Skeleton } from '../../components/ui/spinner';
import { Table } from '../../components/ui/table';
import { formatDate } from '../../lib/format';
import { ChecklistPolicyCard } from './checklist-policy-card';
import { ImportInstrumentCard } from './import-instrument-card';
import { useInstrumentList } from './use-instruments';
import './instruments.css';

const LEVELS: Record<string, string> = { PRACTITIONER: 'Practitioner', ORGANISATION: 'Organisation' };

/** Admin: the organisation's instruments, importing one, and how often checklists are due per program. */
export function InstrumentsPage() {
  const list = useInstrumentList();
  return (
    <>
      <PageHeader
        title="Instruments"
        description="The checklists your organisation uses. Published versions never change: edits happen in a draft that becomes the next version, and trends carry over."
      />
      <div className="stack">
        {list.isPending ? (
          <div className="card">
            <Skeleton lines={3} label="Loading instruments" />
          </div>
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data.length === 0 ? (
          <EmptyState title="No instruments yet">Import one below as JSON or a REDCap data dictionary.</EmptyState>
        ) : (
          <Table caption="Instruments">
            <thead>
              <tr>
                <th scope="col">Instrument</th>
                <th scope="col">Level</th>
                <th scope="col">Current version</th>
                <th scope="col">Draft</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((instrument) => {
                const current = instrument.versions.find((v) => v.status === 'PUBLISHED');
                return (
                  <tr key={instrument.id}>
                    <td>
                      <div className="instrument-cell">
                        <Link to={`/admin/instruments/${instrument.key}`}>{instrument.title}</Link>
                        <code className="muted small">{instrument.key}</code>
                      </div>
                    </td>
                    <td>{LEVELS[instrument.level] ?? instrument.level}</td>
                    <td className="table__nowrap">
                      {current ? `Version ${current.version} · ${formatDate(current.publishedAt)}` : <span className="muted">Not published yet</span>}
                    </td>
                    <td>{instrument.draft ? <Badge tone="warning">Version {instrument.draft.version} in progress</Badge> : <span className="muted">—</span>}</td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
        <div className="grid-2">
          <ImportInstrumentCard />
          <ChecklistPolicyCard />
        </div>
      </div>
    </>
  );
}
