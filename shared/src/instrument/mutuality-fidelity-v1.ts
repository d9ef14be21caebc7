import type { InstrumentDefinition, InstrumentDimension } from './instrument-types';
import { MUTUALITY_FIDELITY_V1_ITEMS_D1_D3 } from './mutuality-fidelity-v1-items-d1-d3';
import { MUTUALITY_FIDELITY_V1_ITEMS_D4_D7 } from './mutuality-fidelity-v1-items-d4-d7';

export const FREQUENCY_SCALE_LABELS: readonly string[] = [
  'Rarely or never',
  'Occasionally',
  'About half the time',
  'Usually',
  'Almost always',
];

export const NOT_APPLICABLE_LABEL = 'Not applicable / no opportunity';

const DIMENSIONS: readonly InstrumentDimension[] = [
  {
    code: 'D1',
    title: 'Shared power and equality',
    shortTitle: 'Shared power',
    description: 'The person and the peer specialist decide together, and neither is the expert on the other’s life.',
    inIndex: true,
    strengthText: 'Time together is shaped jointly, and the person’s view carries real weight.',
    growthText: 'Notice moments when something was decided for the person, and try asking first next time.',
  },
  {
    code: 'D2',
    title: 'Reciprocity and co-learning',
    shortTitle: 'Reciprocity',
    description: 'Both people give and receive, and learning flows in both directions.',
    inIndex: true,
    strengthText: 'The relationship runs both ways, and the person sees that they teach as well as learn.',
    growthText: 'Try naming something you learned from the person, and explore options rather than give answers.',
  },
  {
    code: 'D3',
    title: 'Lived experience and purposeful self-disclosure',
    shortTitle: 'Lived experience',
    description: 'The peer specialist shares their own experience, honestly and in plain words, when it serves the person.',
    inIndex: true,
    strengthText: 'Lived experience is shared with purpose, including the hard parts, in everyday language.',
    growthText: 'Think about one moment where your own story could have helped, and what made it hard to share.',
  },
  {
    code: 'D4',
    title: 'Listening for meaning',
    shortTitle: 'Listening',
    description: 'The peer specialist seeks the person’s own understanding of their experience instead of reframing it clinically.',
    inIndex: true,
    strengthText: 'The person’s own words and meanings are heard and handed back unchanged.',
    growthText: 'Try one more open question before offering any explanation, and use the person’s own words.',
  },
  {
    code: 'D5',
    title: 'Person-directed goals and choice',
    shortTitle: 'Own goals',
    description: 'Goals come from the person, in their own voice, and their choices are supported.',
    inIndex: true,
    strengthText: 'Goals are the person’s own, and their choices are backed even when others would differ.',
    growthText: 'Revisit current goals with the person and rewrite any that are not in their own words.',
  },
  {
    code: 'D6',
    title: 'Role integrity and non-coercion',
    shortTitle: 'Role integrity',
    description: 'The peer role stays free of monitoring, clinical tasks and reporting behind the person’s back.',
    inIndex: true,
    strengthText: 'The role stays clear of compliance work, and anything shared with the team is agreed first.',
    growthText: 'List the tasks that feel clinical or like checking up, and bring them to supervision to hand back.',
  },
  {
    code: 'D7',
    title: 'Organisational conditions',
    shortTitle: 'Organisation',
    description:
      'Whether the organisation protects the peer role. Rated by a supervisor or manager; it explains scores but is not part of the practitioner index.',
    inIndex: false,
    strengthText: 'The organisation understands the peer role and protects the time to practise it.',
    growthText: 'Raise the role description, values-based supervision and errand requests with the team’s leadership.',
  },
];

/** The default instrument: 7 dimensions × 4 items, 11 drift items (H 4, M 6, I 1), a 10-item person-served short form. */
export const MUTUALITY_FIDELITY_V1: InstrumentDefinition = {
  key: 'mutuality-fidelity',
  title: 'Mutuality Fidelity Checklist',
  description:
    'How often peer support practice over the last two weeks (or last ten contacts) showed mutuality: shared power, ' +
    'reciprocity, purposeful use of lived experience, listening for meaning, the person’s own goals, and a peer role ' +
    'free of clinical drift. It is for reflection in supervision, not for blame.',
  level: 'PRACTITIONER',
  version: 1,
  scale: { min: 1, max: 5, labels: FREQUENCY_SCALE_LABELS, naLabel: NOT_APPLICABLE_LABEL },
  dimensions: DIMENSIONS,
  items: [...MUTUALITY_FIDELITY_V1_ITEMS_D1_D3, ...MUTUALITY_FIDELITY_V1_ITEMS_D4_D7],
  crosswalk: [],
};
