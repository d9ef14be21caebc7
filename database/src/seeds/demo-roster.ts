import type { Role } from '@tandem/shared';

/**
 * The demo organisation's shape. Team stories (used by later seed stages):
 * stable teams, one drifting toward medical-model practice, one toward hierarchical practice, one recovering.
 */
export const DEMO_ORGANIZATION = { name: 'Riverbend Recovery Collaborative' };
export const DEMO_PASSWORD = 'tandem-demo';

export type TeamStory = 'STABLE' | 'MEDICAL_MODEL_DRIFT' | 'HIERARCHICAL_DRIFT' | 'RECOVERING';

export interface DemoTeam {
  key: string;
  name: string;
  program: 'community' | 'bridge';
  story: TeamStory;
  description: string;
}

export const DEMO_PROGRAMS = {
  community: { name: 'Community Peer Support', description: 'Peer specialists working alongside people in the community.' },
  bridge: { name: 'Hospital Bridge', description: 'Peer specialists embedded in inpatient and crisis settings.' },
} as const;

export const DEMO_TEAMS: DemoTeam[] = [
  { key: 'northside', name: 'Northside Peers', program: 'community', story: 'STABLE', description: 'Drop-in and one-to-one peer support.' },
  { key: 'harbor', name: 'Harbor House', program: 'community', story: 'RECOVERING', description: 'Recovery community centre peer team.' },
  { key: 'outreach', name: 'Riverside Outreach', program: 'community', story: 'HIERARCHICAL_DRIFT', description: 'Street and housing outreach.' },
  { key: 'inpatient', name: 'Inpatient Bridge', program: 'bridge', story: 'MEDICAL_MODEL_DRIFT', description: 'Peer support on acute wards and after discharge.' },
  { key: 'ed', name: 'ED Navigators', program: 'bridge', story: 'STABLE', description: 'Peer navigators in the emergency department.' },
  { key: 'respite', name: 'Crisis Respite', program: 'bridge', story: 'STABLE', description: 'Peer-run crisis respite house.' },
];

export interface DemoPerson {
  name: string;
  email: string;
  roles: Role[];
  /** Program keys a PROGRAM_MANAGER is scoped to; empty = organisation-wide. */
  managesPrograms?: ('community' | 'bridge')[];
  team?: string;
  supervisor?: string;
  jobTitle: string;
  livedExperience: boolean;
  /** Months before the seed date that the person started. */
  startedMonthsAgo: number;
}

