import { useEffect, useState } from 'react';
import type { ReflectLanguageQuery } from '../../../gql/graphql';
import { PATTERN_LABELS, SUPPRESSION_LABELS } from '../labels';
import { useReflectLanguage } from '../use-notes';

type Hit = ReflectLanguageQuery['reflectLanguage']['hits'][number];

/** The value, once it has stopped changing for `ms`. */
export function useDebouncedValue<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

const CONTEXT_CHARS = 32;

/** The words around a hit, with the hit itself marked. */
function Snippet({ text, hit }: { text: string; hit: Hit }) {
  // Offsets belong to the text that was reflected on; fall back to the matched words alone if the text moved on.
  const valid = text.slice(hit.start, hit.end) === hit.matchedText;
  if (!valid) return <mark className="hint__mark">{hit.matchedText}</mark>;
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, hit.start - CONTEXT_CHARS)) + 1);
  const toSpace = text.indexOf(' ', Math.min(text.length, hit.end + CONTEXT_CHARS));
  const to = toSpace === -1 ? text.length : toSpace;
  return (
    <>
      {from > 0 ? '…' : ''}
      {text.slice(from, hit.start)}
      <mark className="hint__mark">{hit.matchedText}</mark>
      {text.slice(hit.end, to)}
      {to < text.length ? '…' : ''}
    </>
  );
}

function kindOf(hit: Hit): 'suppressed' | 'mutual' | 'drift' {
  if (hit.suppressed) return 'suppressed';
  return hit.pattern === 'MUTUALITY' ? 'mutual' : 'drift';
}

export interface LanguageHintsProps {
  text: string;
  /** "your note", "your reflection": who the hints are for. */
  fieldLabel: string;
  id?: string;
  debounceMs?: number;
}

/**
 * Gentle, live reflection on wording (the organisation's lexicon, through the API; nothing is stored): phrases that may
 * read differently are marked with an idea to try, mutual wording is noticed, and phrases set aside (quoted, negated or
 * talking about the word) are shown greyed with the reason. It never blocks saving or signing.
 */
export function LanguageHints({ text, fieldLabel, id, debounceMs = 600 }: LanguageHintsProps) {
  const settled = useDebouncedValue(text, debounceMs);
  const query = useReflectLanguage(settled);
  const reflected = query.data;
  const empty = text.trim() === '';
  const hits = empty ? [] : (reflected?.hits ?? []);
  const order = { drift: 0, suppressed: 1, mutual: 2 } as const;
  const listed = hits.filter((h) => kindOf(h) !== 'mutual').sort((a, b) => order[kindOf(a)] - order[kindOf(b)] || a.start - b.start);
  const mutual = [...new Set(hits.filter((h) => kindOf(h) === 'mutual').map((h) => h.matchedText))];
  return (
    <aside className="hints" aria-label={`Wording reflection on ${fieldLabel}`} id={id}>
      <p className="hints__title">
        <span aria-hidden="true">✎ </span>Wording reflection <span className="hints__private">only for you, nothing is stored</span>
      </p>
      <p className="hints__summary" role="status">
        {empty
          ? 'As you write, phrases that might read differently to the person are gently pointed out here.'
          : query.isError
            ? 'The wording reflection is not available right now; your writing is saved as usual.'
            : reflected
              ? reflected.summary.headline
              : 'Reading…'}
      </p>
      {listed.length ? (
        <ul className="hints__list">
          {listed.map((hit) => {
            const kind = kindOf(hit);
            return (
              <li key={`${hit.start}-${hit.phrase}`} className={`hint hint--${kind}`}>
                <p className="hint__snippet">
                  <Snippet text={reflected!.text} hit={hit} />
                </p>
                <p className="hint__meta">
                  {kind === 'suppressed' ? (
                    <>
                      <span className="hint__label">Set aside: {SUPPRESSION_LABELS[hit.suppressed!]}</span> · not counted
                    </>
                  ) : (
                    <span className="hint__label">{PATTERN_LABELS[hit.pattern]}</span>
                  )}
                </p>
                {hit.alternative ? <p className="hint__alt">You might try: {hit.alternative}</p> : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {mutual.length ? (
        <p className="hint hint--mutual hints__mutual">
          <span className="hint__label">{PATTERN_LABELS.MUTUALITY}:</span>{' '}
          {mutual.map((m, i) => (
            <span key={m}>
              {i > 0 ? ', ' : ''}
              <mark className="hint__mark">{m}</mark>
            </span>
          ))}
        </p>
      ) : null}
      {!empty && reflected?.summary.setAsideNote ? <p className="hints__aside">{reflected.summary.setAsideNote}</p> : null}
    </aside>
  );
}
