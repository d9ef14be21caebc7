import { unguardCsvFormula } from '@tandem/shared';
import Papa from 'papaparse';
import { csvRecordSpans, toCsv } from './csv';

describe('toCsv (papaparse)', () => {
  it('writes RFC 4180 rows with CRLF ends, quoting only what needs it, and empty cells for missing values', () => {
    expect(toCsv([['Team', 'Score, 1–5', 'Shown'], ['North "side"', 4.5, true], ['Line\nbreak', null, false], ['Harbor', undefined, Number.NaN]]))
      .toBe('Team,"Score, 1–5",Shown\r\n"North ""side""",4.5,yes\r\n"Line\nbreak",,no\r\nHarbor,,\r\n');
    expect(toCsv([])).toBe('');
  });

  it('keeps formulas as text with the same apostrophe rule as the API, never touching numbers', () => {
    const texts = ['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tTab', "'=already guarded", 'plain'];
    const csv = toCsv([texts, [-0.96, 3]]);
    const [written, numbers] = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(written!.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    expect(written!.map(unguardCsvFormula)).toEqual(texts);
    expect(numbers).toEqual(['-0.96', '3']);
  });
});

describe('csvRecordSpans (papaparse)', () => {
  it('numbers non-empty records from the header as 1 and says where each lies in the text', () => {
    const text = '\uFEFFname,email\r\n\r\nSam,sam@x.org\r\n   \r\nKim,kim@x.org';
    const spans = csvRecordSpans(text);
    expect(spans.map((s) => [s.line, text.slice(s.start, s.end)])).toEqual([
      [1, '\uFEFFname,email\r\n'], [2, 'Sam,sam@x.org\r\n'], [3, 'Kim,kim@x.org'],
    ]);
    expect(spans[1]!.cells).toEqual(['Sam', 'sam@x.org']);
  });

  it('keeps a quoted cell with line breaks and doubled quotes inside one record', () => {
    const text = 'name,note\n"Rivera,\nSam","said ""hi""\nthen left"\nKim,ok\n';
    const spans = csvRecordSpans(text);
    expect(spans).toHaveLength(3);
    expect(spans[1]!.cells).toEqual(['Rivera,\nSam', 'said "hi"\nthen left']);
    expect(text.slice(spans[2]!.start, spans[2]!.end)).toBe('Kim,ok\n');
  });

  it('reads back what toCsv writes', () => {
    const rows = [['name', 'team'], ['Rivera, Sam', 'A\r\nB'], ['Kim', '']];
    expect(csvRecordSpans(toCsv(rows)).map((s) => s.cells)).toEqual(rows);
  });
});
