import { ROLE_LABELS, type Role } from '@tandem/shared';
import { CheckboxGroup } from '../../components/ui/checkbox-group';
import { ROLE_DESCRIPTIONS, ROLE_ORDER } from './role-display';

export interface RolePickerValue {
  roles: Role[];
  /** Programs a program manager is limited to; empty = all programs. */
  managedProgramIds: string[];
}

export interface RolePickerProps {
  value: RolePickerValue;
  onChange: (value: RolePickerValue) => void;
  programs: { id: string; name: string }[];
  error?: string;
  disabled?: boolean;
}

/** Roles as checkboxes; a program manager can be limited to some programs. */
export function RolePicker({ value, onChange, programs, error, disabled }: RolePickerProps) {
  const manager = value.roles.includes('PROGRAM_MANAGER');
  return (
    <div className="stack-sm">
      <CheckboxGroup<Role>
        legend="Roles"
        description="A person can hold several roles; each view is scoped by the role it serves."
        options={ROLE_ORDER.map((r) => ({ value: r, label: ROLE_LABELS[r], description: ROLE_DESCRIPTIONS[r] }))}
        value={value.roles}
        onChange={(roles) =>
          onChange({ roles, managedProgramIds: roles.includes('PROGRAM_MANAGER') ? value.managedProgramIds : [] })
        }
        error={error}
        disabled={disabled}
      />
      {manager && programs.length > 0 ? (
        <div className="nested-choice">
          <CheckboxGroup<string>
            legend="Programs this manager oversees"
            description="Leave all unticked for every program, including ones added later."
            options={programs.map((p) => ({ value: p.id, label: p.name }))}
            value={value.managedProgramIds}
            onChange={(managedProgramIds) => onChange({ ...value, managedProgramIds })}
            disabled={disabled}
          />
        </div>
      ) : null}
    </div>
  );
}
