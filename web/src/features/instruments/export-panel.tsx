import { useState } from 'react';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Select } from '../../components/ui/select';
import type { InstrumentFormat } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-client';
import { fetchInstrumentExport } from './use-instruments';

/** Saves text as a file through a temporary object URL. */
export function downloadText(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Download any version as its JSON definition or a REDCap data dictionary. */
export function ExportPanel({ instrumentKey, versions }: { instrumentKey: string; versions: { version: number; status: string }[] }) {
  const [version, setVersion] = useState(String(versions.find((v) => v.status === 'PUBLISHED')?.version ?? versions[0]?.version ?? ''));
  const [busy, setBusy] = useState<InstrumentFormat | null>(null);
  const [error, setError] = useState<unknown>(null);
  const download = async (format: InstrumentFormat) => {
    setBusy(format);
    setError(null);
    try {
      const text = await fetchInstrumentExport(instrumentKey, format, version ? Number(version) : null);
      const json = format === 'JSON';
      downloadText(text, `${instrumentKey}-v${version}.${json ? 'json' : 'redcap.csv'}`, json ? 'application/json' : 'text/csv');
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="card export-panel" aria-labelledby="export-title">
      <h2 id="export-title" className="card-title">
        Export
      </h2>
      <div className="stack">
        <Select
          label="Version"
          value={version}
          onChange={(e) => setVersion(e.target.value)}
          options={versions.map((v) => ({ value: String(v.version), label: `Version ${v.version}${v.status === 'DRAFT' ? ' (draft)' : ''}` }))}
        />
        <div className="form-actions">
          <Button onClick={() => void download('JSON')} loading={busy === 'JSON'}>
            Download JSON
          </Button>
          <Button onClick={() => void download('REDCAP_CSV')} loading={busy === 'REDCAP_CSV'}>
            Download REDCap CSV
          </Button>
        </div>
        {error ? (
          <Alert tone="danger" title="The export didn’t download">
            {errorMessage(error)}
          </Alert>
        ) : null}
      </div>
    </section>
  );
}
