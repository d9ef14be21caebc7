import { InvalidInputError } from '../../common/errors';
import { attentionTeams, byConcern, byName, decodeTeamCursor, encodeTeamCursor, pageTeams, programRollups, type TeamSummaryLike } from './drift-team-page';

const P = { id: 'p1', name: 'Program' };
const team = (id: string, name: string, mfi: number | null, signals: [direction: string, severity: string][] = []): TeamSummaryLike => ({
  team: { id, name }, program: P, latest: { mutualityIndex: mfi, band: mfi === null ? null : mfi >= 75 ? 'HIGH' : 'MODERATE' },
  activeSignals: signals.map(([direction, severity]) => ({ direction, severity, since: '2026-01' })),
});

const teams = [
  team('a', 'Alder', 80),
  team('b', 'Birch', null, [['worse', 'watch']]),
  team('c', 'Cedar', 60, [['worse', 'watch']]),
  team('d', 'Dogwood', 90, [['worse', 'alert'], ['better', 'watch']]),
  team('e', 'Elm', null),
  team('f', 'Fir', 50, [['better', 'alert']]),
];

describe('the overview’s team pages', () => {
  it('orders by concern: alerts, then watches, then the rest; lowest index first, unrated last, then by name', () => {
    expect([...teams].sort(byConcern).map((t) => t.team.name)).toEqual(['Dogwood', 'Cedar', 'Birch', 'Fir', 'Alder', 'Elm']);
    expect(attentionTeams(teams, 2).map((t) => t.team.name)).toEqual(['Dogwood', 'Cedar']);
  });

  it('walks the pages with cursors, each team once, and counts every match', () => {
    const first = pageTeams(teams, { first: 4 });
    expect(first.items.map((t) => t.team.id)).toEqual(['d', 'c', 'b', 'f']);
    expect(first.totalCount).toBe(6);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = pageTeams(teams, { first: 4, after: first.pageInfo.endCursor! });
    expect(second.items.map((t) => t.team.id)).toEqual(['a', 'e']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by status and band and searches names regardless of case', () => {
    expect(pageTeams(teams, { statuses: ['STEADY'] }).items.map((t) => t.team.id)).toEqual(['a', 'e']);
    expect(pageTeams(teams, { statuses: ['IMPROVING'], sort: 'NAME' }).items.map((t) => t.team.id)).toEqual(['d', 'f']);
    expect(pageTeams(teams, { bands: ['UNRATED'], sort: 'NAME' }).items.map((t) => t.team.id)).toEqual(['b', 'e']);
    expect(pageTeams(teams, { search: ' ELM ' }).items.map((t) => t.team.id)).toEqual(['e']);
    expect(programRollups(teams)).toEqual([{ programId: 'p1', programName: 'Program', teams: 6, teamsWithAlerts: 1, teamsOnWatch: 2, teamsImproving: 2, teamsSteady: 2 }]);
  });

  it('pages the same from teams already sorted in both orders (as the kept first screen holds them)', () => {
    const sorted = { CONCERN: [...teams].sort(byConcern), NAME: [...teams].sort(byName) };
    const requests = [
      {}, { first: 2 }, { first: 2, sort: 'NAME' as const }, { statuses: ['WATCH' as const, 'STEADY' as const] }, { bands: ['UNRATED' as const], sort: 'NAME' as const },
      { search: 'e', first: 1 }, { first: 3, after: encodeTeamCursor('CONCERN', 3) },
    ];
    for (const req of requests) expect(pageTeams(sorted.CONCERN, req, sorted)).toEqual(pageTeams(teams, req));
  });

  it('refuses a page size out of range, a foreign cursor and a cursor from the other order', () => {
    expect(() => pageTeams(teams, { first: 0 })).toThrow(InvalidInputError);
    expect(() => pageTeams(teams, { first: 101 })).toThrow('first must be between 1 and 100');
    expect(() => decodeTeamCursor('bm9wZQ', 'CONCERN')).toThrow('not a cursor from this list');
    expect(() => decodeTeamCursor(encodeTeamCursor('NAME', 4), 'CONCERN')).toThrow('another order');
    expect(decodeTeamCursor(encodeTeamCursor('NAME', 4), 'NAME')).toBe(4);
  });
});
