// Decides whether a match should be set aside: quoted, negated, or part of talk about the word itself.
import { countWords, findMatches, phrasesToRegex, type Span } from './phrase-matcher';
import type { SuppressionReason } from './types';

/** Negation cues that must appear shortly before the phrase, in the same clause. */
const NEGATION_CUES = [
  'not', 'never', 'no longer', 'no more', 'avoid', 'avoided', 'avoiding', 'instead of', 'rather than',
  "don't", 'dont', 'do not', "didn't", 'did not', "doesn't", 'does not', "won't", 'will not',
  'stop', 'stopped', 'stopping', 'quit',
];
/** Any "…n't" contraction ("wasn't", "couldn't") also negates. */
const CONTRACTION_REGEX = /(?<![\p{L}\p{N}])\p{L}+n['\u2019]t(?![\p{L}\p{N}])/giu;

/** Talking about naming: counts only shortly before the phrase, in the same clause ("calling her …"). */
const NAMING_CUES = [
  'talked about', 'talk about', 'talking about', 'calling him', 'calling her', 'calling them', 'calling someone',
  'calling people', 'call him', 'call her', 'call them', 'called him', 'called her', 'called them', 'referred to as',
  'refer to', 'referring to', 'described as', 'describing as', 'labelled', 'labeled', 'labelling', 'labeling',
];
/** Talking about words: anywhere in the same sentence ("the word …", "'patient' is a label we dropped"). */
const WORD_TALK_CUES = [
  'the word', 'this word', 'that word', 'the term', 'a term', 'the phrase', 'a phrase', 'the label',
  'a label', 'language like', 'words like', 'terms like', 'phrases like', 'labels like', 'wording', 'vocabulary',
  'jargon', 'terminology',
];

const NEGATION_REGEX = phrasesToRegex(NEGATION_CUES);
const NAMING_REGEX = phrasesToRegex(NAMING_CUES);
const WORD_TALK_REGEX = phrasesToRegex(WORD_TALK_CUES);

/** Punctuation and words that end a clause, so a cue before them no longer reaches the phrase. */
const CLAUSE_BREAK = /[,;:()\u2013\u2014]|(?<![\p{L}])(?:but|so|because|although|though|however|while|then)(?![\p{L}])/iu;

/** Sentence spans: split after . ! ? … (followed by space or a closing quote) and at line breaks. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const boundary = /[.!?\u2026]+["'\u201D\u2019)]*(?=\s|$)|\n+/g;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

const OPEN_CONTEXT = /[\s([{\u2013\u2014-]/u;
const CLOSE_CONTEXT = /[\s.,;:!?)\]}\u2013\u2014\u2026-]/u;

/**
 * Spans enclosed in quotation marks ('…', "…", ‘…’, “…”), including the marks. An apostrophe inside a word
 * ("don't", "peer’s") is neither an opening nor a closing mark. Quotes do not run across line breaks, and an
 * unclosed quote is ignored.
 */
export function quoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open: { index: number; kind: 'single' | 'double' } | null = null;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i);
    if (ch === '\n') {
      open = null;
      continue;
    }
    const isDouble = ch === '"' || ch === '\u201C' || ch === '\u201D';
    const isSingle = ch === "'" || ch === '\u2018' || ch === '\u2019';
    if (!isDouble && !isSingle) continue;
    const kind = isDouble ? 'double' : 'single';
    const prev = i > 0 ? text.charAt(i - 1) : '';
    const next = i + 1 < text.length ? text.charAt(i + 1) : '';
    const canOpen = ch !== '\u201D' && ch !== '\u2019' && (prev === '' || OPEN_CONTEXT.test(prev)) && next !== '' && !/\s/u.test(next);
    const canClose = ch !== '\u201C' && ch !== '\u2018' && prev !== '' && !/\s/u.test(prev) && (next === '' || CLOSE_CONTEXT.test(next));
    if (open && open.kind === kind && canClose) {
      spans.push({ start: open.index, end: i + 1 });
      open = null;
    } else if (!open && canOpen) {
      open = { index: i, kind };
    }
  }
  return spans;
}

/** True when some cue ends before `hitStart`, within the same clause, with at most `window` words in between. */
function cueBefore(cues: readonly Span[], sentenceText: string, hitStart: number, window: number): boolean {
  return cues.some((cue) => {
    if (cue.end > hitStart) return false;
    const gap = sentenceText.slice(cue.end, hitStart);
    return !CLAUSE_BREAK.test(gap) && countWords(gap) <= window;
  });
}

export interface SuppressionContext {
  text: string;
  sentences: Span[];
  quotes: Span[];
  window: number;
}

export function buildSuppressionContext(text: string, window: number): SuppressionContext {
  return { text, sentences: sentenceSpans(text), quotes: quoteSpans(text), window };
}

/**
 * Why a hit should not count, or null. When several reasons apply the first of QUOTED, NEGATED, META is reported
 * (quotation is the most literal fact, negation the most local one).
 */
export function suppressionFor(hit: Span, ctx: SuppressionContext): SuppressionReason | null {
  if (ctx.quotes.some((q) => q.start < hit.start && hit.end < q.end)) return 'QUOTED';
  const sentence = ctx.sentences.find((s) => s.start <= hit.start && hit.start < s.end) ?? { start: 0, end: ctx.text.length };
  const sentenceText = ctx.text.slice(sentence.start, sentence.end);
  const local: Span = { start: hit.start - sentence.start, end: hit.end - sentence.start };

  const negations = [...findMatches(NEGATION_REGEX, sentenceText), ...findMatches(CONTRACTION_REGEX, sentenceText)];
  if (cueBefore(negations, sentenceText, local.start, ctx.window)) return 'NEGATED';

  if (cueBefore(findMatches(NAMING_REGEX, sentenceText), sentenceText, local.start, ctx.window)) return 'META';
  const wordTalk = findMatches(WORD_TALK_REGEX, sentenceText).filter((c) => c.end <= local.start || c.start >= local.end);
  if (wordTalk.length > 0) return 'META';
  return null;
}
