import { DEFAULT_LEXICON } from './default-lexicon';
import { aggregateReflections, languageBalance, reflectLanguage } from './reflect-language';
import type { LexiconEntry } from './types';

const counting = (text: string) => reflectLanguage(text, DEFAULT_LEXICON).hits.filter((h) => h.suppressed === null);
const only = (text: string) => {
  const { hits } = reflectLanguage(text, DEFAULT_LEXICON);
  expect(hits).toHaveLength(1);
  return hits[0]!;
};

describe('reflectLanguage: matching', () => {
  it('finds phrases with weights, patterns and character spans', () => {
    const text = 'My client was noncompliant.';
    const r = reflectLanguage(text, DEFAULT_LEXICON);
    expect(r.hits).toEqual([
      expect.objectContaining({ phrase: 'my client', pattern: 'HIERARCHICAL', weight: 2, start: 0, end: 9, matchedText: 'My client', suppressed: null }),
      expect.objectContaining({ phrase: 'non-compliant', pattern: 'MEDICAL_MODEL', weight: 2, start: 14, end: 26, matchedText: 'noncompliant', suppressed: null }),
    ]);
    for (const h of r.hits) expect(text.slice(h.start, h.end)).toBe(h.matchedText);
    expect(r.hits[0]!.alternative).toEqual(expect.any(String));
    // 4 words (My, client, was, noncompliant); M = 2 and H = 2 → 2 × 1000 / 4 = 500 each.
    expect(r.wordCount).toBe(4);
    expect(r.totals).toEqual({ MEDICAL_MODEL: 2, HIERARCHICAL: 2, ERRAND: 0, MUTUALITY: 0 });
    expect(r.densities).toEqual({ MEDICAL_MODEL: 500, HIERARCHICAL: 500, ERRAND: 0, MUTUALITY: 0 });
    // balance = round(100 × (0 − 4) / (0 + 4 + 1)) = −80
    expect(r.balance).toBe(-80);
  });

  it('tolerates case, hyphen/space/no hyphen and plural s', () => {
    for (const text of ['NON-COMPLIANT', 'non compliant', 'noncompliant', 'Non-compliance noted']) {
      expect(only(text).phrase).toBe('non-compliant');
    }
    expect(only('Two patients came.').matchedText).toBe('patients');
    expect(only('Her illnesses.').matchedText).toBe('illnesses');
    expect(only('He’s treatment resistant').phrase).toBe('treatment-resistant');
  });

  it('respects word boundaries', () => {
    expect(reflectLanguage('She waited patiently at the outpatient desk, hopeless.', DEFAULT_LEXICON).hits).toEqual([]);
    expect(only("my client's plan").matchedText).toBe('my client');
  });

  it('lets the longest of overlapping phrases win', () => {
    // "refused" (H, 1) and "refused treatment" (M, 1) overlap → the longer one.
    expect(only('She refused treatment.')).toMatchObject({ phrase: 'resistant to treatment', matchedText: 'refused treatment' });
    // "my client" (9 chars) and "client failed to" (16 chars) overlap → "client failed to", from index 3.
    expect(only('my client failed to call')).toMatchObject({ phrase: 'client failed to', start: 3, end: 19 });
    // "symptoms" (M, 1) inside "symptoms exacerbated" (M, 2).
    expect(only('symptoms exacerbated overnight')).toMatchObject({ phrase: 'symptomatic', weight: 2 });
  });

  it('ignores entries with weight 0 and an empty text', () => {
    const lexicon: LexiconEntry[] = [{ phrase: 'patient', pattern: 'MEDICAL_MODEL', weight: 0 }];
    expect(reflectLanguage('the patient', lexicon).hits).toEqual([]);
    expect(reflectLanguage('', DEFAULT_LEXICON)).toMatchObject({ hits: [], wordCount: 0, balance: 0 });
  });

  it('uses the default lexicon when none is given', () => {
    expect(reflectLanguage('we explored it').totals.MUTUALITY).toBe(2);
  });
});

