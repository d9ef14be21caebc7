import type { ItemPrompts } from './instrument-types';

/**
 * Builds an item's prompts. Supervisors and reviewers rate the same observed behaviour, so they share the
 * third-person wording; the person-served wording is given only for short-form items.
 */
export function itemPrompts(self: string, observer: string, personServed?: string): ItemPrompts {
  const prompts: ItemPrompts = { SELF: self, SUPERVISOR: observer, REVIEWER: observer };
  return personServed === undefined ? prompts : { ...prompts, PERSON_SERVED: personServed };
}
