import { csvCell, guardCsvFormula, toCsv, unguardCsvFormula } from './csv';

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
