import { MUTUALITY_FIDELITY_V1 as V1, validateInstrumentDefinition, type InstrumentDefinition } from '@tandem/shared';
import { InvalidInputError } from '../../common/errors';
import {
  addItem, cloneAsDraft, crosswalkAgainst, moveItem, nextItemCode, renumbered, retireItem, updateItem, type NewItem,
} from './instrument-editing';

const draft = cloneAsDraft(V1, 2);
const codes = (def: InstrumentDefinition) => [...def.items].sort((a, b) => a.order - b.order).map((i) => i.code);
const item = (def: InstrumentDefinition, code: string) => def.items.find((i) => i.code === code)!;
const orders = (def: InstrumentDefinition) => def.items.map((i) => i.order);
const newItem = (overrides: Partial<NewItem> = {}): NewItem => ({
  dimensionCode: 'D1', polarity: 'CORE', prompts: { self: 'I ask first.', supervisor: 'The peer specialist asks first.' },
  help: 'Look for asking.', naAllowed: true, inShortForm: false, ...overrides,
});

describe('cloneAsDraft', () => {
  it('copies the definition into the next version with an identity crosswalk', () => {
    expect(draft.version).toBe(2);
    expect(draft.items).toEqual(V1.items);
    expect(draft.crosswalk).toHaveLength(28);
    expect(draft.crosswalk.every((c) => c.fromItemCode === c.toItemCode)).toBe(true);
    expect(validateInstrumentDefinition(draft, V1)).toEqual([]);
  });
});

