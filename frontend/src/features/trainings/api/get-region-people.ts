import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';

type Role = components['schemas']['Role'];
export type Person = { id: string; displayName: string; role: Role };

/** Enabled accounts of a region with one of the roles, by name (the first 100 of each role). */
export async function getRegionPeople(regionId: string, roles: readonly Role[]): Promise<Person[]> {
  const pages = await Promise.all(
    roles.map(async (role) =>
      unwrap(
        await api.GET('/api/v1/users', {
          params: { query: { regionId, role, page: 0, size: 100, sort: 'displayName' } },
        }),
      ),
    ),
  );
  return pages
    .flatMap((page) => page.items)
    .filter((u) => u.enabled)
    .map(({ id, displayName, role }) => ({ id, displayName, role }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** Candidates for trainers (coordinators and professionals) or for enrolment (the audience). */
export function useRegionPeople(regionId: string, roles: readonly Role[], enabled = true) {
  return useQuery({
    ...queryOptions<Person[], ApiError>({
      queryKey: ['trainings', 'region-people', regionId, roles],
      queryFn: () => getRegionPeople(regionId, roles),
      staleTime: 60_000,
    }),
    enabled: enabled && regionId !== '',
  });
}
