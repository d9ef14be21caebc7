/** "person.roles_changed" → "Person roles changed". */
export function describeAction(action: string): string {
  const text = action.replace(/[._]+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

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
