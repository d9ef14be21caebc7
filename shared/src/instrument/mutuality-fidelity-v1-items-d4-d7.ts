import type { InstrumentItem } from './instrument-types';
import { itemPrompts } from './item-prompts';

/** Mutuality Fidelity Checklist v1, items for D4–D7 (project wording; see the note in the D1–D3 file). */
export const MUTUALITY_FIDELITY_V1_ITEMS_D4_D7: readonly InstrumentItem[] = [
  // D4. Listening for meaning
  {
    code: 'D4.1',
    dimensionCode: 'D4',
    order: 13,
    prompts: itemPrompts(
      'I ask open questions to learn how the person makes sense of what they are going through.',
      'The peer specialist asks open questions to learn how the person makes sense of what they are going through.',
      'My peer worker asks me questions to understand how I see things.',
    ),
    help: 'Open questions invite the person’s own explanation and cannot be answered with a yes or a no.',
    polarity: 'CORE',
    naAllowed: false,
    inShortForm: true,
  },
  {
    code: 'D4.2',
    dimensionCode: 'D4',
    order: 14,
    prompts: itemPrompts(
      'I play back what the person told me in their own words, without translating it into clinical language.',
      'The peer specialist plays back what the person said in the person’s own words, without translating it into clinical language.',
    ),
    help: 'Listen for the person’s own phrases coming back to them unchanged.',
    polarity: 'CORE',
    naAllowed: true,
    inShortForm: false,
  },
  {
    code: 'D4.3',
    dimensionCode: 'D4',
    order: 15,
    prompts: itemPrompts(
      'When the person is struggling, I get curious about what has been happening for them and what matters to them.',
      'When the person is struggling, the peer specialist gets curious about what has been happening for them and what matters to them.',
    ),
    help: 'Rate moments of distress, looking for curiosity about events and values rather than about faults; choose not applicable if none came up.',
    polarity: 'CORE',
    naAllowed: true,
    inShortForm: false,
  },
  {
    code: 'D4.4',
    dimensionCode: 'D4',
    order: 16,
    prompts: itemPrompts(
      'I put the person’s experiences into medical terms for them, such as symptoms, a diagnosis or an illness.',
      'The peer specialist puts the person’s experiences into medical terms for them, such as symptoms, a diagnosis or an illness.',
      'My peer worker describes what is happening to me as an illness or a list of symptoms.',
    ),
    help: 'Count diagnostic framing of the person’s experience, even when the words came from someone else on the team.',
    polarity: 'DRIFT',
    driftPattern: 'MEDICAL_MODEL',
    naAllowed: true,
    inShortForm: true,
    reflectionPrompt:
      'Next time a symptom or diagnosis word comes to mind, how could you stay curious about the person’s own explanation?',
  },

  // D5. Person-directed goals and choice
  {
    code: 'D5.1',
    dimensionCode: 'D5',
    order: 17,
    prompts: itemPrompts(
      'The goals we work towards are ones the person picked, written down the way they said them.',
      'The goals the peer specialist works towards are ones the person picked, written down the way the person said them.',
      'The goals I work on with my peer worker are mine, in my own words.',
    ),
    help: 'Check the notes or plan and ask whether each goal is in the person’s own voice.',
    polarity: 'CORE',
    naAllowed: true,
    inShortForm: true,
  },
  {
    code: 'D5.2',
    dimensionCode: 'D5',
    order: 18,
    prompts: itemPrompts(
      'I stand by the person’s decisions, including ones that I or the team would not have made.',
      'The peer specialist stands by the person’s decisions, including ones the worker or the team would not have made.',
      'My peer worker backs my choices, even when they would have chosen something else.',
    ),
    help: 'Rate support for decisions that differed from what the worker or team preferred; choose not applicable if none came up.',
    polarity: 'CORE',
    naAllowed: true,
    inShortForm: true,
  },
  {
    code: 'D5.3',
    dimensionCode: 'D5',
    order: 19,
    prompts: itemPrompts(
      'We spend time on what the person wants more of in life, not only on problems to keep away from.',
      'The peer specialist spends time with the person on what they want more of in life, not only on problems to keep away from.',
    ),
    help: 'Look for hopes and aims in the conversation as well as risks and problems.',
    polarity: 'CORE',
    naAllowed: true,
    inShortForm: false,
  },
  {
    code: 'D5.4',
    dimensionCode: 'D5',
    order: 20,
    prompts: itemPrompts(
      'What I work on with the person is set mostly by their treatment plan rather than by them.',
      'What the peer specialist works on with the person is set mostly by the treatment plan rather than by the person.',
    ),
    help: 'Compare the goals in use with the treatment plan: a high rating means they were carried over rather than chosen.',
    polarity: 'DRIFT',
    driftPattern: 'MEDICAL_MODEL',
    naAllowed: true,
    inShortForm: false,
    reflectionPrompt:
      'Which of the current goals would the person call their own, and how could you revisit the others with them?',
  },

  // D6. Role integrity and non-coercion
  {
    code: 'D6.1',
    dimensionCode: 'D6',
    order: 21,
    prompts: itemPrompts(
      'On the team’s behalf, I keep track of or remind the person about their medication, appointments or treatment.',
      'On the team’s behalf, the peer specialist keeps track of or reminds the person about medication, appointments or treatment.',
      'My peer worker checks up on whether I take my medicine or go to my appointments.',
    ),
    help: 'Count checking done for the team; help with treatment that the person asked for themselves does not count.',
    polarity: 'DRIFT',
    driftPattern: 'MEDICAL_MODEL',
    naAllowed: true,
    inShortForm: true,
    reflectionPrompt:
      'Who asked for this checking, and how could the person decide what support, if any, they want with treatment?',
  },
  {
    code: 'D6.2',
    dimensionCode: 'D6',
    order: 22,
    prompts: itemPrompts(
      'I do clinical tasks such as intake or risk assessments, symptom ratings or screening tools.',
      'The peer specialist does clinical tasks such as intake or risk assessments, symptom ratings or screening tools.',
    ),
    help: 'Count formal clinical assessments, not informal check-ins that the person wants.',
    polarity: 'DRIFT',
    driftPattern: 'MEDICAL_MODEL',
    naAllowed: true,
    inShortForm: false,
    reflectionPrompt:
      'Which clinical tasks have crept into the role, and what conversation with the team would hand them back?',
  },
  {
    code: 'D6.3',
    dimensionCode: 'D6',
    order: 23,
    prompts: itemPrompts(
      'I pass on what the person says or does to the team without them knowing what I will share.',
      'The peer specialist passes on what the person says or does to the team without the person knowing what will be shared.',
    ),
    help: 'Rate how often information reached the team before the person knew it would.',
    polarity: 'DRIFT',
    driftPattern: 'HIERARCHICAL',
    naAllowed: true,
    inShortForm: false,
    reflectionPrompt: 'How could you and the person agree ahead of time what goes back to the team, and in whose words?',
  },
  {
    code: 'D6.4',
    dimensionCode: 'D6',
    order: 24,
    prompts: itemPrompts(
      'Before anything about the person goes to the team, we settle together what I will pass on and how I will put it.',
      'Before anything about the person goes to the team, the peer specialist and the person settle together what will be passed on and how.',
      'When my peer worker has to tell the team something about me, we agree first on what they will say.',
    ),
    help: 'Rate only the times something had to be shared; choose not applicable if nothing did.',
    polarity: 'CORE',
    naAllowed: true,
    inShortForm: true,
  },

  // D7. Organisational conditions (rated by a supervisor or manager; outside the practitioner index)
  {
    code: 'D7.1',
    dimensionCode: 'D7',
    order: 25,
    prompts: itemPrompts(
      'My role has a written description that my colleagues know and respect.',
      'The peer role has a written description that the rest of the team knows and respects.',
    ),
    help: 'Rate whether the description is honoured in daily teamwork, not only whether it exists on file.',
    polarity: 'CORE',
    naAllowed: false,
    inShortForm: false,
  },
  {
    code: 'D7.2',
    dimensionCode: 'D7',
    order: 26,
    prompts: itemPrompts(
      'My supervision comes back to peer-support values on purpose and often.',
      'The peer specialist’s supervision comes back to peer-support values on purpose and often.',
    ),
    help: 'Look for supervision time spent on mutuality and values, not only on caseload and tasks.',
    polarity: 'CORE',
    naAllowed: false,
    inShortForm: false,
  },
  {
    code: 'D7.3',
    dimensionCode: 'D7',
    order: 27,
    prompts: itemPrompts(
      'I am regularly asked to run errands, give lifts or cover jobs that sit outside my role.',
      'The peer specialist is regularly asked to run errands, give lifts or cover jobs that sit outside the peer role.',
    ),
    help: 'Count requests that make errands or gap-filling a routine part of the job.',
    polarity: 'DRIFT',
    driftPattern: 'ERRAND',
    naAllowed: true,
    inShortForm: false,
    reflectionPrompt: 'Which jobs outside the peer role has the team come to rely on, and who could take them back?',
  },
  {
    code: 'D7.4',
    dimensionCode: 'D7',
    order: 28,
    prompts: itemPrompts(
      'Team rules or habits put me off sharing my lived experience.',
      'Team rules or habits put the peer specialist off sharing lived experience.',
    ),
    help: 'Include unwritten expectations as well as written policy.',
    polarity: 'DRIFT',
    driftPattern: 'MEDICAL_MODEL',
    naAllowed: true,
    inShortForm: false,
    reflectionPrompt: 'Which team rules or habits limit sharing lived experience, and who can raise them with the team?',
  },
];
