import { useId } from 'react';
import { TextAreaField } from '../../../components/ui/text-field';
import { LanguageHints } from './language-hints';

export interface ProseWithHintsProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  description?: string;
  rows?: number;
  /** Whose words the hints are about ("your note"). */
  hintsFor: string;
  /** The API's limit for this text (a `TEXT_LIMITS` entry). */
  maxLength: number;
  /** Leaving the field: an autosaving form saves what is pending now. */
  onBlur?: () => void;
}

/** A text area with the gentle wording reflection beside it (below it on a phone). */
export function ProseWithHints({ label, value, onChange, description, rows = 4, hintsFor, maxLength, onBlur }: ProseWithHintsProps) {
  const id = useId();
  return (
    <div className="prose-hints">
      <TextAreaField className="field--prose prose-hints__field" label={label} optional description={description} rows={rows} maxLength={maxLength} value={value} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />
      <LanguageHints text={value} fieldLabel={hintsFor} id={`${id}-hints`} />
    </div>
  );
}
