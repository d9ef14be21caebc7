import { parseRoleList } from './roles';

describe('parseRoleList', () => {
  it('accepts separators, case and aliases, and deduplicates', () => {
    expect(parseRoleList('staff; Supervisor|manager, STAFF')).toEqual({
      roles: ['STAFF', 'SUPERVISOR', 'PROGRAM_MANAGER'],
      unknown: [],
    });
  });
  it('reports unknown role names instead of dropping them silently', () => {
    expect(parseRoleList('staff; wizard')).toEqual({ roles: ['STAFF'], unknown: ['wizard'] });
  });
  it('treats an empty cell as no roles', () => {
    expect(parseRoleList('  ')).toEqual({ roles: [], unknown: [] });
  });
});
