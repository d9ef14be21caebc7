import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/ui/alert';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { Dialog } from '../../components/ui/dialog';
import { ErrorState } from '../../components/ui/error-state';
import { PageHeader } from '../../components/ui/page-header';
import { Select } from '../../components/ui/select';
import { Skeleton } from '../../components/ui/spinner';
import { Table } from '../../components/ui/table';
import { TextAreaField, TextField } from '../../components/ui/text-field';
import { useToast } from '../../components/ui/toast';
import type { LanguagePattern, LexiconQuery } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-client';
import { PATTERN_LABELS, PATTERN_SHORT_LABELS } from './labels';
import { LanguageHints } from './note/language-hints';
import { useDeleteLexiconEntry, useLexicon, useUpsertLexiconEntry } from './use-supervision-admin';
import './supervision.css';
import { TEXT_LIMITS } from '@tandem/shared';

type Entry = LexiconQuery['lexicon'][number];

const PATTERNS = Object.keys(PATTERN_LABELS) as LanguagePattern[];
const WEIGHTS = [
  { value: '0', label: '0 — off (not looked for)' },
  { value: '1', label: '1 — depends on context' },
  { value: '2', label: '2 — strong' },
  { value: '3', label: '3 — very strong' },
];
const SOURCE: Record<Entry['source'], { label: string; tone: 'neutral' | 'info' | 'accent' }> = {
  DEFAULT: { label: 'Default', tone: 'neutral' },
  OVERRIDDEN: { label: 'Changed here', tone: 'info' },
  ORGANIZATION: { label: 'Added here', tone: 'accent' },
};

interface EntryDraft {
  phrase: string;
  pattern: LanguagePattern;
  weight: string;
  alternative: string;
  variants: string;
}

function draftOf(entry: Entry | null): EntryDraft {
  return entry
    ? { phrase: entry.phrase, pattern: entry.pattern, weight: String(entry.weight), alternative: entry.alternative ?? '', variants: entry.variants.join(', ') }
    : { phrase: '', pattern: 'MEDICAL_MODEL', weight: '1', alternative: '', variants: '' };
}

/** Add a phrase or change one (a default keeps its phrase; weight 0 turns it off). */
function EntryDialog({ entry, onClose }: { entry: Entry | null; onClose: () => void }) {
  const upsert = useUpsertLexiconEntry();
  const toast = useToast();
  const [draft, setDraft] = useState<EntryDraft>(() => draftOf(entry));
  const [problem, setProblem] = useState<string | null>(null);
  const set = (patch: Partial<EntryDraft>) => setDraft({ ...draft, ...patch });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!draft.phrase.trim()) return setProblem('Write the phrase.');
    setProblem(null);
    upsert.mutate(
      {
        phrase: draft.phrase.trim(),
        pattern: draft.pattern,
        weight: Number(draft.weight),
        alternative: draft.alternative.trim() || null,
        variants: draft.variants.split(',').map((v) => v.trim()).filter(Boolean),
      },
      {
        onSuccess: () => {
          toast.show(entry ? 'Phrase updated.' : 'Phrase added.');
          onClose();
        },
      },
    );
  };
  return (
    <Dialog open onClose={onClose} title={entry ? `Change “${entry.phrase}”` : 'Add a phrase'} size="md" dismissible={!upsert.isPending}>
      <form className="stack" onSubmit={submit} noValidate>
        <TextField label="Phrase" maxLength={TEXT_LIMITS.lexiconPhrase} value={draft.phrase} onChange={(e) => set({ phrase: e.target.value })} readOnly={!!entry} error={problem} description={entry ? 'The phrase names the entry; add another entry for a different phrase.' : 'Matched on whole words; a plural “s” is found too.'} />
        <div className="sv-form-row">
          <Select label="Pattern" value={draft.pattern} options={PATTERNS.map((p) => ({ value: p, label: PATTERN_LABELS[p] }))} onChange={(e) => set({ pattern: e.target.value as LanguagePattern })} />
          <Select label="Weight" value={draft.weight} options={WEIGHTS} onChange={(e) => set({ weight: e.target.value })} />
        </div>
        <TextAreaField className="field--prose" label="Gentle alternative" maxLength={TEXT_LIMITS.lexiconAlternative} optional rows={2} value={draft.alternative} onChange={(e) => set({ alternative: e.target.value })} description="Shown to the writer as “You might try: …”." />
        <TextField label="Other forms" maxLength={20 * (TEXT_LIMITS.lexiconPhrase + 2)} optional value={draft.variants} onChange={(e) => set({ variants: e.target.value })} description="Separated by commas, e.g. noncompliance, med compliance." />
        {upsert.error ? <Alert tone="danger" title="Not saved">{errorMessage(upsert.error)}</Alert> : null}
        <div className="form-actions">
          <Button type="submit" variant="primary" loading={upsert.isPending}>
            Save
          </Button>
          <Button onClick={onClose} disabled={upsert.isPending}>
            Cancel
          </Button>
        </div>
      </form>
    </Dialog>
  );
}

