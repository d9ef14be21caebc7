import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { FieldShell, useFieldIds } from '../../components/ui/field';
import { Select } from '../../components/ui/select';
import type { InstrumentFormat } from '../../gql/graphql';
import { errorMessage, isApiError } from '../../lib/graphql-client';
import { useImportInstrument } from './use-instruments';

const MAX_BYTES = 1024 * 1024;

function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsText(file);
  });
}

export function problemsOf(error: unknown): string[] {
  const problems = isApiError(error) ? error.details.problems : undefined;
  return Array.isArray(problems) ? problems.filter((p): p is string => typeof p === 'string') : [];
}

/** Import an instrument (JSON definition or REDCap data dictionary) as a draft; the editor opens on it. */
export function ImportInstrumentCard() {
  const navigate = useNavigate();
  const importing = useImportInstrument();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<InstrumentFormat>('JSON');
  const [fileError, setFileError] = useState<string | null>(null);
  const ids = useFieldIds('instrument-file', 'JSON as exported here, or a REDCap data dictionary (CSV). At most 1 MB.', fileError);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    setFile(chosen);
    setFileError(null);
    importing.reset();
    if (chosen) setFormat(/\.csv$/i.test(chosen.name) ? 'REDCAP_CSV' : 'JSON');
  };

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setFileError('Choose a file to import');
    if (file.size > MAX_BYTES) return setFileError('The file is larger than 1 MB');
    let content: string;
    try {
      content = await readText(file);
    } catch (e) {
      return setFileError(errorMessage(e));
    }
    importing.mutate(
      { content, format },
      {
        onSuccess: (draft) => {
          const key = (JSON.parse(draft.definitionJson) as { key: string }).key;
          navigate(`/admin/instruments/${key}`);
        },
      },
    );
  };

  const problems = problemsOf(importing.error);
  return (
    <section className="card" aria-labelledby="import-title">
      <h2 id="import-title" className="card-title">
        Import an instrument
      </h2>
      <p className="muted small">
        The file becomes a draft: version 1 of a new instrument, or the next version of one you already have. Nothing changes
        until you publish it.
      </p>
      <form className="stack" onSubmit={(e) => void handleSubmit(e)} noValidate>
        <FieldShell ids={ids} label="File" description="JSON as exported here, or a REDCap data dictionary (CSV). At most 1 MB." error={fileError}>
          <input
            id={ids.inputId}
            type="file"
            className="input"
            accept=".json,.csv,application/json,text/csv"
            aria-describedby={ids.describedBy}
            aria-invalid={fileError ? true : undefined}
            onChange={choose}
          />
        </FieldShell>
        <Select
          label="Format"
          value={format}
          onChange={(e) => setFormat(e.target.value as InstrumentFormat)}
          options={[
            { value: 'JSON', label: 'JSON definition' },
            { value: 'REDCAP_CSV', label: 'REDCap data dictionary (CSV)' },
          ]}
        />
        {importing.isError ? (
          <Alert tone="danger" title="The file wasn’t imported">
            {problems.length ? (
              <ul>
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            ) : (
              errorMessage(importing.error)
            )}
          </Alert>
        ) : null}
        <div className="form-actions">
          <Button type="submit" variant="primary" loading={importing.isPending}>
            Import as a draft
          </Button>
        </div>
      </form>
    </section>
  );
}
