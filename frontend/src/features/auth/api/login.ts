import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, type ApiError } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import { setTokens } from '@/lib/auth/session';

export type LoginInput = components['schemas']['LoginRequest'];
export type TokenResponse = components['schemas']['TokenResponse'];

export async function login(input: LoginInput): Promise<TokenResponse> {
  const tokens = unwrap(await api.POST('/api/v1/auth/login', { body: input }));
  setTokens({ accessToken: tokens.accessToken, refreshToken: tokens.refreshToken });
  return tokens;
}

export function useLogin() {
  return useMutation<TokenResponse, ApiError, LoginInput>({ mutationFn: login });
}
