import { tooLongMessage } from '@tandem/shared';

/** Names a field in words where splitting its camelCase name would not ("first" is a page size). */
const LABELS: Record<string, string> = {
  first: 'Number of rows',
  after: 'Page position',
  mfi: 'Fidelity index',
  url: 'Link',
};

/** "jobTitle" → "Job title", "programId" → "Program", "superviseeIds" → "Supervisees", "adHoc.startsAt" → "Starts at". */
export function fieldLabel(path: string): string {
  const last = path.split('.').filter((p) => !/^\d+$/.test(p)).pop() ?? path;
  if (LABELS[last]) return LABELS[last];
  const words = last.replace(/Ids$/, 's').replace(/Id$/, '').replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'This value';
}

const number = (message: string): string | undefined => /(-?\d+(?:\.\d+)?)/.exec(message)?.[1];

/**
 * class-validator's own sentences ("jobTitle must be shorter than or equal to 120 characters") in plain words, per
 * constraint. Each entry recognises the library's default wording, so a message a developer wrote is never touched.
 */
const PLAIN: Record<string, { default: RegExp; say: (label: string, message: string) => string }> = {
  maxLength: { default: /must be shorter than or equal to \d+ characters$/, say: (_l, m) => tooLongMessage(Number(number(m))) },
  minLength: { default: /must be longer than or equal to \d+ characters$/, say: (_l, m) => `Use at least ${number(m)} characters.` },
  isString: { default: /must be a string$/, say: (l) => `${l}: enter text here.` },
  isUuid: { default: /must be a UUID$/, say: (l) => `${l}: choose one from the list.` },
  isBoolean: { default: /must be a boolean value$/, say: (l) => `${l}: choose yes or no.` },
  isEnum: { default: /must be one of the following values: /, say: (l, m) => `${l}: choose one of ${m.split('following values: ')[1] ?? 'the options'}.` },
  isIn: { default: /must be one of the following values: /, say: (l, m) => `${l}: choose one of ${m.split('following values: ')[1] ?? 'the options'}.` },
  isInt: { default: /must be an integer number$/, say: (l) => `${l} must be a whole number.` },
  isNumber: { default: /must be a number conforming to the specified constraints$/, say: (l) => `${l} must be a number.` },
  min: { default: /must not be less than -?[\d.]+$/, say: (l, m) => `${l} must be ${number(m)} or more.` },
  max: { default: /must not be greater than -?[\d.]+$/, say: (l, m) => `${l} must be ${number(m)} or less.` },
  isNotEmpty: { default: /should not be empty$/, say: (l) => `${l}: this cannot be empty.` },
  arrayMaxSize: { default: /must contain no more than \d+ elements$/, say: (l, m) => `${l}: choose at most ${number(m)}.` },
  arrayMinSize: { default: /must contain at least \d+ elements$/, say: (l, m) => `${l}: choose at least ${number(m)}.` },
  arrayUnique: { default: /elements must be unique$/, say: (l) => `${l}: list each one only once.` },
  isDateString: { default: /must be a valid ISO 8601 date string$/, say: (l) => `${l}: enter a date written YYYY-MM-DD.` },
  isIso8601: { default: /must be a valid ISO 8601 date string$/, say: (l) => `${l}: enter a date written YYYY-MM-DD.` },
  isEmail: { default: /must be an email$/, say: () => 'Enter a valid e-mail address.' },
  whitelistValidation: { default: /should not exist$/, say: (l) => `${l} is not something this form takes.` },
};

/** One constraint's message for people: plain words for class-validator's defaults, a developer's own message as written. */
export function plainValidationMessage(constraint: string, path: string, message: string): string {
  const rule = PLAIN[constraint];
  return rule && rule.default.test(message) ? rule.say(fieldLabel(path), message) : message;
}
