import type { components } from './schema';

export type Problem = components['schemas']['Problem'];

/** An RFC 9457 problem answered by the API, with the HTTP status and the Retry-After seconds. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Partial<Problem>;
  readonly retryAfter: number | null;

  constructor(status: number, problem: Partial<Problem> | undefined, headers?: Headers) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem ?? {};
    const retryAfter = headers?.get('Retry-After');
    const seconds = retryAfter != null ? Number.parseInt(retryAfter, 10) : Number.NaN;
    this.retryAfter = Number.isFinite(seconds) ? seconds : null;
  }

  get code(): string | undefined {
    return this.problem.code ?? undefined;
  }

  get fieldErrors(): { field: string; message: string }[] {
    return (this.problem.errors ?? []).map((e) => ({
      field: e.field ?? '',
      message: e.message ?? '',
    }));
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

type FetchResult<T> = { data?: T; error?: unknown; response: Response };

/** Returns the data of an openapi-fetch result, or throws an ApiError for a problem answer. */
export function unwrap<T>(result: FetchResult<T>): T {
  if (result.error !== undefined || !result.response.ok) {
    const body = typeof result.error === 'object' && result.error !== null ? result.error : {};
    throw new ApiError(result.response.status, body as Partial<Problem>, result.response.headers);
  }
  return result.data as T;
}

/** The last segment of a validation error's field path ("updateMe.request.displayName" → "displayName"). */
export function fieldName(path: string): string {
  const parts = path.split(/[.[\]]/).filter(Boolean);
  return parts[parts.length - 1] ?? path;
}

/**
 * A form path ("sessions.0.endsAt") for a validation error's field path. Handles "sessions[0].endsAt",
 * method prefixes ("create.request.title") and the "sessions.endsAt[0]" form, where the index of a list
 * element comes after the element's property. `arrays` names the lists of the form, `isField` says which
 * paths the form can show an error at; the path is cut back until it names one, else null.
 */
export function formFieldPath(
  path: string,
  arrays: readonly string[],
  isField: (path: string) => boolean,
): string | null {
  const segments = [...path.matchAll(/([A-Za-z_$][\w$]*)((?:\[\d+\])*)/g)].map((m) => ({
    name: m[1],
    indexes: [...m[2].matchAll(/\d+/g)].map((i) => i[0]),
  }));
  const start = segments.findIndex((s) => isField(s.name) || arrays.includes(s.name));
  if (start < 0) return null;
  const relevant = segments.slice(start);
  for (let i = 1; i < relevant.length; i++) {
    const parent = relevant[i - 1];
    if (arrays.includes(parent.name) && parent.indexes.length === 0 && relevant[i].indexes.length) {
      parent.indexes = relevant[i].indexes;
      relevant[i] = { ...relevant[i], indexes: [] };
    }
  }
  const parts = relevant.flatMap((s) => [s.name, ...s.indexes]);
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('.');
    if (isField(candidate)) return candidate;
  }
  return null;
}