/** Admin: the organisation's language lexicon — defaults, changes, additions, switching off — with a "try it" box. */
export function LexiconPage() {
  const lexicon = useLexicon();
  const upsert = useUpsertLexiconEntry();
  const remove = useDeleteLexiconEntry();
  const toast = useToast();
  const [pattern, setPattern] = useState<LanguagePattern | ''>('');
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Entry | null | 'new'>(null);
  const [removing, setRemoving] = useState<Entry | null>(null);
  const [sample, setSample] = useState('She was non-compliant with her meds. We explored together what she wanted from the week.');

  const needle = search.trim().toLowerCase();
  const rows = (lexicon.data ?? []).filter(
    (e) => (!pattern || e.pattern === pattern) && (!needle || e.phrase.toLowerCase().includes(needle) || e.variants.some((v) => v.toLowerCase().includes(needle))),
  );
  const toggle = (e: Entry) =>
    !e.enabled && e.source === 'OVERRIDDEN' && (e.defaultWeight ?? 0) > 0
      ? remove.mutate(e.phrase, { onSuccess: () => toast.show(`“${e.phrase}” is on again, as shipped.`) })
      : upsert.mutate(
      { phrase: e.phrase, pattern: e.pattern, weight: e.enabled ? 0 : (e.defaultWeight || 1), alternative: e.alternative, variants: e.variants },
      { onSuccess: () => toast.show(e.enabled ? `“${e.phrase}” is off.` : `“${e.phrase}” is on again.`) },
    );

  return (
    <>
      <PageHeader
        title="Language lexicon"
        description="The phrases the gentle wording reflection looks for in supervision notes. Start from the defaults; change, add or switch off what does not fit your organisation."
        actions={
          <Button variant="primary" onClick={() => setEditing('new')}>
            Add a phrase
          </Button>
        }
      />
      <div className="stack">
        <section className="card" aria-labelledby="try-title">
          <h2 id="try-title" className="card-title">
            Try it
          </h2>
          <div className="prose-hints">
            <TextAreaField className="field--prose" label="Sample text" maxLength={TEXT_LIMITS.reflectText} rows={4} value={sample} onChange={(e) => setSample(e.target.value)} description="Reflected with your organisation’s lexicon, as writers see it. Nothing is stored." />
            <LanguageHints text={sample} fieldLabel="the sample text" />
          </div>
        </section>
        <section className="card" aria-labelledby="entries-title">
          <h2 id="entries-title" className="card-title">
            Phrases
          </h2>
          <div className="sv-filters">
            <TextField label="Search" maxLength={TEXT_LIMITS.lexiconPhrase} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
            <Select label="Pattern" value={pattern} emptyOption="All patterns" options={PATTERNS.map((p) => ({ value: p, label: PATTERN_LABELS[p] }))} onChange={(e) => setPattern(e.target.value as LanguagePattern | '')} />
          </div>
          {(upsert.error || remove.error) && !editing ? <Alert tone="danger">{errorMessage(upsert.error ?? remove.error)}</Alert> : null}
          {lexicon.isPending ? (
            <Skeleton lines={6} label="Loading the lexicon" />
          ) : lexicon.isError ? (
            <ErrorState error={lexicon.error} onRetry={() => void lexicon.refetch()} />
          ) : (
            <Table caption={`Phrases (${rows.length})`}>
              <thead>
                <tr>
                  <th scope="col">Phrase and gentle alternative</th>
                  <th scope="col">Pattern</th>
                  <th scope="col">Weight</th>
                  <th scope="col">Source</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((e) => (
                  <tr key={e.phrase} className={e.enabled ? undefined : 'lexicon__off'}>
                    <th scope="row" className="lexicon__phrase">
                      <span className="lexicon__name">{e.phrase}</span>
                      {e.variants.length ? <span className="muted small sv-block">also: {e.variants.join(', ')}</span> : null}
                      {e.alternative ? <span className="small sv-block lexicon__alt">Try: {e.alternative}</span> : null}
                    </th>
                    <td className="table__nowrap">{PATTERN_SHORT_LABELS[e.pattern]}</td>
                    <td className="table__nowrap">
                      {e.enabled ? e.weight : 'Off'}
                      {e.source === 'OVERRIDDEN' && e.defaultWeight !== null && e.defaultWeight !== e.weight ? <span className="muted small sv-block">default {e.defaultWeight}</span> : null}
                    </td>
                    <td>
                      <Badge tone={SOURCE[e.source].tone}>{SOURCE[e.source].label}</Badge>
                    </td>
                    <td>
                      <div className="row lexicon__actions">
                        <Button size="sm" onClick={() => setEditing(e)}>
                          Change<span className="visually-hidden"> {e.phrase}</span>
                        </Button>
                        <Button size="sm" variant="ghost" onClick={() => toggle(e)} disabled={upsert.isPending}>
                          {e.enabled ? 'Switch off' : 'Switch on'}
                          <span className="visually-hidden"> {e.phrase}</span>
                        </Button>
                        {e.source !== 'DEFAULT' ? (
                          <Button size="sm" variant="ghost" onClick={() => setRemoving(e)}>
                            {e.source === 'OVERRIDDEN' ? 'Reset to default' : 'Remove'}
                            <span className="visually-hidden"> {e.phrase}</span>
                          </Button>
                        ) : null}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </section>
      </div>
      {editing ? <EntryDialog entry={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
      <ConfirmDialog
        open={removing !== null}
        title={removing?.source === 'OVERRIDDEN' ? `Reset “${removing?.phrase}”?` : `Remove “${removing?.phrase}”?`}
        description={removing?.source === 'OVERRIDDEN' ? 'It goes back to the shipped default.' : 'The reflection stops looking for this phrase.'}
        confirmLabel={removing?.source === 'OVERRIDDEN' ? 'Reset' : 'Remove'}
        pending={remove.isPending}
        error={remove.error}
        onCancel={() => setRemoving(null)}
        onConfirm={() =>
          removing &&
          remove.mutate(removing.phrase, {
            onSuccess: () => {
              toast.show(removing.source === 'OVERRIDDEN' ? 'Back to the default.' : 'Phrase removed.');
              setRemoving(null);
            },
          })
        }
      />
    </>
  );
}
