import { searchPeriodFrom } from '#src/shared/lib/search-period.ts';
import { db, type ClientRecord } from './db.ts';

/** Values the mock server derives from the store (shared by several handlers). */

/** Applications a client is expected to make in the zoekperiode. */
export const APPLICATIONS_NORM = 4;

/** The aanvraag date: the client's own (profile) date wins over the municipality's record. */
export function benefitApplicationDateOf(client: ClientRecord): string | null {
  return db.profiles.get(client.id)?.benefitApplicationDate ?? client.benefitApplicationDate;
}

/** The zoekperiode from the aanvraag: the shared rule (four weeks, the last day included). */
export function searchPeriodOf(client: ClientRecord): { start: string; end: string } | null {
  const start = benefitApplicationDateOf(client);
  return start ? searchPeriodFrom(start) : null;
}
