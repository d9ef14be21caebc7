import { fileSlug, toCsv } from './chart-data';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and leaves missing values empty', () => {
    const csv = toCsv({
      columns: [{ key: 'a', label: 'Team' }, { key: 'b', label: 'Score, 1–5' }],
      rows: [{ a: 'North "side"', b: 4.5 }, { a: 'Line\nbreak', b: null }, { a: 'Harbor', b: undefined }],
    });
    expect(csv).toBe('Team,"Score, 1–5"\r\n"North ""side""",4.5\r\n"Line\nbreak",\r\nHarbor,\r\n');
  });

  it('defuses text a spreadsheet would run as a formula, but keeps negative numbers', () => {
    const csv = toCsv({ columns: [{ key: 'a', label: 'A' }, { key: 'b', label: 'B' }], rows: [{ a: '=HYPERLINK("x")', b: -0.96 }] });
    expect(csv).toBe('A,B\r\n"\'=HYPERLINK(""x"")",-0.96\r\n');
  });
});

describe('fileSlug', () => {
  it('makes a safe file name from a chart title', () => {
    expect(fileSlug('Medical-model drift (MDI) — Inpatient Bridge')).toBe('medical-model-drift-mdi-inpatient-bridge');
    expect(fileSlug('***')).toBe('chart');
  });
});
