import { useQuery } from '@tanstack/react-query';
import { request } from '../../lib/graphql-client';
import { HomeDriftKpisQueryDocument, HomeOverviewQueryDocument, HomeSupervisionQueryDocument } from './home.graphql';

export const homeKeys = { overview: ['home', 'overview'] as const };

export function useHomeOverview(enabled = true) {
  return useQuery({ queryKey: homeKeys.overview, queryFn: () => request(HomeOverviewQueryDocument), enabled });
}

export function useHomeSupervision(enabled = true) {
  return useQuery({ queryKey: ['home', 'supervision'], queryFn: () => request(HomeSupervisionQueryDocument), enabled });
}

export function useHomeDriftKpis(enabled = true) {
  return useQuery({ queryKey: ['home', 'drift-kpis'], queryFn: () => request(HomeDriftKpisQueryDocument), enabled });
}