const peer = (name: string, team: string, supervisor: string, startedMonthsAgo: number): DemoPerson => ({
  name,
  email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@tandem.demo`,
  roles: ['STAFF'],
  team,
  supervisor,
  jobTitle: 'Peer specialist',
  livedExperience: true,
  startedMonthsAgo,
});

export const DEMO_PEOPLE: DemoPerson[] = [
  { name: 'Alex Admin', email: 'admin@tandem.demo', roles: ['ADMIN'], jobTitle: 'Operations lead', livedExperience: false, startedMonthsAgo: 60 },
  { name: 'Morgan Reyes', email: 'manager@tandem.demo', roles: ['PROGRAM_MANAGER'], managesPrograms: ['community', 'bridge'], jobTitle: 'Director of peer services', livedExperience: true, startedMonthsAgo: 48 },
  { name: 'Priya Natarajan', email: 'priya.natarajan@tandem.demo', roles: ['PROGRAM_MANAGER'], managesPrograms: ['bridge'], jobTitle: 'Hospital Bridge manager', livedExperience: false, startedMonthsAgo: 36 },
  // Supervisors: peer supervisors (lived experience) and clinical supervisors (without).
  { name: 'Sam Okafor', email: 'supervisor@tandem.demo', roles: ['SUPERVISOR'], team: 'northside', jobTitle: 'Peer supervisor', livedExperience: true, startedMonthsAgo: 40 },
  { name: 'Dana Whitfield', email: 'dana.whitfield@tandem.demo', roles: ['SUPERVISOR'], team: 'harbor', jobTitle: 'Peer supervisor', livedExperience: true, startedMonthsAgo: 30 },
  { name: 'Luis Ortega', email: 'luis.ortega@tandem.demo', roles: ['SUPERVISOR'], team: 'outreach', jobTitle: 'Outreach coordinator', livedExperience: false, startedMonthsAgo: 26 },
  { name: 'Dr. Helen Marsh', email: 'helen.marsh@tandem.demo', roles: ['SUPERVISOR'], team: 'inpatient', jobTitle: 'Ward psychologist', livedExperience: false, startedMonthsAgo: 50 },
  { name: 'Kofi Mensah', email: 'kofi.mensah@tandem.demo', roles: ['SUPERVISOR', 'STAFF'], team: 'ed', supervisor: 'Sam Okafor', jobTitle: 'Senior peer navigator', livedExperience: true, startedMonthsAgo: 34 },
  { name: 'Rachel Stone', email: 'rachel.stone@tandem.demo', roles: ['SUPERVISOR'], team: 'respite', jobTitle: 'Respite house lead', livedExperience: true, startedMonthsAgo: 44 },
  // Peer specialists. staff@tandem.demo is supervised by supervisor@tandem.demo in Northside Peers.
  { ...peer('Jordan Lee', 'northside', 'Sam Okafor', 26), email: 'staff@tandem.demo' },
  peer('Maya Chen', 'northside', 'Sam Okafor', 30),
  peer('Theo Brooks', 'northside', 'Sam Okafor', 4),
  peer('Imani Carter', 'northside', 'Sam Okafor', 42),
  peer('Grace Kim', 'northside', 'Sam Okafor', 23),
  peer('Ben Novak', 'harbor', 'Dana Whitfield', 22),
  peer('Aisha Rahman', 'harbor', 'Dana Whitfield', 37),
  peer('Owen Price', 'harbor', 'Dana Whitfield', 28),
  peer('Lena Fischer', 'harbor', 'Dana Whitfield', 7),
  peer('Marcus Hill', 'harbor', 'Dana Whitfield', 25),
  peer('Sofia Alvarez', 'outreach', 'Luis Ortega', 40),
  peer('Nate Johnson', 'outreach', 'Luis Ortega', 24),
  peer('Ruth Adeyemi', 'outreach', 'Luis Ortega', 29),
  peer('Caleb Young', 'outreach', 'Luis Ortega', 5),
  peer('Hana Sato', 'outreach', 'Luis Ortega', 33),
  peer('Eli Turner', 'inpatient', 'Dr. Helen Marsh', 41),
  peer('Zara Patel', 'inpatient', 'Dr. Helen Marsh', 27),
  peer('Victor Diaz', 'inpatient', 'Dr. Helen Marsh', 24),
  peer('Nora Quinn', 'inpatient', 'Dr. Helen Marsh', 22),
  peer('Femi Balogun', 'inpatient', 'Dr. Helen Marsh', 43),
  peer('Ivy Morgan', 'ed', 'Kofi Mensah', 27),
  peer('Jamal Wright', 'ed', 'Kofi Mensah', 25),
  peer('Chloe Martin', 'ed', 'Kofi Mensah', 6),
  peer('Tomas Silva', 'ed', 'Kofi Mensah', 38),
  peer('Anna Kowalski', 'respite', 'Rachel Stone', 29),
  peer('Dev Sharma', 'respite', 'Rachel Stone', 31),
  peer('Leah Goldberg', 'respite', 'Rachel Stone', 23),
  peer('Sean Murphy', 'respite', 'Rachel Stone', 3),
  peer('Ruby Evans', 'respite', 'Rachel Stone', 35),
];

export const DEMO_LOGINS: { role: Role; email: string }[] = [
  { role: 'ADMIN', email: 'admin@tandem.demo' },
  { role: 'PROGRAM_MANAGER', email: 'manager@tandem.demo' },
  { role: 'SUPERVISOR', email: 'supervisor@tandem.demo' },
  { role: 'STAFF', email: 'staff@tandem.demo' },
];
