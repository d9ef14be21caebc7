/**
 * Strict readers for the dates and date-times people and programs send. Only the forms below are accepted — no ISO
 * week or ordinal dates, no reduced precision, no expanded years — and only real calendar days in 1900–2100, so a
 * value that passes here is one Postgres and every date library read the same way.
 */
export const INPUT_YEAR_MIN = 1900;
export const INPUT_YEAR_MAX = 2100;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?$/;

function realDay(y: number, m: number, d: number): boolean {
  if (y < INPUT_YEAR_MIN || y > INPUT_YEAR_MAX || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** `YYYY-MM-DD` when `value` is a real calendar day in 1900–2100, else null. */
export function parseInputDate(value: string): string | null {
  const m = DATE.exec(value);
  if (!m) return null;
  return realDay(Number(m[1]), Number(m[2]), Number(m[3])) ? value : null;
}

interface DateTimeParts {
  /** Wall-clock milliseconds as if the written time were UTC. */
  wallMs: number;
  /** The offset as written (null when there is none). */
  offset: string | null;
}

function parseDateTime(value: string): DateTimeParts | null {
  const m = DATE_TIME.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [number, number, number, number, number, number];
  if (!realDay(y, mo, d) || h > 23 || mi > 59 || s > 59) return null;
  const offset = m[8] ?? null;
  if (offset && offset !== 'Z') {
    const oh = Number(offset.slice(1, 3));
    const om = Number(offset.slice(4, 6));
    if (oh > 18 || om > 59) return null;
  }
  const ms = Number((m[7] ?? '0').padEnd(3, '0').slice(0, 3));
  return { wallMs: Date.UTC(y, mo - 1, d, h, mi, s, ms), offset };
}

/**
 * An instant written in ISO 8601 with `Z` or an offset (`2026-10-06T09:30:00Z`, `2026-10-06T10:30+01:00`), on a real
 * day in 1900–2100; returns it as `toISOString()` (UTC, milliseconds), else null.
 */
export function parseInputInstant(value: string): string | null {
  const p = parseDateTime(value);
  if (!p || !p.offset) return null;
  const offsetMs = p.offset === 'Z'
    ? 0
    : (p.offset.startsWith('-') ? -1 : 1) * (Number(p.offset.slice(1, 3)) * 60 + Number(p.offset.slice(4, 6))) * 60_000;
  return new Date(p.wallMs - offsetMs).toISOString();
}

/**
 * A wall-clock date-time `YYYY-MM-DDTHH:mm[:ss[.sss]]` (read later in a time zone), or an instant with `Z` or an
 * offset; real day, years 1900–2100. Returns the value as written, else null.
 */
export function parseInputLocalDateTime(value: string): string | null {
  return parseDateTime(value) ? value : null;
}
