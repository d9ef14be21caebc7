const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The first user-perceived character of a word: a whole emoji, flag or accented letter, never half of one. */
function firstGrapheme(word: string): string {
  const first = segmenter.segment(word)[Symbol.iterator]().next();
  return first.done ? '' : first.value.segment;
}

/**
 * Up to two initials for a name: the first character of the first and of the last word, upper-cased where the
 * script has case. "Grace Kim" → "GK", "Zoë 🌻 Adeyemi" → "ZA", "🌻 Ana" → "🌻A"; "?" when there is nothing to show.
 */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return '?';
  const first = firstGrapheme(words[0]!);
  const last = words.length > 1 ? firstGrapheme(words[words.length - 1]!) : '';
  return (first + last).toLocaleUpperCase() || '?';
}
