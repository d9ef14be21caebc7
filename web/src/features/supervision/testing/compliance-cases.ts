import type { ComplianceFigures } from '@tandem/shared';

/** Figures and the words the compliance table must show beside them. */
export const complianceWordsCases: [ComplianceFigures, string][] = [
  [{ required: 6, recorded: 6, overdue: true, daysSinceLast: 12, currentIntervalDays: 7 }, 'Next session late'],
  [{ required: 6, recorded: 6, overdue: false, daysSinceLast: 3, currentIntervalDays: 7 }, 'On track'],
  [{ required: 6, recorded: 4, overdue: true, daysSinceLast: 20, currentIntervalDays: 7 }, 'Overdue · 2 to catch up'],
  [{ required: 6, recorded: 5, overdue: false, daysSinceLast: 2, currentIntervalDays: 7 }, 'Behind · 1 to catch up'],
];
