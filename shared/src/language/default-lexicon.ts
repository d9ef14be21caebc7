// Starter lexicon for reflecting on the wording of notes. A proposal for reflection, not a validated instrument:
// organisations are expected to tune it with `mergeLexicon`.
import type { LexiconEntry } from './types';

const MEDICAL_MODEL: LexiconEntry[] = [
  { phrase: 'non-compliant', pattern: 'MEDICAL_MODEL', weight: 2, variants: ['non-compliance', 'med compliance', 'medication compliance', 'compliant with meds', 'compliant with medication'], alternative: 'Describe what the person decided and the reasons they gave, e.g. “chose to pause the new medication because of the side effects”.' },
  { phrase: 'decompensating', pattern: 'MEDICAL_MODEL', weight: 2, variants: ['decompensated', 'decompensation'], alternative: 'Say what you noticed and how the person described the week themselves.' },
  { phrase: 'lacks insight', pattern: 'MEDICAL_MODEL', weight: 2, variants: ['lack of insight', 'poor insight', 'insight into illness', 'insight into her illness', 'insight into his illness', 'insight into their illness'], alternative: 'Write down how the person makes sense of what is happening, in their own words.' },
  { phrase: 'presenting problem', pattern: 'MEDICAL_MODEL', weight: 2, variants: ['chief complaint'], alternative: 'What brought them here, or what they most wanted to talk about, as they put it.' },
  { phrase: 'mental status', pattern: 'MEDICAL_MODEL', weight: 2, variants: ['flat affect', 'blunted affect', 'affect was'], alternative: 'Describe what you saw and heard in conversation, and how they said they were feeling.' },
  { phrase: 'symptomatic', pattern: 'MEDICAL_MODEL', weight: 2, variants: ['symptoms exacerbated', 'exacerbation of symptoms'], alternative: 'Describe the experience the person told you about.' },
  { phrase: 'the schizophrenic', pattern: 'MEDICAL_MODEL', weight: 2, variants: ['a schizophrenic', 'the borderline', 'a borderline', 'an addict', 'the addict'], alternative: 'Use the person’s name; a diagnosis is not who someone is.' },
  { phrase: 'treatment-resistant', pattern: 'MEDICAL_MODEL', weight: 2, alternative: 'Say what has not helped so far, from the person’s point of view.' },
  { phrase: 'psychoeducation provided', pattern: 'MEDICAL_MODEL', weight: 2, variants: ['provided psychoeducation', 'psychoeducation'], alternative: 'Say what you shared and what they made of it.' },
  { phrase: 'assessed client for', pattern: 'MEDICAL_MODEL', weight: 2, variants: ['assessed him for', 'assessed her for', 'assessed them for'], alternative: 'Describe what you talked about and what they told you.' },
  { phrase: 'risk assessment completed', pattern: 'MEDICAL_MODEL', weight: 2, variants: ['completed risk assessment', 'completed a risk assessment', 'administered the phq', 'administered a screening', 'administered the screening'], alternative: 'If safety or a form came up, describe how you went through it together and what they made of it.' },
  { phrase: 'diagnosis', pattern: 'MEDICAL_MODEL', weight: 1, variants: ['diagnoses', 'dx'], alternative: 'Is the diagnosis needed here? How the person describes it may say more.' },
  { phrase: 'patient', pattern: 'MEDICAL_MODEL', weight: 1, alternative: 'The person, or their name.' },
  { phrase: 'symptom', pattern: 'MEDICAL_MODEL', weight: 1, alternative: 'What they are experiencing, in their words.' },
  { phrase: 'illness', pattern: 'MEDICAL_MODEL', weight: 1, variants: ['disorder'], alternative: 'What they are going through, described the way they describe it.' },
  { phrase: 'treatment plan goal', pattern: 'MEDICAL_MODEL', weight: 1, alternative: 'Their own goal, quoted as they said it.' },
  { phrase: 'intervention', pattern: 'MEDICAL_MODEL', weight: 1, alternative: 'What we did together.' },
  { phrase: 'high-functioning', pattern: 'MEDICAL_MODEL', weight: 1, variants: ['low-functioning'], alternative: 'Name the specific strengths and struggles instead.' },
  { phrase: 'chronic', pattern: 'MEDICAL_MODEL', weight: 1, alternative: 'Long-standing, or “for many years”.' },
  { phrase: 'relapse', pattern: 'MEDICAL_MODEL', weight: 1, variants: ['relapsed'], alternative: 'A hard stretch, or the words the person used.' },
  { phrase: 'attention-seeking', pattern: 'MEDICAL_MODEL', weight: 1, variants: ['acting out', 'manipulative'], alternative: 'Describe what happened and what need might have been behind it.' },
  { phrase: 'in denial', pattern: 'MEDICAL_MODEL', weight: 1, alternative: 'Sees it differently, or is not ready to talk about it yet.' },
  { phrase: 'resistant to treatment', pattern: 'MEDICAL_MODEL', weight: 1, variants: ['refused treatment', 'refused medication', 'refused meds'], alternative: 'Has not found the treatment helpful, or decided against it (and why).' },
  { phrase: 'dirty urine', pattern: 'MEDICAL_MODEL', weight: 1, variants: ['clean urine', 'dirty drug screen', 'clean drug screen'], alternative: 'Tested positive / tested negative.' },
];

