import { randomUUID } from 'node:crypto';
import type { RaterType, Role } from '@tandem/shared';
import { ensureInstrument, idempotencyKey, insertPersonServedLink, insertSubmittedChecklist, INSTRUMENT_KEY, uniformAnswers } from './checklist-helpers';
import type { MatrixEntry, MatrixEnv, Outcome } from './matrix';
import type { TestApp } from './test-app';

/**
 * Isolation-matrix entries for checklists. Who may rate whom: SELF only oneself, SUPERVISOR only the current supervisor,
 * REVIEWER admins and program managers (within their programs), PERSON_SERVED the subject or their supervisor.
 *
 * Write samples: in the own scope the checklist is the caller's own rating of the target (SELF for staff, SUPERVISOR for
 * the supervisor, REVIEWER for managers and admins); out of scope and abroad it is the target's own SELF rating —
 * someone else's, which nobody but its rater may change.
 */
const RATER_TYPE: Record<Role, RaterType> = { STAFF: 'SELF', SUPERVISOR: 'SUPERVISOR', PROGRAM_MANAGER: 'REVIEWER', ADMIN: 'REVIEWER' };
const ALL_NOT_FOUND: Partial<Record<Role, Outcome>> = { ADMIN: 'NOT_FOUND', PROGRAM_MANAGER: 'NOT_FOUND', SUPERVISOR: 'NOT_FOUND', STAFF: 'NOT_FOUND' };

/** Who rates in a write sample, and as what. */
function rating(env: MatrixEnv): { raterId: string; raterType: RaterType } {
  if (env.scope === 'own' && env.caller && env.role) return { raterId: env.caller.id, raterType: RATER_TYPE[env.role] };
  return { raterId: env.target.person.id, raterType: 'SELF' };
}

async function publishedVersion(app: TestApp, orgId: string): Promise<string> {
  await ensureInstrument(app, orgId);
  const [row] = await app.owner.query(
    `SELECT v.id FROM instrument_version v JOIN instrument i ON i.id = v.instrument_id
     WHERE i.organization_id = $1 AND i.key = $2 AND v.status = 'PUBLISHED' ORDER BY v.version DESC LIMIT 1`,
    [orgId, INSTRUMENT_KEY],
  );
  return row.id as string;
}

/** A DRAFT checklist (version 1) by `raterId` about the target, optionally with every item answered. */
async function insertDraft(env: MatrixEnv, answered: boolean): Promise<string> {
  const { app, target } = env;
  const { raterId, raterType } = rating(env);
  const id = randomUUID();
  await app.owner.query(
    `INSERT INTO checklist (id, organization_id, instrument_version_id, subject_id, rater_type, rater_id, opened_by, observation_start, observation_end, team_id)
     VALUES ($1, $2, $3, $4, $5, $6, $6, app_now()::date - 30, app_now()::date, $7)`,
    [id, target.org.id, await publishedVersion(app, target.org.id), target.person.id, raterType, raterId, target.team],
  );
  if (answered) {
    await app.owner.query(
      `INSERT INTO checklist_answer (organization_id, checklist_id, item_code, value)
       SELECT $1, $2, a.item_code, a.value FROM jsonb_to_recordset($3::jsonb) AS a(item_code text, value smallint)`,
      [target.org.id, id, JSON.stringify(uniformAnswers(raterType, 4).map((a) => ({ item_code: a.itemCode, value: a.value })))],
    );
  }
  return id;
}

/** A submitted (version 2) checklist about the target: the caller's own rating, or the target's own SELF rating. */
function insertSubmitted(env: MatrixEnv, who: 'sample' | 'target' = 'sample'): Promise<string> {
  const { raterId, raterType } = who === 'target' ? { raterId: env.target.person.id, raterType: 'SELF' as const } : rating(env);
  return insertSubmittedChecklist(env.app, env.target.org, {
    subjectId: env.target.person.id, raterType, raterId, teamId: env.target.team, answers: uniformAnswers(raterType, 4),
  });
}

/** One submitted SELF checklist per target person (their own rating), for the read samples. */
const selfChecklists = new Map<string, Promise<string>>();
function targetSelfChecklist(env: MatrixEnv): Promise<string> {
  let id = selfChecklists.get(env.target.person.id);
  if (!id) {
    id = insertSubmitted(env, 'target');
    selfChecklists.set(env.target.person.id, id);
  }
  return id;
}

