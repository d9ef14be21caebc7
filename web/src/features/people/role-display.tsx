import { ROLE_LABELS, type Role } from '@tandem/shared';
import { Badge, type BadgeTone } from '../../components/ui/badge';

/** Roles from the least to the most organisational, the order people read them in. */
export const ROLE_ORDER: Role[] = ['STAFF', 'SUPERVISOR', 'PROGRAM_MANAGER', 'ADMIN'];

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  STAFF: 'Completes self-assessments and reflects on supervision.',
  SUPERVISOR: 'Supervises peer specialists and records supervision.',
  PROGRAM_MANAGER: 'Sees teams’ fidelity and supervision across programs.',
  ADMIN: 'Manages the organisation, people, teams and settings.',
};

const ROLE_TONES: Record<Role, BadgeTone> = {
  STAFF: 'primary',
  SUPERVISOR: 'info',
  PROGRAM_MANAGER: 'accent',
  ADMIN: 'neutral',
};

export function sortRoles(roles: readonly Role[]): Role[] {
  return ROLE_ORDER.filter((r) => roles.includes(r));
}

export function RoleBadges({ roles }: { roles: readonly Role[] }) {
  if (roles.length === 0) return <span className="muted">No roles</span>;
  return (
    <ul className="inline-list" aria-label="Roles">
      {sortRoles(roles).map((r) => (
        <li key={r}>
          <Badge tone={ROLE_TONES[r]}>{ROLE_LABELS[r]}</Badge>
        </li>
      ))}
    </ul>
  );
}

export function PersonStatusBadge({ active, invitationPending }: { active: boolean; invitationPending: boolean }) {
  if (!active) return <Badge tone="danger">Deactivated</Badge>;
  if (invitationPending) return <Badge tone="warning">Invitation pending</Badge>;
  return <Badge tone="success">Active</Badge>;
}
