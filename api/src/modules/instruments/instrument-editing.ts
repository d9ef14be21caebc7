import type {
  CrosswalkEntry, DriftPattern, InstrumentDefinition, InstrumentItem, ItemPolarity, ItemPrompts,
} from '@tandem/shared';
import { InvalidInputError } from '../../common/errors';
import { MAX_INSTRUMENT_ITEMS } from '@tandem/shared';

/**
 * Pure edits of a draft definition, used by the admin instrument editor. Each returns a new definition; bad requests
 * throw InvalidInputError. Content rules (≥ 3 items per dimension, drift items carry a pattern, …) are not enforced
 * here — a draft may break them while it is being edited; publishing checks them.
 *
 * The crosswalk maps every item of the previous published version to its successor in the draft (null = retired).
 */

const byOrder = (a: InstrumentItem, b: InstrumentItem) => a.order - b.order;

/** Items in display order, renumbered 1..n (ties keep their array order). */
export function renumbered(items: readonly InstrumentItem[]): InstrumentItem[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => byOrder(a.item, b.item) || a.index - b.index)
    .map(({ item }, i) => ({ ...item, order: i + 1 }));
}

/** The next version's draft: the same definition with an identity crosswalk (every item → itself). */
export function cloneAsDraft(published: InstrumentDefinition, version: number): InstrumentDefinition {
  return {
    ...published,
    version,
    crosswalk: [...published.items].sort(byOrder).map((i) => ({ fromItemCode: i.code, toItemCode: i.code })),
  };
}

/**
 * The crosswalk of an imported definition relative to the organisation's current published version: items that kept
 * their code map to themselves, the file's own crosswalk is honoured for the rest, anything else is retired (null).
 */
export function crosswalkAgainst(previous: InstrumentDefinition, def: InstrumentDefinition): CrosswalkEntry[] {
  const codes = new Set(def.items.map((i) => i.code));
  const fromFile = new Map(def.crosswalk.map((c) => [c.fromItemCode, c.toItemCode]));
  return [...previous.items].sort(byOrder).map((item) => {
    if (codes.has(item.code)) return { fromItemCode: item.code, toItemCode: item.code };
    const to = fromFile.get(item.code);
    return { fromItemCode: item.code, toItemCode: to && codes.has(to) ? to : null };
  });
}

function findItem(def: InstrumentDefinition, code: string): InstrumentItem {
  const item = def.items.find((i) => i.code === code);
  if (!item) throw new InvalidInputError(`The draft has no item ${code}`, { field: 'itemCode' });
  return item;
}

const blankToUndefined = (s: string | null | undefined) => (s === null || s === undefined || s.trim() === '' ? undefined : s);

export interface PromptsPatch {
  self?: string | null;
  supervisor?: string | null;
  reviewer?: string | null;
  /** null or '' removes the person-served wording. */
  personServed?: string | null;
}

export interface ItemPatch {
  prompts?: PromptsPatch | null;
  help?: string | null;
  /** The item's new position in display order (1 = first); the others move up or down to make room. */
  order?: number | null;
  /** null or '' removes it. */
  reflectionPrompt?: string | null;
  naAllowed?: boolean | null;
  inShortForm?: boolean | null;
  /** null removes it. */
  driftPattern?: DriftPattern | null;
}

function patchPrompts(prompts: ItemPrompts, patch: PromptsPatch): ItemPrompts {
  const { PERSON_SERVED: oldPersonServed, ...rest } = prompts;
  const personServed = patch.personServed === undefined ? oldPersonServed : blankToUndefined(patch.personServed);
  return {
    ...rest,
    SELF: patch.self ?? rest.SELF,
    SUPERVISOR: patch.supervisor ?? rest.SUPERVISOR,
    REVIEWER: patch.reviewer ?? rest.REVIEWER,
    ...(personServed !== undefined ? { PERSON_SERVED: personServed } : {}),
  };
}

