/**
 * Whose figure a sentence is about. A team's figures are "at" the team ("self-assessments at Harbor House"); a
 * person's are theirs ("Grace Kim’s self-assessments") — never "self-assessments at Grace Kim".
 */
export type SubjectKind = 'team' | 'person';

export interface Subject {
  name: string;
  kind: SubjectKind;
}

/** "Grace Kim’s", "Inpatient Bridge’s" (typographic apostrophe). */
export function possessive(name: string): string {
  return `${name}’s`;
}

/**
 * A label as it reads inside a sentence: a sentence-case label loses its capital ("Medical-model drift" → "medical-model
 * drift"); a name in title case or an acronym keeps it ("Mutuality Fidelity Index", "MDI").
 */
export function inSentence(label: string): string {
  const words = label.split(/\s+/);
  const first = words[0] ?? '';
  if (first === first.toUpperCase() || words.slice(1).some((w) => /^[A-Z]/.test(w))) return label;
  return first.charAt(0).toLowerCase() + label.slice(1);
}

/**
 * A noun phrase for something of a subject: "notes at Harbor House", "Grace Kim’s notes", or the bare noun. After a
 * possessive the noun is mid-sentence, so a sentence-case label loses its capital ("Grace Kim’s medical-model drift").
 */
export function ofSubject(noun: string, subject?: Subject | null): string {
  if (!subject) return noun;
  return subject.kind === 'person' ? `${possessive(subject.name)} ${inSentence(noun)}` : `${noun} at ${subject.name}`;
}

/** "1 note", "3 notes", "no notes" (a count with its noun in the right number). */
export function countOf(n: number, one: string, many: string): string {
  if (n === 0) return `no ${many}`;
  return `${n} ${n === 1 ? one : many}`;
}

/** "1 point", "12 points" (rounded first, so 1.4 is "1 point"). */
export function pointsText(n: number): string {
  const r = Math.round(Math.abs(n));
  return `${r} ${r === 1 ? 'point' : 'points'}`;
}
