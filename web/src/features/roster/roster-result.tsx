import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { CopyButton } from '../../components/ui/copy-button';
import { Table } from '../../components/ui/table';
import { formatNumber, plural } from '../../lib/format';
import { toCsv } from './roster-csv';
import type { RosterResult } from './use-roster';

/** The import happened: who was added, with their one-time links to pass on. */
export function RosterResultView({ result, onStartOver }: { result: RosterResult; onStartOver: () => void }) {
  const invited = result.rows.filter((r) => r.inviteUrl);
  const linksCsv = toCsv([['name', 'email', 'invite link'], ...invited.map((r) => [r.name, r.email, r.inviteUrl ?? ''])]);
  return (
    <div className="stack">
      <Alert tone="success" live="status" title={`Imported ${plural(result.totalRows, 'person', 'people')}`}>
        {formatNumber(result.createCount)} new, {formatNumber(result.updateCount)} updated. Everything was saved together.
      </Alert>
      {invited.length > 0 ? (
        <section className="card stack" aria-labelledby="links-title">
          <div className="row">
            <h2 id="links-title" className="card-title" style={{ margin: 0 }}>
              Invitation links
            </h2>
            <span className="spacer" />
            <CopyButton text={linksCsv} label="Copy all as CSV" size="md" />
          </div>
          <p className="muted">
            E-mail delivery comes later: for now, send each person their own link. Each works once and expires in 14 days.
          </p>
          <Table caption="Invitation links for new people">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">E-mail</th>
                <th scope="col">Invitation link</th>
              </tr>
            </thead>
            <tbody>
              {invited.map((r) => (
                <tr key={r.line}>
                  <td className="table__nowrap">{r.name}</td>
                  <td>{r.email}</td>
                  <td>
                    <div className="invite-link">
                      <code>{r.inviteUrl}</code>
                      <CopyButton text={r.inviteUrl ?? ''} label="Copy link" context={`for ${r.name}`} />
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </section>
      ) : null}
      <div>
        <Button onClick={onStartOver}>Import another file</Button>
      </div>
    </div>
  );
}
