/** The four roles a person may hold; a person may hold several. */
export const ROLES = ['ADMIN', 'PROGRAM_MANAGER', 'SUPERVISOR', 'STAFF'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Administrator',
  PROGRAM_MANAGER: 'Program manager',
  SUPERVISOR: 'Supervisor',
  STAFF: 'Peer specialist',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Parses a roles cell such as "staff; supervisor" or "PROGRAM_MANAGER|ADMIN". Unknown names are returned separately. */
export function parseRoleList(cell: string): { roles: Role[]; unknown: string[] } {
  const roles: Role[] = [];
  const unknown: string[] = [];
  for (const raw of cell.split(/[;,|]/)) {
    const token = raw.trim().toUpperCase().replace(/[\s-]+/g, '_');
    if (!token) continue;
    const alias: Record<string, Role> = { MANAGER: 'PROGRAM_MANAGER', PEER: 'STAFF', PEER_SPECIALIST: 'STAFF' };
    const role = isRole(token) ? token : alias[token];
    if (role) {
      if (!roles.includes(role)) roles.push(role);
    } else unknown.push(raw.trim());
  }
  return { roles, unknown };
}