const HIERARCHICAL: LexiconEntry[] = [
  { phrase: 'I told him to', pattern: 'HIERARCHICAL', weight: 2, variants: ['I told her to', 'I told them to', 'I instructed'], alternative: 'We talked through the options and they decided to…' },
  { phrase: 'I made him', pattern: 'HIERARCHICAL', weight: 2, variants: ['I made her', 'I made them'], alternative: 'We agreed that…' },
  { phrase: 'was not allowed', pattern: 'HIERARCHICAL', weight: 2, variants: ["wasn't allowed", 'is not allowed', "isn't allowed", 'not permitted', 'I allowed him', 'I allowed her', 'I allowed them', 'I permitted', 'privileges'], alternative: 'Describe the rule, whose rule it is, and how you talked it over together.' },
  { phrase: 'I set limits', pattern: 'HIERARCHICAL', weight: 2, variants: ['I set a limit', 'set limits with'], alternative: 'We talked about what works for both of us.' },
  { phrase: 'consequence given', pattern: 'HIERARCHICAL', weight: 2, variants: ['gave a consequence', 'gave consequences', 'faced consequences'], alternative: 'Describe what happened next and who decided it.' },
  { phrase: 'I warned', pattern: 'HIERARCHICAL', weight: 2, alternative: 'I shared my worry that…' },
  { phrase: 'I redirected', pattern: 'HIERARCHICAL', weight: 2, alternative: 'I asked whether we could turn to…' },
  { phrase: 'I reminded him to take', pattern: 'HIERARCHICAL', weight: 2, variants: ['I reminded her to take', 'I reminded them to take'], alternative: 'We talked about how the medication is going for them.' },
  { phrase: 'reported to the team', pattern: 'HIERARCHICAL', weight: 2, variants: ['reported it to the team', 'reported this to the team', 'reported her to the team', 'reported him to the team'], alternative: 'With their agreement, I shared … with the team.' },
  { phrase: 'client failed to', pattern: 'HIERARCHICAL', weight: 2, variants: ['he failed to', 'she failed to', 'they failed to'], alternative: 'Did not, or was not able to — what got in the way?' },
  { phrase: 'non-cooperative', pattern: 'HIERARCHICAL', weight: 2, variants: ['uncooperative'], alternative: 'Had a different view about… (say what it was).' },
  { phrase: 'my client', pattern: 'HIERARCHICAL', weight: 2, variants: ['my patient', 'my caseload'], alternative: 'The person I work with, or their name.' },
  { phrase: 'needs to', pattern: 'HIERARCHICAL', weight: 1, alternative: 'Wants to, or is thinking about — whose need is it?' },
  { phrase: 'refused', pattern: 'HIERARCHICAL', weight: 1, alternative: 'Declined, or chose not to.' },
  { phrase: 'managed the client', pattern: 'HIERARCHICAL', weight: 1, alternative: 'Worked with.' },
  { phrase: 'gave advice', pattern: 'HIERARCHICAL', weight: 1, variants: ['advised him', 'advised her', 'advised them', 'educated client on', 'educated him on', 'educated her on', 'educated them on'], alternative: 'Shared what worked for me or what I know, and asked what might fit for them.' },
  { phrase: 'encouraged client to comply', pattern: 'HIERARCHICAL', weight: 1, variants: ['encouraged him to comply', 'encouraged her to comply', 'encouraged them to comply'], alternative: 'Asked what they want to do about it.' },
];

