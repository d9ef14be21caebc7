import { DEFAULT_LEXICON } from './default-lexicon';
import { reflectLanguage } from './reflect-language';
import { describeHit, reflectionSummary } from './reflection-summary';
import { quoteSpans, sentenceSpans } from './suppression';

const summarise = (text: string) => reflectionSummary(reflectLanguage(text, DEFAULT_LEXICON));

describe('reflectionSummary', () => {
  it('says when nothing matched', () => {
    expect(summarise('We met at the library.')).toEqual({
      tone: 'NOTHING_FOUND',
      headline: 'Nothing in this note matched the reflection list.',
      suggestions: [],
      mutualPhrases: [],
      setAsideNote: null,
    });
  });

  it('recognises mutual-only notes and de-duplicates mutual phrases', () => {
    const s = summarise('We explored options. Later we explored more, in her own words.');
    expect(s.tone).toBe('MOSTLY_MUTUAL');
    expect(s.mutualPhrases).toEqual(['We explored', 'in her own words']);
  });

  it('is MIXED when drift appears but mutual wording outweighs it', () => {
    // U = 2 + 2 = 4, D = 1 → balance = round(300 / 6) = 50
    const s = summarise('We explored options, in her own words. She refused.');
    expect(s.tone).toBe('MIXED');
    expect(s.headline).toBe('Mostly shared, person-led wording; 1 phrase might be worth another look.');
    expect(s.suggestions).toEqual([
      expect.objectContaining({ matchedText: 'refused', pattern: 'HIERARCHICAL', strength: 'CONTEXT', alternative: 'Declined, or chose not to.' }),
    ]);
  });

  it('is WORTH_A_LOOK otherwise and mentions set-aside phrases', () => {
    const s = summarise('My client was non-compliant. We avoid the word patient.');
    expect(s.tone).toBe('WORTH_A_LOOK');
    expect(s.headline).toMatch(/^2 phrases might read differently/);
    expect(s.suggestions.map((x) => x.strength)).toEqual(['STRONG', 'STRONG']);
    expect(s.setAsideNote).toBe('1 phrase was set aside because they were quoted, negated or about the words themselves.');
  });

  it('describes single hits for tooltips', () => {
    const [counted, negated] = reflectLanguage('The patient. Not a patient.', DEFAULT_LEXICON).hits;
    expect(describeHit(counted!)).toBe('“patient”: you might try: The person, or their name.');
    expect(describeHit(negated!)).toBe('“patient”: negated nearby, so not counted.');
    expect(describeHit(reflectLanguage('we both', DEFAULT_LEXICON).hits[0]!)).toBe('“we both”: mutual, person-led wording.');
  });
});

describe('text helpers', () => {
  it('finds quoted spans, ignoring apostrophes inside words', () => {
    const text = 'Don\'t call it \'care\', it\'s "support" and “peer work”.';
    expect(quoteSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(["'care'", '"support"', '“peer work”']);
    expect(quoteSpans('an "unclosed quote\nnext line')).toEqual([]);
  });

  it('splits sentences at end punctuation and line breaks', () => {
    const text = 'One. Two? "Three!" Four\nFive';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end).trim())).toEqual(['One.', 'Two?', '"Three!"', 'Four', 'Five']);
  });
});
