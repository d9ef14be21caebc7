import { useQuery } from '@tanstack/react-query';
import { request } from '../../lib/graphql-client';
import { HomeOverviewQueryDocument } from './home.graphql';

export const homeKeys = { overview: ['home', 'overview'] as const };

export function useHomeOverview() {
  return useQuery({ queryKey: homeKeys.overview, queryFn: () => request(HomeOverviewQueryDocument) });
}
