/**
 * The first-run setup guide of a new organisation: the steps, in order, and what each one asks. The API works out
 * from real data whether each step is done (`setupProgress`); the web app shows these words and links each step to
 * where it is done.
 */
export const SETUP_STEPS = ['PROGRAMS', 'TEAMS', 'PEOPLE', 'CHECKLIST_CYCLE', 'SUPERVISION_POLICY'] as const;
export type SetupStepKey = (typeof SETUP_STEPS)[number];

export interface SetupStepText {
  title: string;
  /** Why the step matters, in a sentence. */
  why: string;
  /** What the count means once there is one ("2 programs"). */
  counted: [one: string, many: string];
}

export const SETUP_STEP_TEXT: Record<SetupStepKey, SetupStepText> = {
  PROGRAMS: {
    title: 'Add your programs',
    why: 'A program groups teams that work to the same model, and carries its checklist and supervision rhythm.',
    counted: ['program', 'programs'],
  },
  TEAMS: {
    title: 'Add teams to a program',
    why: 'Fidelity is read team by team, so that no figure is about any one person.',
    counted: ['team', 'teams'],
  },
  PEOPLE: {
    title: 'Bring your people in',
    why: 'Invite people one at a time or import a roster; each gets a one-time link to set a password.',
    counted: ['person besides you', 'people besides you'],
  },
  CHECKLIST_CYCLE: {
    title: 'Start the first checklist cycle',
    why: 'Choose how often checklists are due; the cycle has started once the first checklist is opened.',
    counted: ['checklist started', 'checklists started'],
  },
  SUPERVISION_POLICY: {
    title: 'Choose a supervision policy',
    why: 'How often supervision should happen, so each supervisor can see what is due.',
    counted: ['program with a policy', 'programs with a policy'],
  },
};
