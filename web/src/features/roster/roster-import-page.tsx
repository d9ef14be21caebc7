import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { PageHeader } from '../../components/ui/page-header';
import { ProgressBar } from '../../components/ui/progress-bar';
import { formatNumber, plural } from '../../lib/format';
import { RosterPreview } from './roster-preview';
import { RosterResultView } from './roster-result';
import { ROSTER_COLUMNS, ROSTER_TEMPLATE, countDataRows, removeCsvLine } from './roster-csv';
import { RosterSource } from './roster-source';
import { useRosterApply, useRosterPreview } from './use-roster';
import '../people/people.css';
import './roster.css';

function TemplateLink() {
  const href = `data:text/csv;charset=utf-8,${encodeURIComponent(ROSTER_TEMPLATE)}`;
  return (
    <a href={href} download="tandem-roster-template.csv">
      Download a template (CSV)
    </a>
  );
}

/**
 * Roster import: read or paste a CSV, preview every row (nothing is written), fix or remove rows with problems, then
 * import all rows at once; each new person’s invitation goes to their message in the Outbox.
 */
export function RosterImportPage() {
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string>();
  const preview = useRosterPreview();
  const apply = useRosterApply();

  const rowCount = countDataRows(csv);
  const previewed = preview.data;
  const current = previewed !== undefined && previewed.csv === csv;
  const result = previewed?.result;
  const importable = current && result !== undefined && result.errorCount === 0 && result.fileErrors.length === 0 && result.totalRows > 0;
  const busy = preview.isPending || apply.isPending;

  const runPreview = (text: string) => {
    apply.reset();
    preview.mutate(text);
  };

  if (apply.data) {
    return (
      <>
        <PageHeader title="Import roster" breadcrumb={<Link to="/people">People</Link>} />
        <RosterResultView
          result={apply.data}
          onStartOver={() => {
            setCsv('');
            setFileName(undefined);
            preview.reset();
            apply.reset();
          }}
        />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="Import roster"
        breadcrumb={<Link to="/people">People</Link>}
        description="Add or update many people at once from a spreadsheet. You’ll see a preview first; nothing changes until you import."
      />
      <div className="roster-layout">
        <section className="card stack" aria-labelledby="source-title">
          <h2 id="source-title" className="card-title">
            1. Your roster
          </h2>
          <RosterSource
            csv={csv}
            disabled={busy}
            onCsvChange={(text, name) => {
              setCsv(text);
              if (name !== undefined) setFileName(name);
            }}
          />
          <div className="form-actions">
            <Button variant="primary" onClick={() => runPreview(csv)} disabled={!csv.trim() || busy} loading={preview.isPending}>
              Preview
            </Button>
            {fileName ? <span className="muted small">From {fileName}</span> : null}
            {csv.trim() ? <span className="muted small">{plural(rowCount, 'row', 'rows')} after the header</span> : null}
          </div>
        </section>
        <aside className="card roster-help" aria-labelledby="columns-title">
          <h2 id="columns-title" className="card-title">
            Expected columns
          </h2>
          <p className="muted small">A header row first. Columns can be in any order; commas, semicolons or tabs separate them.</p>
          <dl className="roster-columns">
            {ROSTER_COLUMNS.map((c) => (
              <div key={c.name}>
                <dt>
                  <code>{c.name}</code> {c.required ? <span className="roster-required">required</span> : null}
                </dt>
                <dd>{c.help}</dd>
              </div>
            ))}
          </dl>
          <p>
            <TemplateLink />
          </p>
        </aside>
      </div>

      <section className="stack roster-step" aria-labelledby="preview-title">
        <h2 id="preview-title" className="card-title">
          2. Preview and import
        </h2>
        {preview.isPending ? (
          <ProgressBar label="Checking the roster" status={`Checking ${plural(rowCount, 'row', 'rows')}…`} />
        ) : null}
        {apply.isPending ? <ProgressBar label="Importing" status="Importing…" /> : null}
        {preview.error ? (
          <Alert tone="danger" title="The preview didn’t run">
            {preview.error.message}
          </Alert>
        ) : null}
        {apply.error ? (
          <Alert tone="danger" title="Nothing was imported">
            {apply.error.message}
          </Alert>
        ) : null}
        {!result && !preview.isPending ? <p className="muted">Choose or paste a roster, then select Preview.</p> : null}
        {result && !preview.isPending ? (
          <>
            {!current ? (
              <Alert tone="warning" title="The roster changed since this preview">
                Preview again to check your changes before importing.
              </Alert>
            ) : null}
            <RosterPreview
              result={result}
              busy={busy}
              onRemoveRow={(line) => {
                const next = removeCsvLine(csv, line);
                setCsv(next);
                runPreview(next);
              }}
            />
          </>
        ) : null}
        <div className="form-actions">
          <Button variant="primary" disabled={!importable || busy} loading={apply.isPending} onClick={() => apply.mutate(csv)}>
            {result && current ? `Import ${plural(result.totalRows, 'person', 'people')}` : 'Import'}
          </Button>
          {result && current && !importable && result.totalRows > 0 ? (
            <span className="muted small">Import is available once every row is ready.</span>
          ) : null}
          {importable ? <span className="muted small">All {formatNumber(result.totalRows)} rows are saved together, or none are.</span> : null}
        </div>
      </section>
    </>
  );
}