describe('updateItem', () => {
  it('changes only the given wording and flags', () => {
    const next = updateItem(draft, 'D1.3', { prompts: { self: 'New self.', personServed: null }, help: 'New help.', reflectionPrompt: '' });
    expect(item(next, 'D1.3')).toEqual({
      ...item(draft, 'D1.3'), prompts: { ...item(draft, 'D1.3').prompts, SELF: 'New self.', PERSON_SERVED: undefined }, help: 'New help.',
      reflectionPrompt: undefined,
    });
    expect('PERSON_SERVED' in item(next, 'D1.3').prompts).toBe(false);
    expect(next.items.filter((i) => i.code !== 'D1.3')).toEqual(draft.items.filter((i) => i.code !== 'D1.3'));
  });

  it('moves an item to a new position and renumbers the rest', () => {
    const next = updateItem(draft, 'D1.3', { order: 1 });
    expect(codes(next).slice(0, 4)).toEqual(['D1.3', 'D1.1', 'D1.2', 'D1.4']);
    expect(orders(next).sort((a, b) => a - b)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    expect(() => updateItem(draft, 'D1.3', { order: 29 })).toThrow('order must be between 1 and 28');
  });

  it('refuses an unknown item', () => {
    expect(() => updateItem(draft, 'D9.9', { help: 'x' })).toThrow(InvalidInputError);
  });
});

describe('addItem', () => {
  it('gives the next free code, places the item at the end of its dimension and keeps the crosswalk', () => {
    const { definition, code } = addItem(draft, newItem(), V1);
    expect(code).toBe('D1.5');
    expect(codes(definition).slice(3, 6)).toEqual(['D1.4', 'D1.5', 'D2.1']);
    expect(item(definition, 'D1.5')).toEqual({
      code: 'D1.5', dimensionCode: 'D1', order: 5, polarity: 'CORE', naAllowed: true, inShortForm: false, help: 'Look for asking.',
      prompts: { SELF: 'I ask first.', SUPERVISOR: 'The peer specialist asks first.', REVIEWER: 'The peer specialist asks first.' },
    });
    expect(definition.crosswalk).toEqual(draft.crosswalk);
    expect(validateInstrumentDefinition(definition, V1)).toEqual([]);
  });

  it('never reuses a code used by an earlier version', () => {
    expect(addItem(draft, newItem(), V1, ['D1.7']).code).toBe('D1.8');
    expect(nextItemCode(retireItem(draft, 'D1.4', null, V1), 'D1')).toBe('D1.5');
  });

  it('maps the replaced item of the previous version to the new one', () => {
    const { definition } = addItem(draft, newItem({ replacesItemCode: 'D1.2' }), V1);
    expect(definition.crosswalk.find((c) => c.fromItemCode === 'D1.2')).toEqual({ fromItemCode: 'D1.2', toItemCode: 'D1.5' });
    expect(definition.crosswalk).toHaveLength(28);
  });

  it('keeps a drift item without a pattern in the draft; validation reports it', () => {
    const { definition } = addItem(draft, newItem({ polarity: 'DRIFT' }), V1);
    expect(validateInstrumentDefinition(definition, V1)).toEqual(['Item D1.5 is a drift item without a drift pattern.']);
  });

  it('refuses an unknown dimension, a missing SELF prompt and an unknown replaced item', () => {
    expect(() => addItem({ ...draft, dimensions: draft.dimensions.slice(0, 6) }, newItem({ dimensionCode: 'D7' }), V1)).toThrow('The draft has no dimension D7');
    expect(() => addItem(draft, newItem({ prompts: { self: ' ' } }), V1)).toThrow('A new item needs its SELF prompt');
    expect(() => addItem(draft, newItem({ replacesItemCode: 'D1.9' }), V1)).toThrow('Version 1 has no item D1.9 to replace');
    expect(() => addItem(draft, newItem({ replacesItemCode: 'D1.1' }), undefined)).toThrow(/first version/);
  });
});

describe('retireItem', () => {
  it('removes the item and maps it to its successor or to null', () => {
    const replaced = retireItem(draft, 'D1.4', 'D1.3', V1);
    expect(codes(replaced)).not.toContain('D1.4');
    expect(orders(replaced).sort((a, b) => a - b)).toEqual(Array.from({ length: 27 }, (_, i) => i + 1));
    expect(replaced.crosswalk.find((c) => c.fromItemCode === 'D1.4')).toEqual({ fromItemCode: 'D1.4', toItemCode: 'D1.3' });
    const retired = retireItem(draft, 'D1.4', null, V1);
    expect(retired.crosswalk.find((c) => c.fromItemCode === 'D1.4')).toEqual({ fromItemCode: 'D1.4', toItemCode: null });
    expect(validateInstrumentDefinition(retired, V1)).toEqual([]);
  });

  it('re-points whatever mapped to a retired new item', () => {
    const { definition } = addItem(draft, newItem({ replacesItemCode: 'D1.2' }), V1);
    const next = retireItem(definition, 'D1.5', 'D1.1', V1);
    expect(next.crosswalk.find((c) => c.fromItemCode === 'D1.2')).toEqual({ fromItemCode: 'D1.2', toItemCode: 'D1.1' });
  });

  it('leaves a dimension with 2 items for validation to report', () => {
    const next = retireItem(retireItem(draft, 'D2.3', null, V1), 'D2.4', null, V1);
    expect(validateInstrumentDefinition(next, V1)).toEqual(['Dimension D2 has 2 items; it needs at least 3 to be scored.']);
  });

  it('refuses an unknown item or successor, and an item replacing itself', () => {
    expect(() => retireItem(draft, 'D9.1', null, V1)).toThrow('The draft has no item D9.1');
    expect(() => retireItem(draft, 'D1.1', 'D9.1', V1)).toThrow('The draft has no item D9.1 to take over from D1.1');
    expect(() => retireItem(draft, 'D1.1', 'D1.1', V1)).toThrow('An item cannot replace itself');
  });
});

describe('moveItem', () => {
  it('swaps an item with its neighbour, across dimensions too', () => {
    expect(codes(moveItem(draft, 'D1.2', 'UP')).slice(0, 2)).toEqual(['D1.2', 'D1.1']);
    expect(codes(moveItem(draft, 'D1.4', 'DOWN')).slice(3, 5)).toEqual(['D2.1', 'D1.4']);
  });

  it('refuses to move past either end', () => {
    expect(() => moveItem(draft, 'D1.1', 'UP')).toThrow('D1.1 is already first');
    expect(() => moveItem(draft, 'D7.4', 'DOWN')).toThrow('D7.4 is already last');
  });
});

describe('crosswalkAgainst and renumbered', () => {
  it('maps kept codes to themselves, honours the file’s own crosswalk and retires the rest', () => {
    const imported = { ...retireItem(retireItem(draft, 'D1.4', 'D1.3', V1), 'D2.4', null, V1), crosswalk: [{ fromItemCode: 'D1.4', toItemCode: 'D1.3' }] };
    const crosswalk = crosswalkAgainst(V1, imported);
    expect(crosswalk).toHaveLength(28);
    expect(crosswalk.filter((c) => c.fromItemCode !== c.toItemCode)).toEqual([
      { fromItemCode: 'D1.4', toItemCode: 'D1.3' }, { fromItemCode: 'D2.4', toItemCode: null },
    ]);
  });

  it('sorts by order and closes gaps, keeping ties in list order', () => {
    const items = [{ ...V1.items[1]!, order: 7 }, { ...V1.items[0]!, order: 7 }, { ...V1.items[2]!, order: 2 }];
    expect(renumbered(items).map((i) => [i.code, i.order])).toEqual([['D1.3', 1], ['D1.2', 2], ['D1.1', 3]]);
  });
});
