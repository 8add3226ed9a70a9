import { db } from '../db.ts';

/** At sign-out (`DELETE /auth/session`): the devices that session subscribed stop getting pushes. */
export function removeSubscriptionsOfSession(token: string): void {
  for (const s of db.pushSubscriptions.list()) if (s.sessionToken === token) db.pushSubscriptions.delete(s.id);
}
