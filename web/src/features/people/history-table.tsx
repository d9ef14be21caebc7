import { Badge } from '../../components/ui/badge';
import { Table } from '../../components/ui/table';
import { formatDate } from '../../lib/format';

export interface HistoryRow {
  id: string;
  label: string;
  startsOn: string;
  endsOn: string | null;
}

/** Who/what, from, to — newest first, the current row marked. History is kept, never overwritten. */
export function HistoryTable({ caption, rows, what }: { caption: string; rows: HistoryRow[]; what: string }) {
  if (rows.length === 0) return <p className="muted small">No {caption.toLowerCase()} yet.</p>;
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <th scope="col">{what}</th>
          <th scope="col">From</th>
          <th scope="col">Until</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>{r.label}</td>
            <td className="table__nowrap">{formatDate(r.startsOn)}</td>
            <td className="table__nowrap">{r.endsOn ? formatDate(r.endsOn) : <Badge tone="success">Current</Badge>}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