describe('reflectLanguage: suppression', () => {
  it('sets aside the supervision example without counting it', () => {
    const r = reflectLanguage("We talked about not calling her 'non-compliant'.", DEFAULT_LEXICON);
    expect(r.hits).toEqual([expect.objectContaining({ matchedText: 'non-compliant', suppressed: 'QUOTED' })]);
    expect(r.totals.MEDICAL_MODEL).toBe(0);
    expect(r.densities.MEDICAL_MODEL).toBe(0);
    expect(r.balance).toBe(0);
  });

  it('NEGATED: a negation a few words before, in the same clause', () => {
    expect(only('We talked about not calling her non-compliant.').suppressed).toBe('NEGATED');
    expect(only('He is no longer my client.').suppressed).toBe('NEGATED');
    expect(only('I never said he was non-compliant.').suppressed).toBe('NEGATED');
    expect(only("She wasn't manipulative.").suppressed).toBe('NEGATED');
    expect(only('Instead of patient, we say person.').suppressed).toBe('NEGATED');
    expect(only('I try to stop saying patient.').suppressed).toBe('NEGATED');
  });

  it('NEGATED does not reach across clauses, sentences or more than 5 words', () => {
    expect(only('He was not home, so I drove him to the clinic.').suppressed).toBeNull();
    expect(only('It was not easy. The patient left.').suppressed).toBeNull();
    // 6 words between "not" and "patient": once, in, all, these, long, years.
    expect(only('Not once in all these long years patient').suppressed).toBeNull();
    expect(reflectLanguage('Not once in all these long years patient', DEFAULT_LEXICON, { cueWindow: 6 }).hits[0]!.suppressed).toBe('NEGATED');
    // A negation inside the phrase itself is part of the phrase.
    expect(only('He was not allowed in.').suppressed).toBeNull();
  });

  it('QUOTED: inside straight or curly quotes, not fooled by apostrophes', () => {
    expect(only('She said “I am a patient here”.').suppressed).toBe('QUOTED');
    expect(only("The team's note said 'symptomatic' twice.").suppressed).toBe('QUOTED');
    expect(only('The form says "chief complaint" at the top.').suppressed).toBe('QUOTED');
    expect(only('The team’s patient list.').suppressed).toBeNull();
  });

  it('META: talking about the word itself', () => {
    expect(only('We talked about calling her non-compliant.').suppressed).toBe('META');
    expect(only('We dropped the word patient.').suppressed).toBe('META');
    expect(only('Patient is the label the team uses.').suppressed).toBe('META');
    expect(only('Language like decompensating came up.').suppressed).toBe('META');
  });

  it('keeps suppressed hits out of densities (arithmetic in comments)', () => {
    const text = 'We explored what matters to her. I told her to rest. We avoided the word patient.';
    const r = reflectLanguage(text, DEFAULT_LEXICON);
    expect(r.hits.map((h) => [h.matchedText, h.start, h.end, h.suppressed])).toEqual([
      ['We explored', 0, 11, null],
      ['what matters to her', 12, 31, null],
      ['I told her to', 33, 46, null],
      ['patient', 73, 80, 'NEGATED'],
    ]);
    // 16 words. Counting: MUTUALITY 2 + 2 = 4, HIERARCHICAL 2; "patient" (1) is negated by "avoided".
    expect(r.wordCount).toBe(16);
    expect(r.totals).toEqual({ MEDICAL_MODEL: 0, HIERARCHICAL: 2, ERRAND: 0, MUTUALITY: 4 });
    // MUTUALITY 4 × 1000 / 16 = 250; HIERARCHICAL 2 × 1000 / 16 = 125.
    expect(r.densities).toEqual({ MEDICAL_MODEL: 0, HIERARCHICAL: 125, ERRAND: 0, MUTUALITY: 250 });
    // balance = round(100 × (4 − 2) / (4 + 2 + 1)) = round(28.57) = 29
    expect(r.balance).toBe(29);
  });

  it('counts the remaining hits normally', () => {
    expect(counting('I told him to go. "I told him to go," she said.')).toHaveLength(1);
  });
});

describe('languageBalance and aggregateReflections', () => {
  const zero = { MEDICAL_MODEL: 0, HIERARCHICAL: 0, ERRAND: 0, MUTUALITY: 0 };
  it('scales mutual minus drift into −100..100 with +1 smoothing', () => {
    expect(languageBalance(zero)).toBe(0);
    expect(languageBalance({ ...zero, MUTUALITY: 2 })).toBe(67); // 200 / 3
    expect(languageBalance({ ...zero, ERRAND: 1, MEDICAL_MODEL: 1, HIERARCHICAL: 1 })).toBe(-75); // −300 / 4
    expect(languageBalance({ ...zero, MUTUALITY: 99 })).toBe(99); // 9900 / 100
    expect(languageBalance({ ...zero, MUTUALITY: 3, HIERARCHICAL: 3 })).toBe(0);
  });

  it('sums totals and words across texts', () => {
    const a = reflectLanguage('My client was noncompliant.', DEFAULT_LEXICON); // 4 words, M 2, H 2
    const b = reflectLanguage('We explored what matters to her. I told her to rest. We avoided the word patient.', DEFAULT_LEXICON); // 16 words, H 2, U 4
    const sum = aggregateReflections([a, b]);
    expect(sum).toMatchObject({ texts: 2, wordCount: 20, totals: { MEDICAL_MODEL: 2, HIERARCHICAL: 4, ERRAND: 0, MUTUALITY: 4 } });
    // M 2000/20 = 100, H 4000/20 = 200, U 4000/20 = 200; balance = round(100 × (4 − 6) / 11) = −18
    expect(sum.densities).toEqual({ MEDICAL_MODEL: 100, HIERARCHICAL: 200, ERRAND: 0, MUTUALITY: 200 });
    expect(sum.balance).toBe(-18);
  });
});
