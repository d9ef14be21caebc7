import type { InstrumentItem } from './instrument-types';
import { itemPrompts } from './item-prompts';

/**
 * Mutuality Fidelity Checklist v1, items for D1–D3. Project wording, written from the constructs in
 * research/domain.md §5.2 (which in turn draw on Gillard, IPS, N.A.P.S. and SAMHSA); no source item is reproduced.
 */
export const MUTUALITY_FIDELITY_V1_ITEMS_D1_D3: readonly InstrumentItem[] = [
  // D1. Shared power and equality
  {
    code: 'D1.1',
    dimensionCode: 'D1',
    order: 1,
    prompts: itemPrompts(
      'Before we get going, I find out what the person wants to use our time for instead of bringing my own plan.',
      'The peer specialist finds out what the person wants from the time together instead of arriving with a set plan.',
      'My peer worker asks me what I want to do when we meet.',
    ),
    help: 'Think about who decides what a meeting is for: a high rating means the person shapes it.',
    polarity: 'CORE',
    naAllowed: false,
    inShortForm: true,
  },
  {
    code: 'D1.2',
    dimensionCode: 'D1',
    order: 2,
    prompts: itemPrompts(
      'When the person and I see something differently, we sort it out side by side and their view changes what we do.',
      'When the peer specialist and the person see things differently, they settle it as equals and the person’s view changes what happens.',
    ),
    help: 'Recall recent disagreements and whether they were settled together or by the worker’s say-so.',
    polarity: 'CORE',
    naAllowed: true,
    inShortForm: false,
  },
  {
    code: 'D1.3',
    dimensionCode: 'D1',
    order: 3,
    prompts: itemPrompts(
      'I make the call about what the person can handle yet or how fast they should go.',
      'The peer specialist makes the call about what the person can handle yet or how fast they should go.',
      'My peer worker decides what I am ready for without asking me.',
    ),
    help: 'Rate how often readiness, pace or next steps were settled for the person rather than with them.',
    polarity: 'DRIFT',
    driftPattern: 'HIERARCHICAL',
    naAllowed: true,
    inShortForm: true,
    reflectionPrompt:
      'How do you and the person find out together what they feel ready for, and what makes it tempting to decide for them?',
  },
  {
    code: 'D1.4',
    dimensionCode: 'D1',
    order: 4,
    prompts: itemPrompts(
      'I get the person to go along with something by pointing to what my job controls, such as services, privileges or what goes back to the team.',
      'The peer specialist gets the person to go along with something by pointing to what the staff role controls, such as services, privileges or reports to the team.',
    ),
    help: 'Count any agreement won through what the staff role controls rather than through an open conversation.',
    polarity: 'DRIFT',
    driftPattern: 'HIERARCHICAL',
    naAllowed: true,
    inShortForm: false,
    reflectionPrompt:
      'Which part of the staff role carried weight in a recent conversation, and what might an invitation have sounded like instead?',
  },

  // D2. Reciprocity and co-learning
  {
    code: 'D2.1',
    dimensionCode: 'D2',
    order: 5,
    prompts: itemPrompts(
      'I let the person know when something they said or did has taught me something.',
      'The peer specialist lets the person know when they have learned something from them.',
    ),
    help: 'Look for moments when learning flowed from the person to the worker and was said out loud.',
    polarity: 'CORE',
    naAllowed: true,
    inShortForm: false,
  },
  {
    code: 'D2.2',
    dimensionCode: 'D2',
    order: 6,
    prompts: itemPrompts(
      'I see our connection as something we both put into and get out of, not as a service I hand out.',
      'The peer specialist treats the connection as one both people put into and get out of, not as a service handed out.',
      'With my peer worker, it feels like we both learn from each other.',
    ),
    help: 'Rate whether the relationship works in both directions, not how helpful the worker is.',
    polarity: 'CORE',
    naAllowed: false,
    inShortForm: true,
  },
  {
    code: 'D2.3',
    dimensionCode: 'D2',
    order: 7,
    prompts: itemPrompts(
      'If the person asks me what they should do, we look at the options together before any answer is given.',
      'If the person asks for advice, the peer specialist looks at the options together with them before any answer is given.',
    ),
    help: 'Rate only contacts where the person asked for advice; choose not applicable if that never came up.',
    polarity: 'CORE',
    naAllowed: true,
    inShortForm: false,
  },
  {
    code: 'D2.4',
    dimensionCode: 'D2',
    order: 8,
    prompts: itemPrompts(
      'In our conversations I do most of the asking and steering, and the person mostly answers and goes along.',
      'In conversations the peer specialist does most of the asking and steering, while the person mostly answers and goes along.',
    ),
    help: 'Picture a typical conversation and notice who asks, who steers and who follows.',
    polarity: 'DRIFT',
    driftPattern: 'HIERARCHICAL',
    naAllowed: true,
    inShortForm: false,
    reflectionPrompt: 'What might change if the person set some of the questions in your next conversation?',
  },

  // D3. Lived experience and purposeful self-disclosure
  {
    code: 'D3.1',
    dimensionCode: 'D3',
    order: 9,
    prompts: itemPrompts(
      'I bring in my own recovery experience when it could be useful to the person, then turn the attention back to them.',
      'The peer specialist brings in their own recovery experience when it could be useful, then turns the attention back to the person.',
      'My peer worker shares their own story when it helps me, and then we go back to talking about me.',
    ),
    help: 'Look for sharing that has a purpose for the person and hands the attention back to them.',
    polarity: 'CORE',
    naAllowed: true,
    inShortForm: true,
  },
  {
    code: 'D3.2',
    dimensionCode: 'D3',
    order: 10,
    prompts: itemPrompts(
      'When I share, I include the struggles and setbacks, not just the parts that went well.',
      'When the peer specialist shares, the struggles and setbacks are included, not just the parts that went well.',
    ),
    help: 'Rate how honest the sharing is about what was hard or did not work.',
    polarity: 'CORE',
    naAllowed: true,
    inShortForm: false,
  },
  {
    code: 'D3.3',
    dimensionCode: 'D3',
    order: 11,
    prompts: itemPrompts(
      'I talk about what I have been through in ordinary words rather than diagnoses or treatment labels.',
      'The peer specialist talks about what they have been through in ordinary words rather than diagnoses or treatment labels.',
    ),
    help: 'Listen for everyday phrases, such as "a rough patch", where a clinical label could have been used.',
    polarity: 'CORE',
    naAllowed: true,
    inShortForm: false,
  },
  {
    code: 'D3.4',
    dimensionCode: 'D3',
    order: 12,
    prompts: itemPrompts(
      'I keep my own story out of it and come across mostly as a professional or an expert.',
      'The peer specialist keeps their own story out of it and comes across mostly as a professional or an expert.',
    ),
    help: 'Quietly stopping self-disclosure is an early sign of drift; rate how often the lived-experience side goes missing.',
    polarity: 'DRIFT',
    driftPattern: 'MEDICAL_MODEL',
    naAllowed: true,
    inShortForm: false,
    reflectionPrompt:
      'What makes sharing your own experience feel harder at the moment, and what would help you bring it back with purpose?',
  },
];
