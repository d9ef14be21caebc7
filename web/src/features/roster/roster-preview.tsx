import { ROLE_LABELS } from '@tandem/shared';
import { Alert } from '../../components/ui/alert';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { Table } from '../../components/ui/table';
import { formatNumber, plural } from '../../lib/format';
import type { RosterResult, RosterRowResult } from './use-roster';

function Outcome({ row }: { row: RosterRowResult }) {
  if (row.action === 'ERROR') return <Badge tone="danger">Needs fixing</Badge>;
  if (row.action === 'UPDATE') return <Badge tone="info">Update</Badge>;
  return <Badge tone="success">New</Badge>;
}

export interface RosterPreviewProps {
  result: RosterResult;
  onRemoveRow: (line: number) => void;
  busy: boolean;
}

/** What the import would do: a summary, then every row with its problems beside it. */
export function RosterPreview({ result, onRemoveRow, busy }: RosterPreviewProps) {
  return (
    <div className="stack">
      {result.fileErrors.length > 0 ? (
        <Alert tone="danger" title="The file can’t be imported">
          <ul>
            {result.fileErrors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </Alert>
      ) : result.errorCount > 0 ? (
        <Alert tone="danger" title={`${plural(result.errorCount, 'row needs', 'rows need')} fixing before anything is imported`}>
          {plural(result.totalRows, 'row', 'rows')} checked: {formatNumber(result.createCount)} new, {formatNumber(result.updateCount)} updated,{' '}
          {formatNumber(result.errorCount)} with errors. Fix the rows marked below in the text (or remove them), then preview again.
        </Alert>
      ) : result.totalRows === 0 ? (
        <Alert tone="warning" live="status" title="No rows to import">
          The file has a header but no people.
        </Alert>
      ) : (
        <Alert tone="success" live="status" title="Ready to import">
          {plural(result.totalRows, 'row', 'rows')} checked: {formatNumber(result.createCount)} new, {formatNumber(result.updateCount)} updated, no
          errors.
        </Alert>
      )}
      {!result.fileErrors.length && result.rows.length > 0 ? (
        <Table caption="Preview of the import" aria-busy={busy}>
          <thead>
            <tr>
              <th scope="col" className="table__num">
                Line
              </th>
              <th scope="col">Name</th>
              <th scope="col">E-mail</th>
              <th scope="col">Team</th>
              <th scope="col">Roles</th>
              <th scope="col">Supervisor e-mail</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row) => (
              <tr key={row.line} className={row.action === 'ERROR' ? 'table-row--error' : undefined}>
                <td className="table__num">{row.line}</td>
                <td className="table__nowrap">{row.name || <span className="muted">(empty)</span>}</td>
                <td>{row.email || <span className="muted">(empty)</span>}</td>
                <td>{row.team || <span className="muted">—</span>}</td>
                <td>{row.roles.map((r) => ROLE_LABELS[r]).join(', ')}</td>
                <td>{row.supervisorEmail || <span className="muted">—</span>}</td>
                <td>
                  <Outcome row={row} />
                  {row.errors.length > 0 ? (
                    <ul className="row-errors" aria-label={`Problems on line ${row.line}`}>
                      {row.errors.map((e) => (
                        <li key={e}>{e}</li>
                      ))}
                    </ul>
                  ) : null}
                  {row.action === 'ERROR' ? (
                    <Button size="sm" variant="secondary" className="row-remove" onClick={() => onRemoveRow(row.line)} disabled={busy}>
                      Remove row<span className="visually-hidden"> {row.line} ({row.name || row.email || 'empty'})</span>
                    </Button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
    </div>
  );
}
