import { db } from '../db.ts';

/** When a session ends (sign-out here or at the provider): the devices it subscribed stop getting pushes. */
export function removeSubscriptionsOfSession(sid: string): void {
  for (const s of db.pushSubscriptions.list()) if (s.sessionId === sid) db.pushSubscriptions.delete(s.id);
}
