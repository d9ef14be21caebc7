import { parseInputDate, parseInputInstant, parseInputLocalDateTime } from './input-dates';
import { isStorableText, tooLongMessage } from './text-limits';

describe('parseInputDate', () => {
  it.each(['2024-02-29', '1900-01-01', '2100-12-31', '2026-10-06'])('accepts %s', (v) => expect(parseInputDate(v)).toBe(v));
  it.each([
    '2024-W01-1', '2024-01', '2024', '20240101', '2024-366', '-2024-01-01', '2024-01-01T10Z', '2023-02-29', '2024-13-01', '2024-00-10',
    '2024-04-31', '1899-12-31', '2101-01-01', '9999-12-31', '+002024-01-01', ' 2024-01-01', '2024-01-01 ', '２０２４-01-01', '',
  ])('rejects %j', (v) => expect(parseInputDate(v)).toBeNull());
});

describe('parseInputInstant', () => {
  it('accepts Z and offsets and returns UTC', () => {
    expect(parseInputInstant('2026-10-06T10:30+01:00')).toBe('2026-10-06T09:30:00.000Z');
    expect(parseInputInstant('2026-10-06T09:30:00Z')).toBe('2026-10-06T09:30:00.000Z');
    expect(parseInputInstant('2026-10-06T09:30:00.123456-04:00')).toBe('2026-10-06T13:30:00.123Z');
  });
  it.each([
    '2024-01-01T10Z', '2024-01-01T10:00', '2024-01-01', '2024-01-01T24:00Z', '2024-01-01T10:60Z', '2024-02-30T10:00Z', '2024-01-01T10:00+25:00',
    '2024-01-01t10:00z', '2101-01-01T00:00Z', '2024-W01-1T10:00Z', '20240101T100000Z',
  ])('rejects %j', (v) => expect(parseInputInstant(v)).toBeNull());
});

describe('parseInputLocalDateTime', () => {
  it.each(['2026-10-06T10:00', '2026-10-06T10:00:30', '2026-10-06T10:00:00.000Z', '2026-10-06T10:00+02:00'])('accepts %s', (v) =>
    expect(parseInputLocalDateTime(v)).toBe(v));
  it.each(['2026-10-06', '2026-10-06T10', '2026-02-30T10:00', '31/10/2031', 'tomorrow'])('rejects %j', (v) => expect(parseInputLocalDateTime(v)).toBeNull());
});

describe('text', () => {
  it('finds NUL and unpaired surrogates, keeps real emoji', () => {
    expect(isStorableText('x\u0000y')).toBe(false);
    expect(isStorableText('\ud800')).toBe(false);
    expect(isStorableText('a\udc00')).toBe(false);
    expect(isStorableText('\ud83d\ude00 ok')).toBe(true);
    expect(isStorableText('plain')).toBe(true);
  });
  it('says the limit plainly', () => expect(tooLongMessage(20000)).toBe('Use at most 20,000 characters.'));
});
