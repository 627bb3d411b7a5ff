/** The token of a set-password link: `#token=…` (a fragment never reaches a server's logs). */
export function tokenFromHash(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token')?.trim() ?? '';
}
