import { navItemsFor } from './nav-items';

const labels = (roles: Parameters<typeof navItemsFor>[0]) => navItemsFor(roles).map((i) => i.label);

describe('navItemsFor', () => {
  it('gives each role what it needs', () => {
    expect(labels(['ADMIN'])).toEqual(['Home', 'Drift dashboard', 'People', 'Teams & programs', 'Import roster', 'Supervision', 'Supervision compliance', 'Actions', 'Instruments', 'Supervision policy', 'Language lexicon', 'Outbox', 'Audit log', 'Organisation settings']);
    expect(labels(['PROGRAM_MANAGER'])).toEqual(['Home', 'People', 'Teams', 'Supervision compliance', 'Actions']);
    expect(labels(['SUPERVISOR'])).toEqual(['Home', 'My week', 'Drift dashboard', 'My supervisees', 'Supervisee ratings', 'Supervision', 'Supervision compliance', 'Actions']);
    expect(labels(['STAFF'])).toEqual(['Home', 'My checklists', 'Supervision', 'My profile']);
  });

  it('merges several roles without repeating a destination', () => {
    expect(labels(['PROGRAM_MANAGER', 'SUPERVISOR', 'STAFF'])).toEqual(['Home', 'My week', 'People', 'Teams', 'My supervisees', 'My checklists', 'Supervisee ratings', 'Supervision', 'Supervision compliance', 'Actions', 'My profile']);
    const paths = navItemsFor(['ADMIN', 'PROGRAM_MANAGER', 'SUPERVISOR', 'STAFF']).map((i) => i.to);
    expect(new Set(paths).size).toBe(paths.length);
    expect(labels(['ADMIN', 'PROGRAM_MANAGER'])).toContain('Teams & programs');
  });
});
