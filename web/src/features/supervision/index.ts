// Supervision: what other features may use.
export { SupervisionAgendaCard, type SupervisionAgendaCardProps } from './agenda-card';
export { OverdueSupervisionCard, type OverdueSupervisionCardProps } from './overdue-card';
