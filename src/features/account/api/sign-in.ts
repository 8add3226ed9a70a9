import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { sessionSchema, type SignInRequest } from '#src/shared/auth/schemas.ts';
import { sessionStore } from '#src/shared/auth/session-store.ts';

export async function signIn(request: SignInRequest) {
  const { data } = await apiRequest({ method: 'POST', path: '/auth/session', body: request, schema: sessionSchema, anonymous: true });
  return data;
}

/** Signing in is online only: a plain mutation that may fail visibly. */
export function useSignIn() {
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => sessionStore.set(session),
  });
}
