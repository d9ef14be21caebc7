import { parse } from 'csv-parse/sync';
import { guardCsvFormula, unguardCsvFormula } from './csv';
import { csvCell, toCsv } from './csv-writer';

describe('CSV cells', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://evil.test","x")'])('guards %j against spreadsheet formulas', (text) => {
    expect(guardCsvFormula(text)).toBe(`'${text}`);
    expect(unguardCsvFormula(guardCsvFormula(text))).toBe(text);
  });

  it.each(['plain', '', "it's", "'quoted", 'a=b', ' =1', '1-2'])('leaves %j alone', (text) => {
    expect(guardCsvFormula(text)).toBe(text);
    expect(unguardCsvFormula(text)).toBe(text);
  });

  it('round-trips text that already starts with apostrophes before a formula character', () => {
    for (const text of ["'=1", "''-2", "'@x"]) {
      expect(guardCsvFormula(text)).toBe(`'${text}`);
      expect(unguardCsvFormula(guardCsvFormula(text))).toBe(text);
    }
  });

  it('quotes, keeps numbers as numbers and writes CRLF rows', () => {
    expect(csvCell('a,"b"')).toBe('"a,""b"""');
    expect(csvCell('=cmd|" /C calc"!A0')).toBe(`"'=cmd|"" /C calc""!A0"`);
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('yes');
    expect(toCsv([['name', 'value'], ['-x', 2]])).toBe("name,value\r\n'-x,2\r\n");
  });
});

describe('CSV files', () => {
  it('quotes a lone carriage return or line feed, not only CRLF', () => {
    expect(toCsv([['a\rb', 'c\nd', 'e\r\nf']])).toBe('"a\rb","c\nd","e\r\nf"\r\n');
  });

  it('writes empty cells for null, undefined, NaN and infinities, and yes/no for booleans', () => {
    expect(toCsv([[null, undefined, Number.NaN, Number.POSITIVE_INFINITY, '', false, true, 0]])).toBe(',,,,,no,yes,0\r\n');
  });

  it('never guards numbers, even negative ones', () => {
    expect(toCsv([[-1, '-1']])).toBe("-1,'-1\r\n");
  });

  it('ends every row with CRLF, the last one too', () => {
    expect(toCsv([['a'], ['b']])).toBe('a\r\nb\r\n');
    expect(toCsv([['a'], []])).toBe('a\r\n\r\n');
  });

  it('writes a cell the same way alone and inside a file', () => {
    const cells = ['x', 'a,b', 'say "hi"', '=1', "'+2", 'line\nbreak', ' padded ', 'ünïcödé'];
    expect(toCsv([cells])).toBe(`${cells.map(csvCell).join(',')}\r\n`);
  });

  it('reads back (csv-parse, then unguard) as exactly what was written', () => {
    const rows = [['name', 'note', 'n'], ['Grace "G" Kim', '=SUM(A1:A2), then\r\nmore', '-4'], ["''@x", '', 'tab\there']];
    const parsed = parse(toCsv(rows), { record_delimiter: '\r\n' }) as string[][];
    expect(parsed.map((row) => row.map(unguardCsvFormula))).toEqual(rows);
  });
});