/** Changes an item's wording, flags or position. Fields left undefined stay as they are. */
export function updateItem(def: InstrumentDefinition, code: string, patch: ItemPatch): InstrumentDefinition {
  const item = findItem(def, code);
  const { driftPattern: oldPattern, reflectionPrompt: oldReflection, ...rest } = item;
  const driftPattern = patch.driftPattern === undefined ? oldPattern : (patch.driftPattern ?? undefined);
  const reflectionPrompt = patch.reflectionPrompt === undefined ? oldReflection : blankToUndefined(patch.reflectionPrompt);
  const next: InstrumentItem = {
    ...rest,
    prompts: patch.prompts ? patchPrompts(item.prompts, patch.prompts) : item.prompts,
    help: patch.help ?? item.help,
    naAllowed: patch.naAllowed ?? item.naAllowed,
    inShortForm: patch.inShortForm ?? item.inShortForm,
    ...(driftPattern !== undefined ? { driftPattern } : {}),
    ...(reflectionPrompt !== undefined ? { reflectionPrompt } : {}),
  };
  let items = renumbered(def.items.map((i) => (i.code === code ? next : i)));
  if (patch.order !== undefined && patch.order !== null) {
    if (!Number.isInteger(patch.order) || patch.order < 1 || patch.order > items.length) {
      throw new InvalidInputError(`order must be between 1 and ${items.length}`, { field: 'order' });
    }
    const without = items.filter((i) => i.code !== code);
    without.splice(patch.order - 1, 0, items.find((i) => i.code === code)!);
    items = without.map((i, n) => ({ ...i, order: n + 1 }));
  }
  return { ...def, items };
}

export interface NewItem {
  dimensionCode: string;
  polarity: ItemPolarity;
  driftPattern?: DriftPattern | null;
  prompts: PromptsPatch;
  help: string;
  naAllowed: boolean;
  inShortForm: boolean;
  reflectionPrompt?: string | null;
  /** An item of the previous published version that this one replaces (the crosswalk maps it to the new item). */
  replacesItemCode?: string | null;
}

/**
 * The next free `Dn.k` for a dimension: one more than the highest k used by the draft, its crosswalk or any earlier
 * version (`reserved`), so a retired code is never reused for a different question.
 */