const ERRAND: LexiconEntry[] = [
  { phrase: 'drove client to', pattern: 'ERRAND', weight: 1, variants: ['drove him to', 'drove her to', 'drove them to', 'gave him a ride', 'gave her a ride', 'gave them a ride'], alternative: 'If the drive mattered, note what you talked about on the way.' },
  { phrase: 'transported', pattern: 'ERRAND', weight: 1, variants: ['provided transport', 'provided transportation'], alternative: 'Say how the trip connects to something the person is working towards.' },
  { phrase: 'ran errand', pattern: 'ERRAND', weight: 1, variants: ['running errands', 'picked up his', 'picked up her', 'picked up their'], alternative: 'Was this something you did together, or for them?' },
  { phrase: 'covered the front desk', pattern: 'ERRAND', weight: 1, variants: ['covered front desk', 'covered reception'], alternative: 'Worth raising in supervision: is this part of the peer role?' },
  { phrase: 'filed paperwork for the team', pattern: 'ERRAND', weight: 1, variants: ['filed paperwork for team', 'did paperwork for the team'], alternative: 'Worth raising in supervision: is this part of the peer role?' },
];

const MUTUALITY: LexiconEntry[] = [
  { phrase: 'we explored', pattern: 'MUTUALITY', weight: 2 },
  { phrase: 'together we', pattern: 'MUTUALITY', weight: 2, variants: ['we worked together', 'worked on it together', 'we both'] },
  { phrase: 'we decided', pattern: 'MUTUALITY', weight: 2, variants: ['we negotiated', 'we agreed'] },
  { phrase: 'in their own words', pattern: 'MUTUALITY', weight: 2, variants: ['in her own words', 'in his own words'] },
  { phrase: 'what matters to them', pattern: 'MUTUALITY', weight: 2, variants: ['what matters to her', 'what matters to him', 'what mattered to them', 'what mattered to her', 'what mattered to him'] },
  { phrase: 'I shared my experience', pattern: 'MUTUALITY', weight: 2, variants: ['I shared my own experience', 'in my own recovery', 'when I went through'] },
  { phrase: 'I learned from', pattern: 'MUTUALITY', weight: 2, variants: ['I learnt from'] },
  { phrase: 'they chose', pattern: 'MUTUALITY', weight: 2, variants: ['she chose', 'he chose', 'they led', 'she led', 'he led', 'took the lead'] },
  { phrase: 'what happened to you', pattern: 'MUTUALITY', weight: 2, variants: ['what happened to them', 'what happened to her', 'what happened to him'] },
  { phrase: 'moving towards', pattern: 'MUTUALITY', weight: 2, variants: ['moving toward'] },
  { phrase: 'curious', pattern: 'MUTUALITY', weight: 1, variants: ['curiosity'] },
  { phrase: 'asked what would be helpful', pattern: 'MUTUALITY', weight: 1, variants: ['asked what would help'] },
  { phrase: 'strengths', pattern: 'MUTUALITY', weight: 1 },
  { phrase: 'hope', pattern: 'MUTUALITY', weight: 1, variants: ['hopeful'] },
  { phrase: 'connection', pattern: 'MUTUALITY', weight: 1 },
  { phrase: 'choice', pattern: 'MUTUALITY', weight: 1 },
  { phrase: 'checked in about our relationship', pattern: 'MUTUALITY', weight: 1, variants: ['checked in about how we work together'] },
  { phrase: 'mutual', pattern: 'MUTUALITY', weight: 1, variants: ['reciprocal', 'co-created', 'co-create', 'co-creating'] },
];

/** The starter lexicon: clinical, power-over and errand phrasing (drift) plus mutual phrasing (the positive signal). */
export const DEFAULT_LEXICON: readonly LexiconEntry[] = [...MEDICAL_MODEL, ...HIERARCHICAL, ...ERRAND, ...MUTUALITY];

/**
 * Overrides for substance-use programmes, to pass to `mergeLexicon`: there "relapse" is ordinary peer vocabulary.
 */
export const SUBSTANCE_USE_OVERRIDES: readonly LexiconEntry[] = [
  { phrase: 'relapse', pattern: 'MEDICAL_MODEL', weight: 0 },
];
