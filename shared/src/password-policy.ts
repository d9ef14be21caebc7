/**
 * Password rules after NIST SP 800-63B (§5.1.1.2): a minimum length, a generous maximum, no composition rules
 * (no "one digit and one symbol"), and new passwords checked against a list of commonly used ones, against
 * repetitive or sequential characters and against words from the person's own context (name, e-mail, the service).
 *
 * The common-password list is injected (`isCommon`), so this stays pure: the API and the web app load the same list
 * (the `passwords-common` dictionary of @zxcvbn-ts/language-common) and give the same answer with the same words.
 * Existing passwords are never re-checked: the rule applies when a password is chosen.
 */

export const PASSWORD_MIN_LENGTH = 12;
/** NIST asks verifiers to allow at least 64 characters; longer pass phrases are welcome up to this. */
export const PASSWORD_MAX_LENGTH = 256;

/** The plain-language messages, identical in the API's BAD_USER_INPUT answer and in the forms. */
export const PASSWORD_MESSAGES = {
  tooShort: `Use at least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a password that is long and easy to remember.`,
  tooLong: `Use at most ${PASSWORD_MAX_LENGTH} characters.`,
  tooCommon: 'This password is on a list of commonly used passwords. Choose something less predictable, such as a few unrelated words.',
  tooSimple: 'This password repeats or follows a simple sequence (like “aaaa” or “1234”). Choose something less predictable.',
  personal: 'Don’t build your password from your name, your e-mail address, your organisation or “Tandem”.',
} as const;

/** A short hint shown under every new-password field. */
export const PASSWORD_HINT = `At least ${PASSWORD_MIN_LENGTH} characters. No special characters needed: a few unrelated words work well.`;

export interface PasswordContext {
  /** True when the lower-cased word is on the common-password list. */
  isCommon(lowerCased: string): boolean;
  /** Words from the person's context: their name, e-mail address, organisation name. */
  userInputs?: readonly (string | null | undefined)[];
}

const EDGE_NOISE = /^[\p{N}\p{P}\p{S}\s]+|[\p{N}\p{P}\p{S}\s]+$/gu;
const SERVICE_WORDS = ['tandem'];

/** Code points, so that an emoji or an accented letter counts as one character, as a person would count it. */
export function passwordLength(password: string): number {
  return [...password].length;
}

/** The first rule a new password breaks, as the message to show; null when it is acceptable. */
export function passwordProblem(password: string, context: PasswordContext): string | null {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return PASSWORD_MESSAGES.tooShort;
  if (length > PASSWORD_MAX_LENGTH) return PASSWORD_MESSAGES.tooLong;
  const lower = password.toLowerCase();
  // "password1234", "!!monkey!!!!!": a common word dressed with digits or symbols at either end is still that word.
  const core = lower.replace(EDGE_NOISE, '');
  if (context.isCommon(lower) || (core.length > 0 && context.isCommon(core))) return PASSWORD_MESSAGES.tooCommon;
  if (isRepetitive(lower) || isSequential(lower)) return PASSWORD_MESSAGES.tooSimple;
  if (isPersonal(lower, core, context.userInputs ?? [])) return PASSWORD_MESSAGES.personal;
  return null;
}

/** Few distinct characters, or one short chunk repeated ("abcabcabcabc"). */
function isRepetitive(lower: string): boolean {
  const chars = [...lower];
  if (new Set(chars).size <= 3) return true;
  return /^([\s\S]{1,6}?)\1+$/u.test(lower);
}

/** Each character one step from the last, up or down ("abcdefghijkl", "123456789012", "987654321098"). */
function isSequential(lower: string): boolean {
  const codes = [...lower].map((c) => c.codePointAt(0)!);
  let steps = 0;
  for (let i = 1; i < codes.length; i++) {
    const a = codes[i - 1]!;
    const b = codes[i]!;
    const digitWrap = a >= 48 && a <= 57 && b >= 48 && b <= 57 && Math.abs(b - a) === 9;
    if (Math.abs(b - a) === 1 || digitWrap) steps += 1;
  }
  return steps >= codes.length - 2;
}

/** The password, stripped of digits and symbols at its ends, is the person's name, e-mail, organisation or the service. */
function isPersonal(lower: string, core: string, inputs: readonly (string | null | undefined)[]): boolean {
  const words = new Set<string>(SERVICE_WORDS);
  for (const raw of inputs) {
    const value = raw?.trim().toLowerCase();
    if (!value) continue;
    words.add(value);
    const local = value.split('@')[0];
    if (local && local.length >= 3) words.add(local);
    for (const part of value.split(/[\s@._-]+/u)) if (part.length >= 4) words.add(part);
  }
  const squeeze = (s: string) => s.replace(/[\s\p{P}\p{S}]+/gu, '');
  const candidates = [lower, core, squeeze(lower), squeeze(core)];
  for (const word of words) {
    const w = squeeze(word);
    if (w && candidates.some((c) => c === w || c === w + w)) return true;
  }
  return false;
}

/** zxcvbn-style score (0–4) as the words the strength meter shows. */
export const PASSWORD_STRENGTH_LABELS = ['Very easy to guess', 'Easy to guess', 'Fair', 'Strong', 'Very strong'] as const;

export function passwordStrengthLabel(score: number): string {
  const i = Math.max(0, Math.min(4, Math.round(score)));
  return PASSWORD_STRENGTH_LABELS[i]!;
}