export function nextItemCode(def: InstrumentDefinition, dimensionCode: string, reserved: Iterable<string> = []): string {
  const pattern = new RegExp(`^${dimensionCode.replace(/[^A-Za-z0-9]/g, '\\$&')}\\.(\\d+)$`);
  let max = 0;
  const codes = [...def.items.map((i) => i.code), ...def.crosswalk.flatMap((c) => [c.fromItemCode, c.toItemCode ?? '']), ...reserved];
  for (const code of codes) {
    const m = pattern.exec(code);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `${dimensionCode}.${max + 1}`;
}

/** Adds an item at the end of its dimension. Returns the new definition and the new item's code. */
export function addItem(
  def: InstrumentDefinition, input: NewItem, previous: InstrumentDefinition | undefined, reserved: Iterable<string> = [],
): { definition: InstrumentDefinition; code: string } {
  if (!def.dimensions.some((d) => d.code === input.dimensionCode)) {
    throw new InvalidInputError(`The draft has no dimension ${input.dimensionCode}`, { field: 'dimensionCode' });
  }
  if (def.items.length >= MAX_INSTRUMENT_ITEMS) throw new InvalidInputError(`An instrument has at most ${MAX_INSTRUMENT_ITEMS} items`);
  const self = blankToUndefined(input.prompts.self);
  if (!self) throw new InvalidInputError('A new item needs its SELF prompt', { field: 'prompts.self' });
  const replaces = blankToUndefined(input.replacesItemCode);
  if (replaces) {
    if (!previous) throw new InvalidInputError('This is the first version, so there is no earlier item to replace', { field: 'replacesItemCode' });
    if (!previous.items.some((i) => i.code === replaces)) {
      throw new InvalidInputError(`Version ${previous.version} has no item ${replaces} to replace`, { field: 'replacesItemCode' });
    }
  }
  const code = nextItemCode(def, input.dimensionCode, reserved);
  const supervisor = input.prompts.supervisor ?? '';
  const personServed = blankToUndefined(input.prompts.personServed);
  const reflectionPrompt = blankToUndefined(input.reflectionPrompt);
  const item: InstrumentItem = {
    code,
    dimensionCode: input.dimensionCode as InstrumentItem['dimensionCode'],
    order: 0,
    prompts: {
      SELF: self, SUPERVISOR: supervisor, REVIEWER: input.prompts.reviewer ?? supervisor,
      ...(personServed !== undefined ? { PERSON_SERVED: personServed } : {}),
    },
    help: input.help,
    polarity: input.polarity,
    ...(input.driftPattern ? { driftPattern: input.driftPattern } : {}),
    naAllowed: input.naAllowed,
    inShortForm: input.inShortForm,
    ...(reflectionPrompt !== undefined ? { reflectionPrompt } : {}),
  };
  const items = renumbered(def.items);
  const dimensionRank = new Map(def.dimensions.map((d, i) => [d.code as string, i]));
  const rank = dimensionRank.get(input.dimensionCode)!;
  const lastOfDimension = items.map((i) => i.dimensionCode as string).lastIndexOf(input.dimensionCode);
  const firstLater = items.findIndex((i) => (dimensionRank.get(i.dimensionCode) ?? Infinity) > rank);
  const at = lastOfDimension >= 0 ? lastOfDimension + 1 : firstLater >= 0 ? firstLater : items.length;
  items.splice(at, 0, item);
  const crosswalk = replaces
    ? [...def.crosswalk.filter((c) => c.fromItemCode !== replaces), { fromItemCode: replaces, toItemCode: code }]
    : def.crosswalk;
  return { definition: { ...def, items: items.map((i, n) => ({ ...i, order: n + 1 })), crosswalk }, code };
}

/**
 * Removes an item from the draft. Whatever the crosswalk mapped to it now maps to its successor, or to null (retired
 * without a successor); an item of the previous version the crosswalk had lost track of gets its entry back.
 */
export function retireItem(
  def: InstrumentDefinition, code: string, replacedBy: string | null | undefined, previous: InstrumentDefinition | undefined,
): InstrumentDefinition {
  findItem(def, code);
  const successor = blankToUndefined(replacedBy) ?? null;
  if (successor === code) throw new InvalidInputError('An item cannot replace itself', { field: 'replacedByItemCode' });
  if (successor !== null && !def.items.some((i) => i.code === successor)) {
    throw new InvalidInputError(`The draft has no item ${successor} to take over from ${code}`, { field: 'replacedByItemCode' });
  }
  let crosswalk = def.crosswalk.map((c) => (c.toItemCode === code ? { fromItemCode: c.fromItemCode, toItemCode: successor } : c));
  if (previous?.items.some((i) => i.code === code) && !crosswalk.some((c) => c.fromItemCode === code)) {
    crosswalk = [...crosswalk, { fromItemCode: code, toItemCode: successor }];
  }
  return { ...def, items: renumbered(def.items.filter((i) => i.code !== code)), crosswalk };
}

/** Swaps an item with its neighbour in display order. */
export function moveItem(def: InstrumentDefinition, code: string, direction: 'UP' | 'DOWN'): InstrumentDefinition {
  findItem(def, code);
  const items = renumbered(def.items);
  const at = items.findIndex((i) => i.code === code);
  const to = direction === 'UP' ? at - 1 : at + 1;
  if (to < 0 || to >= items.length) {
    throw new InvalidInputError(`${code} is already ${direction === 'UP' ? 'first' : 'last'}`, { field: 'direction' });
  }
  [items[at], items[to]] = [items[to]!, items[at]!];
  return { ...def, items: items.map((i, n) => ({ ...i, order: n + 1 })) };
}
