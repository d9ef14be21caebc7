// The supervision occurrence cache (api/src/modules/supervision/counted-occurrences.ts) is held to a byte budget over
// every organisation. Here it is filled beyond a small budget — two organisations, windows reaching back years — and
// after every read it is within the budget, and the figures read through it equal a fresh expansion.
import { DAY_MS, MINUTE_MS } from '@tandem/shared';
import { countedOccurrenceCache, MAX_BYTES } from '../src/modules/supervision/counted-occurrences';
import { ok } from './support/admin-helpers';
import { testClock } from './support/clock';
import { createOrg, tokensFor, type TestOrg } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';
import { graphql } from './gql';

const SCHEDULE = graphql(`mutation ScheduleSupervisionInOccurrenceBudget($i: ScheduleSupervisionInput!) { scheduleSupervision(input: $i) { session { id } } }`);
const COMPLIANCE = graphql(`query SupervisionComplianceInOccurrenceBudget($f: SupervisionComplianceFilterInput) { supervisionCompliance(filter: $f) {
  supervisees { superviseeId required recorded ratio daysSinceLast lastSessionAt status
    reconciliation { scheduled completed documented heldNotDocumented documentedNotScheduled pastStillScheduled missed cancelled } }
  total { supervisees required recorded ratio } } }`);

let app: TestApp;
const orgs: { org: TestOrg; admin: string }[] = [];
const nowMs = Math.floor(testClock.nowMs() / MINUTE_MS) * MINUTE_MS;
const iso = (ms: number) => new Date(ms).toISOString();
/** 90-day windows from now back to three years ago: each read reaches a year further back than its window. */
const windows = [0, 300, 600, 900].map((k) => ({ from: iso(nowMs - (k + 90) * DAY_MS), to: iso(nowMs - k * DAY_MS) }));

beforeAll(async () => {
  app = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '10000' });
  for (const label of ['BudgetA', 'BudgetB']) {
    const org = await createOrg(app, label);
    const t = await tokensFor(app, org);
    // Weekly from about four years ago, for two supervisees with two supervisors.
    for (const [token, supervisor, supervisee] of [[t.supervisor, org.people.supervisor.id, org.people.staff.id], [t.supervisor2, org.people.supervisor2.id, org.people.staff2.id]] as const) {
      await ok(app, SCHEDULE, {
        i: { supervisorId: supervisor, superviseeIds: [supervisee], startsAt: `${iso(nowMs - 1_400 * DAY_MS).slice(0, 10)}T09:30`, durationMinutes: 60,
          timeZone: 'Europe/Amsterdam', modality: 'INDIVIDUAL', channel: 'VIDEO', recurrence: 'FREQ=WEEKLY' },
      }, { token });
    }
    orgs.push({ org, admin: t.admin });
  }
});
afterAll(async () => {
  countedOccurrenceCache.maxBytes = MAX_BYTES;
  countedOccurrenceCache.enabled = true;
  countedOccurrenceCache.clear();
  await app.close();
});

const figures = async (token: string, f: Record<string, string>) => (await ok(app, COMPLIANCE, { f }, { token })).supervisionCompliance;

async function fresh(token: string, f: Record<string, string>) {
  countedOccurrenceCache.enabled = false;
  try {
    return await figures(token, f);
  } finally {
    countedOccurrenceCache.enabled = true;
  }
}

describe('the supervision occurrence cache under a byte budget', () => {
  it('has room for far more than these organisations by default', async () => {
    countedOccurrenceCache.clear();
    for (const { admin } of orgs) for (const f of windows) await figures(admin, f);
    expect(countedOccurrenceCache.organizations.size).toBe(2);
    expect(countedOccurrenceCache.bytes).toBeGreaterThan(0);
    expect(countedOccurrenceCache.bytes).toBeLessThan(MAX_BYTES / 100);
  });

  it('stays within a budget smaller than what is read, and answers as a fresh expansion does', async () => {
    countedOccurrenceCache.clear();
    // One organisation's every window fills about 60 buckets; the budget holds a little over one year's read.
    for (const f of windows.slice(0, 1)) await figures(orgs[0]!.admin, f);
    const oneRead = countedOccurrenceCache.bytes;
    countedOccurrenceCache.clear();
    countedOccurrenceCache.maxBytes = Math.round(oneRead * 1.5);
    let evicted = false;
    for (let round = 0; round < 2; round++) {
      for (const { admin, org } of orgs) {
        for (const f of windows) {
          const missesBefore = countedOccurrenceCache.misses;
          const cached = await figures(admin, f);
          expect(countedOccurrenceCache.bytes).toBeLessThanOrEqual(countedOccurrenceCache.maxBytes);
          expect(cached).toEqual(await fresh(admin, f));
          expect(cached.supervisees.find((s) => s.superviseeId === org.people.staff.id)!.reconciliation.pastStillScheduled).toBeGreaterThan(10);
          // In the second round every read was evicted by the ones after it, so it misses again.
          if (round === 1 && countedOccurrenceCache.misses > missesBefore) evicted = true;
        }
      }
    }
    expect(evicted).toBe(true);
    // Two organisations never fit together: the least recently used one went.
    expect(countedOccurrenceCache.organizations.size).toBe(1);
    // Kept across reads: the same read twice in a row is served from the cache.
    const misses = countedOccurrenceCache.misses;
    await figures(orgs[1]!.admin, windows[3]!);
    expect(countedOccurrenceCache.misses).toBe(misses);
  });

  it('keeps nothing when one read alone is over the budget, and still answers', async () => {
    countedOccurrenceCache.clear();
    countedOccurrenceCache.maxBytes = 2_000;
    const cached = await figures(orgs[0]!.admin, windows[1]!);
    expect({ bytes: countedOccurrenceCache.bytes, organizations: countedOccurrenceCache.organizations.size }).toEqual({ bytes: 0, organizations: 0 });
    expect(cached).toEqual(await fresh(orgs[0]!.admin, windows[1]!));
  });
});
