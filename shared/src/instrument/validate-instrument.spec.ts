import type { InstrumentDefinition, InstrumentItem } from './instrument-types';
import { MUTUALITY_FIDELITY_V1 as V1 } from './mutuality-fidelity-v1';
import { validateInstrumentDefinition } from './validate-instrument';

/** A copy of v1 with one item changed. */
function withItem(code: string, change: (item: InstrumentItem) => InstrumentItem): InstrumentDefinition {
  return { ...V1, items: V1.items.map((i) => (i.code === code ? change(i) : i)) };
}

describe('validateInstrumentDefinition', () => {
  it('accepts v1 and a v2 whose crosswalk maps v1 codes to its own items', () => {
    const v2: InstrumentDefinition = {
      ...V1,
      version: 2,
      crosswalk: [
        { fromItemCode: 'D1.1', toItemCode: 'D1.1' },
        { fromItemCode: 'D2.3', toItemCode: null },
      ],
    };
    expect(validateInstrumentDefinition(V1)).toEqual([]);
    expect(validateInstrumentDefinition(v2, V1)).toEqual([]);
  });

  it('requires each dimension to keep at least 3 items', () => {
    const def = { ...V1, items: V1.items.filter((i) => i.code !== 'D2.3' && i.code !== 'D2.4') };
    expect(validateInstrumentDefinition(def)).toEqual([
      'Dimension D2 has 2 items; it needs at least 3 to be scored.',
    ]);
    // 3 items is still enough.
    expect(validateInstrumentDefinition({ ...V1, items: V1.items.filter((i) => i.code !== 'D2.3') })).toEqual([]);
  });

  it('requires a pattern on drift items and none on core items', () => {
    expect(validateInstrumentDefinition(withItem('D1.3', (i) => ({ ...i, driftPattern: undefined })))).toEqual([
      'Item D1.3 is a drift item without a drift pattern.',
    ]);
    expect(validateInstrumentDefinition(withItem('D1.1', (i) => ({ ...i, driftPattern: 'ERRAND' })))).toEqual([
      'Item D1.1 is a core item but has a drift pattern.',
    ]);
  });

  it('rejects duplicate item codes', () => {
    const def = { ...V1, items: [...V1.items, { ...V1.items[0]!, order: 99 }] };
    expect(validateInstrumentDefinition(def)).toEqual(['Item code D1.1 is used more than once.']);
  });

  it('requires a PERSON_SERVED prompt on short-form items', () => {
    const def = withItem('D2.2', (i) => ({ ...i, prompts: { ...i.prompts, PERSON_SERVED: undefined } }));
    expect(validateInstrumentDefinition(def)).toEqual([
      'Item D2.2 is in the short form but has no PERSON_SERVED prompt.',
    ]);
  });

  it('requires the short form to cover every index dimension', () => {
    // D2.2 is D2's only short-form item.
    const def = withItem('D2.2', (i) => ({ ...i, inShortForm: false }));
    expect(validateInstrumentDefinition(def)).toEqual([
      'Dimension D2 counts toward the index but has no short-form item.',
    ]);
  });

  it('rejects crosswalk entries that point at unknown codes', () => {
    const v2: InstrumentDefinition = {
      ...V1,
      version: 2,
      crosswalk: [
        { fromItemCode: 'D1.1', toItemCode: 'D1.9' },
        { fromItemCode: 'D8.1', toItemCode: 'D1.2' },
        { fromItemCode: 'D1.1', toItemCode: null },
      ],
    };
    expect(validateInstrumentDefinition(v2, V1)).toEqual([
      'The crosswalk maps D1.1 more than once.',
      'The crosswalk maps D1.1 to unknown item D1.9.',
      'The crosswalk refers to D8.1, which is not in the previous version.',
    ]);
    // Without the previous version only the target codes can be checked.
    expect(validateInstrumentDefinition(v2)).toEqual([
      'The crosswalk maps D1.1 more than once.',
      'The crosswalk maps D1.1 to unknown item D1.9.',
    ]);
  });

  it('rejects items in unknown dimensions, item codes outside their dimension, and missing prompts', () => {
    expect(validateInstrumentDefinition(withItem('D1.2', (i) => ({ ...i, code: 'D3.9' })))).toEqual([
      'Item D3.9 should start with its dimension code D1.',
    ]);
    const noSelf = withItem('D1.2', (i) => ({ ...i, prompts: { ...i.prompts, SELF: ' ' } }));
    expect(validateInstrumentDefinition(noSelf)).toEqual(['Item D1.2 has no SELF prompt.']);
    const def = { ...V1, dimensions: V1.dimensions.filter((d) => d.code !== 'D7') };
    expect(validateInstrumentDefinition(def)).toEqual(
      ['D7.1', 'D7.2', 'D7.3', 'D7.4'].map((c) => `Item ${c} belongs to unknown dimension D7.`),
    );
  });

  it('checks the scale, version and duplicate orders', () => {
    const def: InstrumentDefinition = {
      ...V1,
      version: 0,
      scale: { ...V1.scale, labels: V1.scale.labels.slice(0, 4) },
      items: V1.items.map((i) => (i.code === 'D1.2' ? { ...i, order: 1 } : i)),
    };
    expect(validateInstrumentDefinition(def)).toEqual([
      'The version must be a whole number of 1 or more.',
      'The scale needs 5 labels, one per point.',
      'Item order 1 is used more than once.',
    ]);
  });
});
