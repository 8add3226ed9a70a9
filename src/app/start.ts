import { configureApiAuth, onUnauthorized } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { sessionStore } from '#src/shared/auth/session-store.ts';
import { startSessionServices } from './session-services.ts';

/**
 * Start-up: the API client reads the token from the session store; a 401 marks the
 * session expired (the person signs in again, nothing queued is lost); the device
 * services (outbox, persisted reads) start for whoever is signed in.
 */
let apiWired = false;

/**
 * The API client sends the session's token; a 401 to a request of the current session expires it
 * (also one sent without a token because a provider's tokens are gone: the browser was closed).
 */
export function wireApiToSession(): void {
  if (apiWired) return;
  apiWired = true;
  configureApiAuth(() => sessionStore.token());
  onUnauthorized((token) => {
    if (token === sessionStore.token()) sessionStore.markExpired();
  });
}

export async function startApp() {
  wireApiToSession();
  await startSessionServices(queryClient, sessionStore.get());
  sessionStore.subscribe(() => {
    void startSessionServices(queryClient, sessionStore.get());
  });
  return { queryClient };
}
