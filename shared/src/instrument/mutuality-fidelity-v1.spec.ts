import { RATER_TYPES, type InstrumentItem } from './instrument-types';
import { itemsForRater, promptFor } from './items-for-rater';
import { MUTUALITY_FIDELITY_V1 as V1 } from './mutuality-fidelity-v1';
import { validateInstrumentDefinition } from './validate-instrument';

const codes = (items: readonly InstrumentItem[]): string[] => items.map((i) => i.code);
const words = (text: string): number => text.trim().split(/\s+/).length;

describe('MUTUALITY_FIDELITY_V1', () => {
  it('is a valid definition', () => {
    expect(validateInstrumentDefinition(V1)).toEqual([]);
  });

  it('identifies itself and uses the 5-point frequency scale with not applicable', () => {
    expect([V1.key, V1.title, V1.version, V1.level]).toEqual([
      'mutuality-fidelity',
      'Mutuality Fidelity Checklist',
      1,
      'PRACTITIONER',
    ]);
    expect(V1.scale.labels).toEqual(['Rarely or never', 'Occasionally', 'About half the time', 'Usually', 'Almost always']);
    expect(V1.scale.naLabel).toMatch(/not applicable/i);
    expect(V1.crosswalk).toEqual([]);
  });

  it('has 7 dimensions of 4 items, with only D7 outside the index', () => {
    expect(V1.dimensions.map((d) => d.code)).toEqual(['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7']);
    expect(V1.dimensions.filter((d) => !d.inIndex).map((d) => d.code)).toEqual(['D7']);
    for (const d of V1.dimensions) {
      expect(codes(V1.items.filter((i) => i.dimensionCode === d.code))).toEqual([1, 2, 3, 4].map((n) => `${d.code}.${n}`));
    }
    expect(V1.items.map((i) => i.order)).toEqual(Array.from({ length: 28 }, (_, n) => n + 1));
  });

  it('has exactly 11 drift items, tagged H 4 / M 6 / I 1 as in research §5.2', () => {
    const drift = (pattern: string) => codes(V1.items.filter((i) => i.driftPattern === pattern));
    expect(V1.items.filter((i) => i.polarity === 'DRIFT')).toHaveLength(11);
    expect(drift('HIERARCHICAL')).toEqual(['D1.3', 'D1.4', 'D2.4', 'D6.3']);
    expect(drift('MEDICAL_MODEL')).toEqual(['D3.4', 'D4.4', 'D5.4', 'D6.1', 'D6.2', 'D7.4']);
    expect(drift('ERRAND')).toEqual(['D7.3']);
  });

  it('gives every drift item, and only drift items, a reflection prompt for supervision', () => {
    for (const item of V1.items) expect(Boolean(item.reflectionPrompt)).toBe(item.polarity === 'DRIFT');
  });

  it('has a 10-item short form in plain, second-person language', () => {
    const shortForm = V1.items.filter((i) => i.inShortForm);
    expect(codes(shortForm)).toEqual(['D1.1', 'D1.3', 'D2.2', 'D3.1', 'D4.1', 'D4.4', 'D5.1', 'D5.2', 'D6.1', 'D6.4']);
    for (const item of shortForm) {
      const prompt = item.prompts.PERSON_SERVED ?? '';
      expect(prompt).toMatch(/\bmy peer worker\b/i);
      expect(words(prompt)).toBeLessThanOrEqual(20);
      expect(prompt).not.toMatch(/peer specialist|clinical|adherence|disclos/i);
    }
    expect(V1.items.filter((i) => !i.inShortForm && i.prompts.PERSON_SERVED)).toEqual([]);
  });

  it('words SELF prompts in the first person and observer prompts in the third person', () => {
    for (const item of V1.items) {
      expect(item.prompts.SELF).toMatch(/\b(I|my|we)\b/i);
      expect(item.prompts.SELF).not.toMatch(/peer specialist/i);
      expect(item.prompts.SUPERVISOR).toMatch(/\bpeer (specialist|role)\b/i);
      expect(item.prompts.SUPERVISOR).not.toMatch(/\bI\b/);
      expect(item.prompts.REVIEWER).toBe(item.prompts.SUPERVISOR);
      expect(item.help.split(/[.!?](\s|$)/).filter((s) => s.trim()).length).toBe(1);
    }
  });
});

describe('itemsForRater', () => {
  it('asks supervisors and reviewers all 28 items', () => {
    expect(itemsForRater(V1, 'SUPERVISOR')).toHaveLength(28);
    expect(itemsForRater(V1, 'REVIEWER')).toHaveLength(28);
  });

  it('leaves the organisational items (D7) out of the self-assessment', () => {
    const self = itemsForRater(V1, 'SELF');
    expect(self).toHaveLength(24);
    expect(self.some((i) => i.dimensionCode === 'D7')).toBe(false);
  });

  it('asks the person served the short form only, each with its plain-language prompt', () => {
    const items = itemsForRater(V1, 'PERSON_SERVED');
    expect(codes(items)).toEqual(['D1.1', 'D1.3', 'D2.2', 'D3.1', 'D4.1', 'D4.4', 'D5.1', 'D5.2', 'D6.1', 'D6.4']);
    for (const item of items) expect(promptFor(item, 'PERSON_SERVED')).toBeTruthy();
  });

  it('returns items in display order even when the definition lists them out of order', () => {
    const shuffled = { ...V1, items: [...V1.items].reverse() };
    for (const rater of RATER_TYPES) {
      expect(codes(itemsForRater(shuffled, rater))).toEqual(codes(itemsForRater(V1, rater)));
    }
  });
});
