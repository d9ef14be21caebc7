import { countDataRows, csvRecordSpans, removeCsvLine, toCsv } from './roster-csv';

describe('roster CSV helpers', () => {
  it('numbers records like the import does: blank lines skipped, header is line 1', () => {
    const text = 'name,email\r\n\r\nSam,sam@x.org\r\n   \r\nKim,kim@x.org';
    expect(csvRecordSpans(text).map((s) => s.line)).toEqual([1, 2, 3]);
    expect(countDataRows(text)).toBe(2);
    expect(removeCsvLine(text, 3)).toBe('name,email\r\n\r\nSam,sam@x.org\r\n   \r\n');
  });

  it('keeps quoted line breaks inside one record', () => {
    const text = 'name,email,team\n"Rivera,\nSam",sam@x.org,A\nKim,kim@x.org,B\n';
    expect(countDataRows(text)).toBe(2);
    expect(removeCsvLine(text, 2)).toBe('name,email,team\nKim,kim@x.org,B\n');
  });

  it('never removes the header and ignores unknown lines', () => {
    const text = 'name,email\nSam,sam@x.org\n';
    expect(removeCsvLine(text, 1)).toBe(text);
    expect(removeCsvLine(text, 9)).toBe(text);
  });

  it('writes cells safely for spreadsheets', () => {
    expect(toCsv([['name', 'link'], ['Rivera, Sam', '=HYPERLINK("x")'], ['Say "hi"', 'ok']])).toBe(
      'name,link\r\n"Rivera, Sam","\'=HYPERLINK(""x"")"\r\n"Say ""hi""",ok\r\n',
    );
  });
});
