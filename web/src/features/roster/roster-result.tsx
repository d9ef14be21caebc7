import { Link } from 'react-router-dom';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { formatNumber, plural } from '../../lib/format';
import type { RosterResult } from './use-roster';

/** The import happened: who was added; each new person's invitation went to their own message in the Outbox. */
export function RosterResultView({ result, onStartOver }: { result: RosterResult; onStartOver: () => void }) {
  const invited = result.rows.filter((r) => r.invited);
  return (
    <div className="stack">
      <Alert tone="success" live="status" title={`Imported ${plural(result.totalRows, 'person', 'people')}`}>
        {formatNumber(result.createCount)} new, {formatNumber(result.updateCount)} updated. Everything was saved together.
      </Alert>
      {invited.length > 0 ? (
        <section className="card stack" aria-labelledby="invitations-title">
          <h2 id="invitations-title" className="card-title" style={{ margin: 0 }}>
            Invitations
          </h2>
          <p>
            {plural(invited.length, 'invitation has', 'invitations have')} been written, one to each new person. They are in the{' '}
            <Link to="/outbox?kind=INVITATION">Outbox</Link>: until Tandem sends e-mail, pass each message on to the person it is
            addressed to — and only to them. Each link works once and expires in 14 days.
          </p>
        </section>
      ) : null}
      <div>
        <Button onClick={onStartOver}>Import another file</Button>
      </div>
    </div>
  );
}
