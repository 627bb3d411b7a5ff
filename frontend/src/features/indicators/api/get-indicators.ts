import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { IndicatorReport, IndicatorsQuery } from './types';

/** The indicators of a period, per region and (for several regions) in total. */
export async function getIndicators(query: IndicatorsQuery): Promise<IndicatorReport> {
  return unwrap(await api.GET('/api/v1/indicators', { params: { query } }));
}

export function getIndicatorsQueryOptions(query: IndicatorsQuery) {
  return queryOptions<IndicatorReport, ApiError>({
    queryKey: ['indicators', query],
    queryFn: () => getIndicators(query),
    placeholderData: keepPreviousData,
  });
}

export function useIndicators(query: IndicatorsQuery, { enabled = true } = {}) {
  return useQuery({ ...getIndicatorsQueryOptions(query), enabled });
}
