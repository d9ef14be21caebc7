import { userLocale } from './locale';

function browserSays(languages: string[], language: string) {
  Object.defineProperty(window.navigator, 'languages', { value: languages, configurable: true });
  Object.defineProperty(window.navigator, 'language', { value: language, configurable: true });
}

describe('userLocale', () => {
  afterEach(() => browserSays(['en-GB', 'en'], 'en-GB'));

  it('follows the browser’s first preferred language, as its date pickers do', () => {
    browserSays(['en-US', 'en'], 'en-US');
    expect(userLocale()).toBe('en-US');
    const us = new Intl.DateTimeFormat(userLocale(), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    expect(us.format(new Date('2026-12-01T00:00:00Z'))).toBe('Dec 1, 2026');
  });

  it('falls back to the single language, then to British English', () => {
    browserSays([], 'de-DE');
    expect(userLocale()).toBe('de-DE');
    browserSays(['not a tag!'], '');
    expect(userLocale()).toBe('en-GB');
  });
});
