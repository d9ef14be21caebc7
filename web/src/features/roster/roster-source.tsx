import { useId, useRef, useState, type DragEvent } from 'react';
import { Alert } from '../../components/ui/alert';
import { ProgressBar } from '../../components/ui/progress-bar';
import { TextAreaField } from '../../components/ui/text-field';
import { readFileAsText, type ReadProgress } from './read-file';
import { MAX_ROSTER_BYTES } from './roster-csv';
import { TEXT_LIMITS } from '@tandem/shared';

export interface RosterSourceProps {
  csv: string;
  onCsvChange: (csv: string, fileName?: string) => void;
  disabled?: boolean;
}

function looksLikeCsv(file: File): boolean {
  return /\.(csv|txt|tsv)$/i.test(file.name) || file.type === 'text/csv' || file.type === 'text/plain';
}

/** A CSV from a file (chosen or dropped) or pasted; the text stays editable so rows can be fixed in place. */
export function RosterSource({ csv, onCsvChange, disabled }: RosterSourceProps) {
  const inputId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<(ReadProgress & { name: string }) | null>(null);
  const [fileError, setFileError] = useState<string>();
  const [dragging, setDragging] = useState(false);

  const load = async (file: File | undefined) => {
    if (!file) return;
    setFileError(undefined);
    if (!looksLikeCsv(file)) return setFileError(`“${file.name}” isn’t a CSV file. In your spreadsheet, choose File → Save as → CSV.`);
    if (file.size > MAX_ROSTER_BYTES) return setFileError(`“${file.name}” is larger than 2 MB. Split it into smaller files.`);
    setProgress({ name: file.name, loaded: 0, total: file.size });
    try {
      const text = await readFileAsText(file, (p) => setProgress({ name: file.name, ...p }));
      onCsvChange(text, file.name);
    } catch (e) {
      setFileError(e instanceof Error ? e.message : 'The file could not be read');
    } finally {
      setProgress(null);
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (!disabled) void load(event.dataTransfer.files[0]);
  };

  return (
    <div className="stack">
      <div
        className={dragging ? 'dropzone dropzone--active' : 'dropzone'}
        onDragOver={(e) => {
          e.preventDefault();
          if (!disabled) setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="roster-dropzone"
      >
        <p className="dropzone__title">Drag a CSV file here, or choose one</p>
        <label htmlFor={inputId} className="visually-hidden">
          Roster CSV file
        </label>
        <input
          ref={fileRef}
          id={inputId}
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          className="dropzone__input"
          disabled={disabled || progress !== null}
          onChange={(e) => void load(e.target.files?.[0])}
        />
      </div>
      {progress ? <ProgressBar label={`Reading ${progress.name}`} value={progress.loaded} max={Math.max(1, progress.total)} /> : null}
      {fileError ? (
        <Alert tone="danger" title="That file can’t be used">
          {fileError}
        </Alert>
      ) : null}
      <TextAreaField
        label="Roster (CSV)"
        maxLength={TEXT_LIMITS.rosterCsv}
        description="The file’s contents appear here. You can also paste from a spreadsheet, and edit rows before previewing."
        rows={8}
        wrap="off"
        className="roster-csv field--code"
        spellCheck={false}
        value={csv}
        disabled={disabled}
        onChange={(e) => onCsvChange(e.target.value)}
        placeholder={'name,email,team,roles,supervisor email\nSam Rivera,sam.rivera@example.org,Northside Peers,staff,'}
      />
    </div>
  );
}