export const CHECKLIST_MATRIX: Record<string, MatrixEntry> = {
  // ── queries ──
  checklist: {
    access: 'signed-in', outOfScope: 'NOT_FOUND',
    sample: async (env) => ({ query: 'query($id: ID!) { checklist(id: $id) { id status } }', variables: { id: await targetSelfChecklist(env) } }),
  },
  checklists: {
    access: 'signed-in', outOfScope: 'HIDDEN', foreign: 'HIDDEN',
    sample: async (env) => ({
      query: 'query($f: ChecklistFilterInput) { checklists(filter: $f) { totalCount items { id } } }',
      variables: { f: { subjectId: env.target.person.id } }, listed: await targetSelfChecklist(env),
    }),
  },
  checklistsDue: { access: 'signed-in', foreign: 'DATA', sample: () => ({ query: '{ checklistsDue(withinDays: 30) { subjectId raterType dueDate } }' }) },
  checklistPolicy: {
    // How often checklists are due is organisation configuration that everyone may read.
    access: 'signed-in',
    sample: ({ target }) => ({ query: 'query($id: ID!) { checklistPolicy(programId: $id) { programId selfEveryDays } }', variables: { id: target.program } }),
  },
  personServedForm: {
    // The one-time token is the credential: anyone holding it, signed in anywhere or not, sees the form (no ids in it).
    access: 'public', foreign: 'DATA',
    sample: async ({ app, target }) => ({
      query: 'query($t: String!) { personServedForm(token: $t) { peerFirstName organizationName } }',
      variables: { t: await insertPersonServedLink(app, target.org, target.person.id, target.supervisor.id) },
    }),
  },
  // ── mutations ──
  startChecklist: {
    // Starting is rating: only one's own SELF, one's supervisee, or (managers, admins) someone in one's programs.
    access: 'signed-in', outOfScope: 'FORBIDDEN',
    sample: async ({ app, home, role, target }) => {
      await ensureInstrument(app, home.id);
      return {
        query: 'mutation($i: StartChecklistInput!) { startChecklist(input: $i) { id } }',
        variables: { i: { subjectId: target.person.id, raterType: role ? RATER_TYPE[role] : 'SELF' } },
      };
    },
  },
  saveChecklistAnswers: {
    access: 'signed-in', outOfScope: ALL_NOT_FOUND,
    sample: async (env) => ({
      query: 'mutation($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { id } }',
      variables: { i: { checklistId: await insertDraft(env, false), version: 1, answers: [{ itemCode: 'D1.1', value: 3 }] } },
    }),
  },
  submitChecklist: {
    access: 'signed-in', outOfScope: ALL_NOT_FOUND,
    sample: async (env) => ({
      query: 'mutation($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id } }',
      variables: { i: { checklistId: await insertDraft(env, true), idempotencyKey: idempotencyKey() } },
    }),
  },
  amendChecklist: {
    // An admin sees everyone's submitted checklists but may only change their own.
    access: 'signed-in', outOfScope: { ADMIN: 'FORBIDDEN', PROGRAM_MANAGER: 'NOT_FOUND', SUPERVISOR: 'NOT_FOUND', STAFF: 'NOT_FOUND' },
    sample: async (env) => {
      const { raterType } = rating(env);
      return {
        query: 'mutation($i: AmendChecklistInput!) { amendChecklist(input: $i) { id } }',
        variables: { i: { checklistId: await insertSubmitted(env), version: 2, answers: [{ itemCode: 'D1.1', value: 3 }], reason: `Matrix check (${raterType})` } },
      };
    },
  },
  updateChecklistPolicy: {
    access: ['ADMIN'], foreign: 'BAD_USER_INPUT',
    sample: ({ target }) => ({
      query: 'mutation($i: ChecklistPolicyInput!) { updateChecklistPolicy(input: $i) { programId } }',
      variables: { i: { programId: target.program, selfEveryDays: 30, supervisorEveryDays: 91, personServedEveryDays: 182 } },
    }),
  },
  createPersonServedLink: {
    // A feedback link is opened by the peer specialist themselves or their current supervisor — not by admins or managers.
    access: 'signed-in', own: { ADMIN: 'FORBIDDEN', PROGRAM_MANAGER: 'FORBIDDEN' }, outOfScope: 'FORBIDDEN',
    sample: ({ target }) => ({ query: 'mutation($s: ID!) { createPersonServedLink(subjectId: $s) { url } }', variables: { s: target.person.id } }),
  },
  submitPersonServedFeedback: {
    // A fresh link per call, answered in full: succeeds for anyone holding the token, and lands in the link's organisation.
    access: 'public', foreign: 'DATA',
    sample: async ({ app, target }) => ({
      query: 'mutation($i: PersonServedAnswersInput!) { submitPersonServedFeedback(input: $i) }',
      variables: { i: { token: await insertPersonServedLink(app, target.org, target.person.id, target.supervisor.id), answers: uniformAnswers('PERSON_SERVED', 4) } },
    }),
  },
};
