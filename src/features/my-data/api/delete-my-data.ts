import { apiRequest } from '#src/shared/api/client.ts';

/** Asks to delete my data (online only: the answer decides what the screen says). */
export async function deleteMyData(): Promise<void> {
  await apiRequest({ method: 'DELETE', path: '/me/data', schema: undefined });
}
