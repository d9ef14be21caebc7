import { tooLongMessage } from '@tandem/shared';
import { isApiError } from './graphql-client';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

/** Field name → message; empty when the form is valid. */
export type FieldErrors<K extends string> = Partial<Record<K, string>>;

export function hasErrors<K extends string>(errors: FieldErrors<K>): boolean {
  return Object.values(errors).some(Boolean);
}

/** The client-side twin of the API's length check, with the same message (`maxLength` on the input usually prevents it). */
export function tooLong(value: string, max: number): string | undefined {
  return value.length > max ? tooLongMessage(max) : undefined;
}

/**
 * The per-field messages of a BAD_USER_INPUT answer, for the fields a form shows: the API's `extensions.fieldErrors`
 * (paths such as `name` or `adHoc.startsAt`, matched on their last part), or a service's single `field`. A form shows
 * them beside its fields, the same way as its own checks.
 */
export function apiFieldErrors<K extends string>(error: unknown, fields: readonly K[]): FieldErrors<K> {
  if (!isApiError(error, 'BAD_USER_INPUT')) return {};
  const out: FieldErrors<K> = {};
  const known = (path: string): K | undefined => fields.find((f) => f === path.split('.').pop());
  const fieldErrors = error.details.fieldErrors;
  if (fieldErrors && typeof fieldErrors === 'object') {
    for (const [path, message] of Object.entries(fieldErrors as Record<string, unknown>)) {
      const k = known(path);
      if (k && typeof message === 'string') out[k] ??= message;
    }
  }
  const field = error.details.field;
  if (typeof field === 'string') {
    const k = known(field);
    if (k) out[k] ??= error.message;
  }
  return out;
}
