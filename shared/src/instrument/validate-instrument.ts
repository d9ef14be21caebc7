import type { InstrumentDefinition } from './instrument-types';

/** A dimension must keep at least this many items, so a score survives one skipped or not-applicable answer. */
export const MIN_ITEMS_PER_DIMENSION = 3;

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

/**
 * Checks an instrument definition before it is published. Returns plain-language errors; an empty list means valid.
 * Pass the previous published version to also check that every crosswalk `fromItemCode` existed there.
 */
export function validateInstrumentDefinition(def: InstrumentDefinition, previous?: InstrumentDefinition): string[] {
  const errors: string[] = [];
  if (!def.key.trim()) errors.push('The instrument needs a key.');
  if (!def.title.trim()) errors.push('The instrument needs a title.');
  if (!Number.isInteger(def.version) || def.version < 1) errors.push('The version must be a whole number of 1 or more.');

  const points = def.scale.max - def.scale.min + 1;
  if (def.scale.min !== 1 || def.scale.max !== 5) errors.push('The scale must run from 1 to 5.');
  if (def.scale.labels.length !== points) errors.push(`The scale needs ${points} labels, one per point.`);

  const dimensionCodes = def.dimensions.map((d) => d.code);
  for (const code of duplicates(dimensionCodes)) errors.push(`Dimension code ${code} is used more than once.`);
  const itemCodes = def.items.map((i) => i.code);
  for (const code of duplicates(itemCodes)) errors.push(`Item code ${code} is used more than once.`);
  for (const order of duplicates(def.items.map((i) => String(i.order)))) {
    errors.push(`Item order ${order} is used more than once.`);
  }

  const knownDimensions = new Set<string>(dimensionCodes);
  for (const item of def.items) {
    const label = `Item ${item.code}`;
    if (!knownDimensions.has(item.dimensionCode)) {
      errors.push(`${label} belongs to unknown dimension ${item.dimensionCode}.`);
    } else if (!item.code.startsWith(`${item.dimensionCode}.`)) {
      errors.push(`${label} should start with its dimension code ${item.dimensionCode}.`);
    }
    if (item.polarity === 'DRIFT' && !item.driftPattern) errors.push(`${label} is a drift item without a drift pattern.`);
    if (item.polarity === 'CORE' && item.driftPattern) errors.push(`${label} is a core item but has a drift pattern.`);
    for (const rater of ['SELF', 'SUPERVISOR', 'REVIEWER'] as const) {
      if (!item.prompts[rater]?.trim()) errors.push(`${label} has no ${rater} prompt.`);
    }
    if (item.inShortForm && !item.prompts.PERSON_SERVED?.trim()) {
      errors.push(`${label} is in the short form but has no PERSON_SERVED prompt.`);
    }
    if (!item.help.trim()) errors.push(`${label} has no help text.`);
  }

  const hasShortForm = def.items.some((i) => i.inShortForm);
  for (const dimension of def.dimensions) {
    const items = def.items.filter((i) => i.dimensionCode === dimension.code);
    if (items.length < MIN_ITEMS_PER_DIMENSION) {
      errors.push(
        `Dimension ${dimension.code} has ${items.length} items; it needs at least ${MIN_ITEMS_PER_DIMENSION} to be scored.`,
      );
    }
    if (hasShortForm && dimension.inIndex && !items.some((i) => i.inShortForm)) {
      errors.push(`Dimension ${dimension.code} counts toward the index but has no short-form item.`);
    }
  }

  const knownItems = new Set(itemCodes);
  const previousItems = previous ? new Set(previous.items.map((i) => i.code)) : undefined;
  for (const code of duplicates(def.crosswalk.map((c) => c.fromItemCode))) {
    errors.push(`The crosswalk maps ${code} more than once.`);
  }
  for (const entry of def.crosswalk) {
    if (!entry.fromItemCode.trim()) errors.push('A crosswalk entry has no previous item code.');
    else if (previousItems && !previousItems.has(entry.fromItemCode)) {
      errors.push(`The crosswalk refers to ${entry.fromItemCode}, which is not in the previous version.`);
    }
    if (entry.toItemCode !== null && !knownItems.has(entry.toItemCode)) {
      errors.push(`The crosswalk maps ${entry.fromItemCode} to unknown item ${entry.toItemCode}.`);
    }
  }
  return errors;
}
