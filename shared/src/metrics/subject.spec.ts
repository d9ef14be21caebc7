import { countOf, inSentence, ofSubject, pointsText, possessive } from './subject';

describe('sentence grammar: whose figure', () => {
  it.each([
    ['a team', { name: 'Harbor House', kind: 'team' as const }, 'Mutuality Fidelity Index', 'Mutuality Fidelity Index at Harbor House'],
    ['a person', { name: 'Grace Kim', kind: 'person' as const }, 'Mutuality Fidelity Index', 'Grace Kim’s Mutuality Fidelity Index'],
    ['a person, plural noun', { name: 'Grace Kim', kind: 'person' as const }, 'supervision notes', 'Grace Kim’s supervision notes'],
    ['a team, plural noun', { name: 'Inpatient Bridge', kind: 'team' as const }, 'supervision notes', 'supervision notes at Inpatient Bridge'],
    ['a person, sentence-case label', { name: 'Grace Kim', kind: 'person' as const }, 'Medical-model drift', 'Grace Kim’s medical-model drift'],
    ['a team, sentence-case label', { name: 'Harbor House', kind: 'team' as const }, 'Medical-model drift', 'Medical-model drift at Harbor House'],
    ['nobody (your own)', undefined, 'Mutuality Fidelity Index', 'Mutuality Fidelity Index'],
  ])('%s', (_case, subject, noun, phrase) => {
    expect(ofSubject(noun, subject)).toBe(phrase);
  });

  it.each([
    ['Medical-model drift', 'medical-model drift'],
    ['Lived experience', 'lived experience'],
    ['Reciprocity', 'reciprocity'],
    ['Mutuality Fidelity Index', 'Mutuality Fidelity Index'],
    ['MDI', 'MDI'],
    ['D3 Lived experience', 'D3 Lived experience'],
  ])('inSentence(%s)', (label, text) => {
    expect(inSentence(label)).toBe(text);
  });

  it.each([
    ['Grace Kim', 'Grace Kim’s'],
    ['James', 'James’s'],
    ['Inpatient Bridge', 'Inpatient Bridge’s'],
  ])('possessive(%s)', (name, phrase) => {
    expect(possessive(name)).toBe(phrase);
  });
});

describe('counts in the right number', () => {
  it.each([
    [0, 'no notes'],
    [1, '1 note'],
    [2, '2 notes'],
    [145, '145 notes'],
  ])('countOf(%d)', (n, text) => {
    expect(countOf(n, 'note', 'notes')).toBe(text);
  });

  it.each([
    [0, '0 points'],
    [0.4, '0 points'],
    [1, '1 point'],
    [1.4, '1 point'],
    [-1, '1 point'],
    [1.6, '2 points'],
    [12, '12 points'],
    [-12.2, '12 points'],
  ])('pointsText(%d)', (n, text) => {
    expect(pointsText(n)).toBe(text);
  });
});
