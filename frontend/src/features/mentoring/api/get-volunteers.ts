import { keepPreviousData, queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { VolunteerPage, VolunteersQuery, VolunteerSummary } from './types';

export const VOLUNTEER_PAGE_SIZE = 20;
/** The API's largest page. */
const MAX_PAGE_SIZE = 100;

export async function getVolunteers(query: VolunteersQuery): Promise<VolunteerPage> {
  return unwrap(await api.GET('/api/v1/volunteers', { params: { query } }));
}

export function getVolunteersQueryOptions(query: VolunteersQuery) {
  return queryOptions<VolunteerPage, ApiError>({
    queryKey: ['mentoring', 'volunteers', 'list', query],
    queryFn: () => getVolunteers(query),
    placeholderData: keepPreviousData,
  });
}

export function useVolunteers(query: VolunteersQuery, enabled = true) {
  return useQuery({ ...getVolunteersQueryOptions(query), enabled });
}

/** Everyone in screening (all pages), oldest application first: the board groups them by next step. */
export async function getScreeningVolunteers(regionId?: string): Promise<VolunteerSummary[]> {
  const items: VolunteerSummary[] = [];
  for (let page = 0; ; page++) {
    const result = await getVolunteers({
      status: 'SCREENING',
      regionId,
      page,
      size: MAX_PAGE_SIZE,
      sort: 'createdAt',
    });
    items.push(...result.items);
    if (result.items.length < MAX_PAGE_SIZE || items.length >= result.total) return items;
  }
}

export function useScreeningVolunteers(regionId: string | undefined, enabled = true) {
  return useQuery<VolunteerSummary[], ApiError>({
    queryKey: ['mentoring', 'volunteers', 'screening', regionId ?? null],
    queryFn: () => getScreeningVolunteers(regionId),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** After a change: the lists, the board and the volunteer are read again. */
export function volunteersChanged(queryClient: QueryClient) {
  void queryClient.invalidateQueries({ queryKey: ['mentoring', 'volunteers'] });
}
