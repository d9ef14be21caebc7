import { randomBytes } from 'node:crypto';
import { ensureInstrument, insertAnnotation } from './checklist-helpers';
import type { MatrixEntry } from './matrix';
import { testClock, todayIso as today } from './clock';
import { addDaysIso, DAY_MS } from '@tandem/shared';

/**
 * Isolation-matrix entries for the drift dashboard. Team-level analytics are for admins, program managers and
 * supervisors, each within their teams (the manager runs program A, the supervisor supervises a member of A1); a team
 * outside that scope is NOT_FOUND. A person's own trend (personDrift) is shown only to them and their current supervisor:
 * FORBIDDEN for anyone else who may see the person, NOT_FOUND for whoever may not.
 */
const unique = () => randomBytes(3).toString('hex');
const TEAM_ROLES: MatrixEntry['access'] = ['ADMIN', 'PROGRAM_MANAGER', 'SUPERVISOR'];
/** Baseline restarts are for the team's program manager and admins; each sample takes a day of its own (one restart a day). */
const MANAGER_ROLES: MatrixEntry['access'] = ['ADMIN', 'PROGRAM_MANAGER'];
let restartDay = 0;
/** Counted back from one day read once: two samples a midnight apart would otherwise be given the same day (a CONFLICT). */
const restartAnchor = today();
const nextRestartDay = () => addDaysIso(restartAnchor, -(restartDay += 1));

export const ANALYTICS_MATRIX: Record<string, MatrixEntry> = {
  // ── queries ──
  driftOverview: {
    access: TEAM_ROLES, outOfScope: 'HIDDEN', foreign: 'HIDDEN',
    sample: async ({ app, home, target }) => {
      await ensureInstrument(app, home.id);
      return { query: '{ driftOverview { kpis { teams } teams(page: { first: 100 }) { items { team { id } } } } }', listed: target.team };
    },
  },
  teamDrift: {
    access: TEAM_ROLES, outOfScope: 'NOT_FOUND',
    sample: async ({ app, home, target }) => {
      await ensureInstrument(app, home.id);
      return { query: 'query($id: ID!) { teamDrift(teamId: $id) { team { id } metrics { metric } } }', variables: { id: target.team } };
    },
  },
  personDrift: {
    access: 'signed-in', own: { ADMIN: 'FORBIDDEN', PROGRAM_MANAGER: 'FORBIDDEN' },
    outOfScope: { ADMIN: 'FORBIDDEN', PROGRAM_MANAGER: 'NOT_FOUND', SUPERVISOR: 'NOT_FOUND', STAFF: 'NOT_FOUND' },
    sample: async ({ app, home, target }) => {
      await ensureInstrument(app, home.id);
      return { query: 'query($id: ID!) { personDrift(personId: $id) { person { id } } }', variables: { id: target.person.id } };
    },
  },
  annotations: {
    access: TEAM_ROLES, outOfScope: 'NOT_FOUND',
    sample: ({ target }) => ({ query: 'query($id: ID!) { annotations(teamId: $id) { id kind } }', variables: { id: target.team } }),
  },
  actions: {
    access: TEAM_ROLES, outOfScope: 'HIDDEN', foreign: 'HIDDEN',
    sample: async ({ app, target }) => {
      const [row] = await app.owner.query(
        `INSERT INTO supervision_action_item (organization_id, team_id, description, owner_id, due_on, scope, metric)
         VALUES ($1, $2, $3, $4, app_now()::date + 7, 'TEAM', 'MFI') RETURNING id`,
        [target.org.id, target.team, `Matrix team action ${unique()}`, target.person.id],
      );
      return { query: '{ actions(input: { limit: 100 }) { total items { id } } }', listed: row.id as string };
    },
  },
  // ── mutations ──
  createAction: {
    access: TEAM_ROLES, outOfScope: 'NOT_FOUND',
    sample: ({ target }) => ({
      query: 'mutation($i: CreateActionInput!) { createAction(input: $i) { id } }',
      variables: { i: {
        scope: 'TEAM', teamId: target.team, ownerId: target.person.id,
        dueOn: new Date(testClock.nowMs() + 14 * 86_400_000).toISOString().slice(0, 10), description: `Team reflection ${unique()}`,
      } },
    }),
  },
  createAnnotation: {
    access: TEAM_ROLES, outOfScope: 'NOT_FOUND',
    sample: ({ target }) => ({
      query: 'mutation($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }',
      variables: { i: { teamId: target.team, onDate: today(), label: `Matrix note ${unique()}` } },
    }),
  },
  updateAnnotation: {
    access: TEAM_ROLES, outOfScope: 'NOT_FOUND',
    sample: async ({ app, target }) => ({
      query: 'mutation($i: UpdateAnnotationInput!) { updateAnnotation(input: $i) { id } }',
      variables: { i: { annotationId: await insertAnnotation(app, target.org, target.team), label: `Edited ${unique()}` } },
    }),
  },
  deleteAnnotation: {
    access: TEAM_ROLES, outOfScope: 'NOT_FOUND',
    sample: async ({ app, target }) => ({
      query: 'mutation($id: ID!) { deleteAnnotation(annotationId: $id) }',
      variables: { id: await insertAnnotation(app, target.org, target.team) },
    }),
  },
  createDriftAction: {
    access: TEAM_ROLES, outOfScope: 'NOT_FOUND',
    sample: ({ target }) => ({
      query: 'mutation($i: CreateDriftActionInput!) { createDriftAction(input: $i) { id } }',
      variables: { i: {
        teamId: target.team, superviseeId: target.person.id, ownerId: target.person.id,
        dueOn: new Date(testClock.nowMs() + 14 * DAY_MS).toISOString().slice(0, 10),
        dimensionCode: 'D3', description: `Reflect on sharing lived experience ${unique()}`, signalId: `${target.team}:SELF:MDI:2026-06:CUSUM${unique().toUpperCase()}`,
      } },
    }),
  },
  rebaselineTeam: {
    access: MANAGER_ROLES, outOfScope: 'NOT_FOUND',
    sample: ({ target }) => ({
      query: 'mutation($i: RebaselineTeamInput!) { rebaselineTeam(input: $i) { id } }',
      variables: { i: { teamId: target.team, fromDate: nextRestartDay(), reason: `Matrix restart ${unique()}` } },
    }),
  },
  deleteBaselineReset: {
    access: MANAGER_ROLES, outOfScope: 'NOT_FOUND',
    sample: async ({ app, target }) => {
      const [row] = await app.owner.query(
        `INSERT INTO drift_baseline_reset (organization_id, team_id, starts_on, reason) VALUES ($1, $2, $3, 'Matrix restart') RETURNING id`,
        [target.org.id, target.team, nextRestartDay()],
      );
      return { query: 'mutation($id: ID!) { deleteBaselineReset(id: $id) }', variables: { id: row.id as string } };
    },
  },
};
