import { DEFAULT_LEXICON, SUBSTANCE_USE_OVERRIDES } from './default-lexicon';
import { lexiconKey, mergeLexicon } from './merge-lexicon';
import { reflectLanguage } from './reflect-language';
import { LANGUAGE_PATTERNS, type LexiconEntry } from './types';

describe('DEFAULT_LEXICON', () => {
  it('has a starter-sized list with unique phrases and sensible weights', () => {
    expect(DEFAULT_LEXICON.length).toBeGreaterThanOrEqual(40);
    expect(DEFAULT_LEXICON.length).toBeLessThanOrEqual(70);
    const keys = DEFAULT_LEXICON.map((e) => lexiconKey(e.phrase));
    expect(new Set(keys).size).toBe(keys.length);
    for (const e of DEFAULT_LEXICON) expect([1, 2]).toContain(e.weight);
    for (const p of LANGUAGE_PATTERNS) expect(DEFAULT_LEXICON.some((e) => e.pattern === p)).toBe(true);
  });

  it('offers a suggestion for every drift phrase and none for mutual phrases', () => {
    for (const e of DEFAULT_LEXICON) {
      if (e.pattern === 'MUTUALITY') expect(e.alternative).toBeUndefined();
      else expect(e.alternative?.length ?? 0).toBeGreaterThan(5);
    }
  });

  it('matches every phrase and variant as written', () => {
    for (const e of DEFAULT_LEXICON) {
      for (const form of [e.phrase, ...(e.variants ?? [])]) {
        const { hits } = reflectLanguage(`xx ${form} yy`, [e]);
        expect({ form, hits: hits.map((h) => h.matchedText) }).toEqual({ form, hits: [form] });
      }
    }
  });
});

describe('mergeLexicon', () => {
  const defaults: LexiconEntry[] = [
    { phrase: 'patient', pattern: 'MEDICAL_MODEL', weight: 1, alternative: 'the person' },
    { phrase: 'relapse', pattern: 'MEDICAL_MODEL', weight: 1 },
    { phrase: 'we explored', pattern: 'MUTUALITY', weight: 2 },
  ];

  it('overrides by phrase in place, disables with weight 0 and appends new phrases', () => {
    const merged = mergeLexicon(defaults, [
      { phrase: '  Patient ', pattern: 'MEDICAL_MODEL', weight: 0 },
      { phrase: 'Relapse', pattern: 'MEDICAL_MODEL', weight: 2, alternative: 'a hard stretch' },
      { phrase: 'service user', pattern: 'MEDICAL_MODEL', weight: 1 },
      { phrase: 'unused', pattern: 'ERRAND', weight: 0 },
    ]);
    expect(merged).toEqual([
      { phrase: 'Relapse', pattern: 'MEDICAL_MODEL', weight: 2, alternative: 'a hard stretch' },
      { phrase: 'we explored', pattern: 'MUTUALITY', weight: 2 },
      { phrase: 'service user', pattern: 'MEDICAL_MODEL', weight: 1 },
    ]);
  });

  it('lets the last org entry for a phrase win and leaves inputs untouched', () => {
    const org: LexiconEntry[] = [
      { phrase: 'case', pattern: 'HIERARCHICAL', weight: 1 },
      { phrase: 'CASE', pattern: 'HIERARCHICAL', weight: 2 },
    ];
    expect(mergeLexicon(defaults, org).at(-1)).toEqual({ phrase: 'CASE', pattern: 'HIERARCHICAL', weight: 2 });
    expect(defaults).toHaveLength(3);
  });

  it('substance-use overrides stop counting "relapse"', () => {
    const lexicon = mergeLexicon(DEFAULT_LEXICON, SUBSTANCE_USE_OVERRIDES);
    expect(lexicon).toHaveLength(DEFAULT_LEXICON.length - 1);
    expect(reflectLanguage('After the relapse we explored options.', lexicon).totals).toEqual({
      MEDICAL_MODEL: 0,
      HIERARCHICAL: 0,
      ERRAND: 0,
      MUTUALITY: 2,
    });
  });
});
