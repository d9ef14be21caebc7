import { randomBytes, randomUUID } from 'node:crypto';
import { ensureInstrument, insertAnnotation } from './checklist-helpers';
import type { MatrixEntry } from './matrix';
import { testClock, todayIso as today } from './clock';

/**
 * Authorization-matrix entries for the drift dashboard. Team-level analytics are for admins, program managers and
 * supervisors; samples target team A1, which every one of them in `org` may see (the manager runs program A, the
 * supervisor supervises a member of A1). personDrift is 'signed-in' but shown only to the person and their current
 * supervisor (tested in analytics.e2e-spec.ts), so its sample asks for an unknown person: NOT_FOUND for every
 * signed-in caller, UNAUTHENTICATED for anonymous ones.
 */
const unique = () => randomBytes(3).toString('hex');
const TEAM_ROLES: MatrixEntry['access'] = ['ADMIN', 'PROGRAM_MANAGER', 'SUPERVISOR'];

export const ANALYTICS_MATRIX: Record<string, MatrixEntry> = {
  // ── queries ──
  driftOverview: {
    // A foreign caller gets their own organisation's teams (or NOT_FOUND without an instrument), never this one's.
    access: TEAM_ROLES,
    sample: async ({ app, org }) => {
      await ensureInstrument(app, org.id);
      return { query: '{ driftOverview { kpis { teams } teams { team { id } } } }' };
    },
  },
  teamDrift: {
    access: TEAM_ROLES, foreignCodes: ['NOT_FOUND'],
    sample: async ({ app, org }) => {
      await ensureInstrument(app, org.id);
      return { query: 'query($id: ID!) { teamDrift(teamId: $id) { team { id } metrics { metric } } }', variables: { id: org.teams.a1 } };
    },
  },
  personDrift: {
    access: 'signed-in', foreignCodes: ['NOT_FOUND'],
    sample: async ({ app, org }) => {
      await ensureInstrument(app, org.id);
      return { query: 'query($id: ID!) { personDrift(personId: $id) { person { id } } }', variables: { id: randomUUID() } };
    },
  },
  annotations: {
    access: TEAM_ROLES, foreignCodes: ['NOT_FOUND'],
    sample: ({ org }) => ({ query: 'query($id: ID!) { annotations(teamId: $id) { id kind } }', variables: { id: org.teams.a1 } }),
  },
  // ── mutations ──
  createAnnotation: {
    access: TEAM_ROLES, foreignCodes: ['NOT_FOUND'],
    sample: ({ org }) => ({
      query: 'mutation($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }',
      variables: { i: { teamId: org.teams.a1, onDate: today(), label: `Matrix note ${unique()}` } },
    }),
  },
  updateAnnotation: {
    access: TEAM_ROLES, foreignCodes: ['NOT_FOUND'],
    sample: async ({ app, org }) => ({
      query: 'mutation($i: UpdateAnnotationInput!) { updateAnnotation(input: $i) { id } }',
      variables: { i: { annotationId: await insertAnnotation(app, org, org.teams.a1), label: `Edited ${unique()}` } },
    }),
  },
  deleteAnnotation: {
    access: TEAM_ROLES, foreignCodes: ['NOT_FOUND'],
    sample: async ({ app, org }) => ({
      query: 'mutation($id: ID!) { deleteAnnotation(annotationId: $id) }',
      variables: { id: await insertAnnotation(app, org, org.teams.a1) },
    }),
  },
  createDriftAction: {
    access: TEAM_ROLES, foreignCodes: ['NOT_FOUND'],
    sample: ({ org }) => ({
      query: 'mutation($i: CreateDriftActionInput!) { createDriftAction(input: $i) { id } }',
      variables: { i: {
        teamId: org.teams.a1, superviseeId: org.people.staff.id, ownerId: org.people.staff.id, dueOn: new Date(testClock.nowMs() + 14 * 86_400_000).toISOString().slice(0, 10),
        dimensionCode: 'D3', description: `Reflect on sharing lived experience ${unique()}`, signalId: `${org.teams.a1}:SELF:MDI:2026-06:EWMA`,
      } },
    }),
  },
};
