const FALLBACK = 'en-GB';

function supported(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag])[0];
  } catch {
    return undefined; // a malformed language tag
  }
}

/**
 * The person's locale: the browser's first preferred language, which is also what its date pickers use, so a date
 * typed into a form reads the same way as every date shown beside it. British English when the browser says nothing usable.
 */
export function userLocale(): string {
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  return supported(nav?.languages?.[0]) ?? supported(nav?.language) ?? FALLBACK;
}

/** Resolved once, when the app loads: every formatter in the app uses this one. */
export const LOCALE = userLocale();
