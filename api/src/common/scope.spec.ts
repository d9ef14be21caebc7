import type { Role } from '@tandem/shared';
import type { Viewer } from './request-context';
import { personScope, personWhere, programScope, programWhere, teamScope, teamWhere } from './scope';

const viewer = (roles: Role[], managedProgramIds: string[] | null = null): Viewer => ({
  personId: 'viewer-1', organizationId: 'org-1', sessionId: 's', name: 'V', email: 'v@example.org', roles, managedProgramIds,
});

const VIEWERS: Record<string, Viewer> = {
  staff: viewer(['STAFF']),
  supervisor: viewer(['STAFF', 'SUPERVISOR']),
  'limited manager': viewer(['PROGRAM_MANAGER'], ['prog-a', 'prog-b']),
  'supervising limited manager': viewer(['SUPERVISOR', 'PROGRAM_MANAGER'], ['prog-a']),
};

/** The named spelling with its parameters put back as positional ones from `$from`. */
function asPositional(named: { sql: string; params: Record<string, unknown> }, from: number) {
  const order = ['scopeViewer', 'scopePrograms'].filter((k) => k in named.params);
  const sql = order.reduce((text, key, i) => text.split(`:${key}`).join(`$${from + i}`), named.sql);
  return { sql, params: order.map((k) => named.params[k]) };
}

describe('row scoping: the positional and the named spelling are the same predicate', () => {
  const pairs = [
    ['person', personScope, personWhere],
    ['team', teamScope, teamWhere],
    ['program', programScope, programWhere],
  ] as const;

  for (const [name, positional, named] of pairs) {
    for (const [who, v] of Object.entries(VIEWERS)) {
      it(`${name} scope for a ${who}`, () => {
        const expected = positional(v, 'x.id', 3);
        expect(asPositional(named(v, 'x.id'), 3)).toEqual(expected);
        expect(expected.params[0]).toBe('viewer-1');
        expect(expected.params).toHaveLength(v.managedProgramIds ? 2 : 1);
      });
    }
  }

  it('an administrator and an unlimited manager see the whole organisation in both spellings', () => {
    for (const v of [viewer(['ADMIN']), viewer(['PROGRAM_MANAGER'], null)]) {
      expect(personScope(v, 'p.id')).toEqual({ sql: 'TRUE', params: [] });
      expect(teamWhere(v, 't.id')).toEqual({ sql: 'TRUE', params: {} });
    }
  });

  it('a staff member is limited to themselves and their own current team', () => {
    const v = VIEWERS.staff!;
    expect(personWhere(v, 'p.id').sql).toBe('(p.id = :scopeViewer)');
    expect(teamWhere(v, 't.id').sql).toContain('tm.person_id = :scopeViewer');
    expect(teamWhere(v, 't.id').sql).not.toContain('scopePrograms');
  });
});
