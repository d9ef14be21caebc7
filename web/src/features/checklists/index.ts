// The checklists feature's public surface for other features (home pages, dashboard).
export { DueChecklistsCard, type DueChecklistsCardProps } from './due-checklists-card';
