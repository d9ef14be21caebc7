import type { DriftOverviewQuery, PersonDriftQuery, TeamDriftQuery } from '../../gql/graphql';

export type DriftOverview = DriftOverviewQuery['driftOverview'];
export type DriftOverviewTeam = DriftOverview['teams']['items'][number];
/** A team as the first screen lists it (where to look first, improving). */
export type AttentionTeam = DriftOverview['attention'][number];
export type ProgramRollup = DriftOverview['programs'][number];
export type TeamDrift = TeamDriftQuery['teamDrift'];
export type PersonDrift = PersonDriftQuery['personDrift'];
export type DriftAnnotation = TeamDrift['annotations'][number];
export type ActionMarker = TeamDrift['actionMarkers'][number];
export type ItemMovement = TeamDrift['itemsMoved'][number];
export type GapPoint = TeamDrift['selfVsOthers'][number];
export type SupervisionPeriod = TeamDrift['supervision'][number];
