import { useCallback, useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Filters and paging kept in the URL (never personal data). `update` merges its changes into the latest
 * parameters, including a change made just before whose navigation has not rendered yet, so two quick filter
 * changes both stick. An empty value, and page 0, remove the parameter.
 */
export function useUrlParams() {
  const [params, setParams] = useSearchParams();
  const pending = useRef<URLSearchParams | null>(null);
  useEffect(() => {
    if (pending.current?.toString() === params.toString()) pending.current = null;
  }, [params]);
  const update = useCallback(
    (changes: Record<string, string | null>) => {
      const next = new URLSearchParams(pending.current ?? params);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null || value === '' || (key === 'page' && value === '0')) next.delete(key);
        else next.set(key, value);
      }
      pending.current = next;
      setParams(next, { replace: true });
    },
    [params, setParams],
  );
  return [params, update] as const;
}
