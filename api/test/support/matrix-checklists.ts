import { randomUUID } from 'node:crypto';
import type { TestOrg } from './factories';
import { ensureInstrument, idempotencyKey, insertPersonServedLink, insertSubmittedChecklist, INSTRUMENT_KEY, uniformAnswers } from './checklist-helpers';
import type { MatrixEntry } from './matrix';
import type { TestApp } from './test-app';

/**
 * Authorization-matrix entries for checklists and reading instruments.
 *
 * The matrix calls each sample as every role. Who may rate whom is a business rule inside 'signed-in' operations
 * (SELF only for oneself, SUPERVISOR only by the current supervisor …) and has its own tests in
 * checklists.e2e-spec.ts; so the write samples target a checklist or person that does not exist, which every
 * signed-in caller of any organisation gets as NOT_FOUND (never FORBIDDEN / UNAUTHENTICATED), while anonymous callers
 * get UNAUTHENTICATED. Read samples target data every role of `org` may see.
 */

/** One submitted SELF checklist about `org.people.staff` (readable by admin, manager A, supervisor and staff). */
const seeded = new Map<string, Promise<string>>();
export function matrixChecklist(app: TestApp, org: TestOrg): Promise<string> {
  let id = seeded.get(org.id);
  if (!id) {
    id = insertSubmittedChecklist(app, org, {
      subjectId: org.people.staff.id, raterType: 'SELF', raterId: org.people.staff.id, teamId: org.teams.a1, answers: uniformAnswers('SELF', 4),
    });
    seeded.set(org.id, id);
  }
  return id;
}

export const CHECKLIST_MATRIX: Record<string, MatrixEntry> = {
  // ── queries ──
  instruments: {
    access: 'signed-in',
    sample: async ({ app, org }) => {
      await ensureInstrument(app, org.id);
      return { query: '{ instruments { key } }' };
    },
  },
  instrument: {
    // Every organisation has its own copy of the default instrument, so a foreign caller reads theirs (or NOT_FOUND).
    access: 'signed-in',
    sample: async ({ app, org }) => {
      await ensureInstrument(app, org.id);
      return { query: 'query($k: String!) { instrument(key: $k) { key } }', variables: { k: INSTRUMENT_KEY } };
    },
  },
  checklist: {
    access: 'signed-in', foreignCodes: ['NOT_FOUND'],
    sample: async ({ app, org }) => ({ query: 'query($id: ID!) { checklist(id: $id) { id status } }', variables: { id: await matrixChecklist(app, org) } }),
  },
  checklists: { access: 'signed-in', sample: () => ({ query: '{ checklists { totalCount items { id } } }' }) },
  checklistsDue: { access: 'signed-in', sample: () => ({ query: '{ checklistsDue { subjectId raterType dueDate } }' }) },
  checklistPolicy: {
    access: 'signed-in', foreignCodes: ['NOT_FOUND'],
    sample: ({ org }) => ({
      query: 'query($id: ID!) { checklistPolicy(programId: $id) { programId selfEveryDays } }', variables: { id: org.programs.a },
    }),
  },
  personServedForm: {
    // The one-time token is the credential: anyone holding it, signed in or not, sees the form (no ids in it).
    access: 'public',
    sample: async ({ app, org }) => ({
      query: 'query($t: String!) { personServedForm(token: $t) { peerFirstName } }',
      variables: { t: await insertPersonServedLink(app, org, org.people.staff.id, org.people.supervisor.id) },
    }),
  },
  // ── mutations ──
  startChecklist: {
    access: 'signed-in', foreignCodes: ['NOT_FOUND'],
    sample: async ({ app, org }) => {
      await ensureInstrument(app, org.id);
      return {
        query: 'mutation($i: StartChecklistInput!) { startChecklist(input: $i) { id } }',
        variables: { i: { subjectId: randomUUID(), raterType: 'REVIEWER' } },
      };
    },
  },
  saveChecklistAnswers: {
    access: 'signed-in', foreignCodes: ['NOT_FOUND'],
    sample: () => ({
      query: 'mutation($i: SaveChecklistAnswersInput!) { saveChecklistAnswers(input: $i) { id } }',
      variables: { i: { checklistId: randomUUID(), version: 1, answers: [{ itemCode: 'D1.1', value: 3 }] } },
    }),
  },
  submitChecklist: {
    access: 'signed-in', foreignCodes: ['NOT_FOUND'],
    sample: () => ({
      query: 'mutation($i: SubmitChecklistInput!) { submitChecklist(input: $i) { id } }',
      variables: { i: { checklistId: randomUUID(), idempotencyKey: idempotencyKey() } },
    }),
  },
  amendChecklist: {
    access: 'signed-in', foreignCodes: ['NOT_FOUND'],
    sample: () => ({
      query: 'mutation($i: AmendChecklistInput!) { amendChecklist(input: $i) { id } }',
      variables: { i: { checklistId: randomUUID(), version: 2, answers: [{ itemCode: 'D1.1', value: 3 }], reason: 'Matrix check' } },
    }),
  },
  updateChecklistPolicy: {
    // Writes the default policy to program B, so repeated runs change nothing that other samples rely on.
    access: ['ADMIN'], foreignCodes: ['BAD_USER_INPUT'],
    sample: ({ org }) => ({
      query: 'mutation($i: ChecklistPolicyInput!) { updateChecklistPolicy(input: $i) { programId } }',
      variables: { i: { programId: org.programs.b, selfEveryDays: 30, supervisorEveryDays: 91, personServedEveryDays: 182 } },
    }),
  },
  createPersonServedLink: {
    access: 'signed-in', foreignCodes: ['NOT_FOUND'],
    sample: () => ({ query: 'mutation($s: ID!) { createPersonServedLink(subjectId: $s) { url } }', variables: { s: randomUUID() } }),
  },
  submitPersonServedFeedback: {
    // A fresh link per call, answered in full: succeeds for anyone holding the token (it stores no rater).
    access: 'public',
    sample: async ({ app, org }) => ({
      query: 'mutation($i: PersonServedAnswersInput!) { submitPersonServedFeedback(input: $i) }',
      variables: {
        i: { token: await insertPersonServedLink(app, org, org.people.staff.id, org.people.supervisor.id), answers: uniformAnswers('PERSON_SERVED', 4) },
      },
    }),
  },
};
