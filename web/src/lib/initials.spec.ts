import { initials } from './initials';

describe('initials', () => {
  it('takes the first letter of the first and last words', () => {
    expect(initials('Grace Kim')).toBe('GK');
    expect(initials('  ana   maria  de souza ')).toBe('AS');
    expect(initials('Ngozi')).toBe('N');
  });

  it('keeps emoji and combined characters whole', () => {
    expect(initials('🌻 Zara')).toBe('🌻Z');
    expect(initials('Zara 👩🏽‍⚕️')).toBe('Z👩🏽‍⚕️');
    expect(initials('🇰🇪 Amani')).toBe('🇰🇪A');
    // "e" followed by a combining acute accent is one character on screen.
    expect(initials('e\u0301mile zola')).toBe('E\u0301Z');
    // Never half of a surrogate pair (the "Z�" seen on screen).
    expect([...initials('Zoë 😀')]).toEqual(['Z', '😀']);
  });

  it('says "?" for an empty name', () => {
    expect(initials('')).toBe('?');
    expect(initials('   ')).toBe('?');
  });
});
