import type { LexiconEntry } from './types';

/** The key entries are matched on: lower case, trimmed, single spaces, curly apostrophes straightened. */
export function lexiconKey(phrase: string): string {
  return phrase.trim().toLowerCase().replace(/\s+/g, ' ').replace(/[\u2018\u2019]/g, "'");
}

/**
 * Combines the default lexicon with an organisation's edits.
 * - An org entry whose phrase matches a default (see `lexiconKey`) replaces it in place (whole entry, not field by field).
 * - An org entry with weight 0 (or less) disables that phrase: it is left out of the result.
 * - Other org entries are appended in the order given; a later org entry for the same phrase wins.
 */
export function mergeLexicon(defaults: readonly LexiconEntry[], orgEntries: readonly LexiconEntry[]): LexiconEntry[] {
  const overrides = new Map<string, LexiconEntry>();
  for (const entry of orgEntries) overrides.set(lexiconKey(entry.phrase), entry);

  const merged: LexiconEntry[] = [];
  const used = new Set<string>();
  for (const entry of defaults) {
    const key = lexiconKey(entry.phrase);
    if (used.has(key)) continue;
    used.add(key);
    const chosen = overrides.get(key) ?? entry;
    if (chosen.weight > 0) merged.push(chosen);
  }
  for (const [key, entry] of overrides) {
    if (used.has(key)) continue;
    used.add(key);
    if (entry.weight > 0) merged.push(entry);
  }
  return merged;
}
