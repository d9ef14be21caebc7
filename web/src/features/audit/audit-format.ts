/** The summary JSON, indented for reading; anything unparsable is shown as it is. */
export function prettySummary(summary: string): string {
  try {
    const value: unknown = JSON.parse(summary);
    if (value === null || (typeof value === 'object' && Object.keys(value).length === 0)) return '';
    return JSON.stringify(value, null, 2);
  } catch {
    return summary;
  }
}
