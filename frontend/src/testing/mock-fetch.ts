import { vi } from 'vitest';

export type Handler = (request: Request) => Response | Promise<Response>;

/** Replaces fetch, the one boundary to the server, with a handler; returns the requests seen. */
export function mockFetch(handler: Handler) {
  const requests: Request[] = [];
  const fn = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request.clone());
    return handler(request);
  });
  vi.stubGlobal('fetch', fn);
  return { fn, requests };
}

export function json(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init.headers ?? {}) },
  });
}

export function problem(
  status: number,
  code: string,
  detail: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(
    JSON.stringify({ type: `urn:problem:${code}`, title: detail, status, detail, code }),
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
  );
}

export function path(request: Request): string {
  return new URL(request.url).pathname;
}
