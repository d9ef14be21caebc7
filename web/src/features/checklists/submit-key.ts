/**
 * The idempotency key for submitting a checklist: made once per checklist and kept in sessionStorage, so a retry (a
 * lost response, a double tap, a reload) sends the same key and the server records exactly one submission.
 */
const storageKey = (checklistId: string) => `tandem.checklist-submit.${checklistId}`;
const memory = new Map<string, string>();

function newKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function submitKeyFor(checklistId: string): string {
  try {
    const stored = sessionStorage.getItem(storageKey(checklistId));
    if (stored) return stored;
    const key = memory.get(checklistId) ?? newKey();
    sessionStorage.setItem(storageKey(checklistId), key);
    return key;
  } catch {
    // Storage blocked (private mode): keep the key for this page's lifetime instead.
    const key = memory.get(checklistId) ?? newKey();
    memory.set(checklistId, key);
    return key;
  }
}

export function forgetSubmitKey(checklistId: string): void {
  memory.delete(checklistId);
  try {
    sessionStorage.removeItem(storageKey(checklistId));
  } catch {
    // nothing stored
  }
}
