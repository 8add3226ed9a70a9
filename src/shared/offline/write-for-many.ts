import { useCallback, useRef, useState } from 'react';
import { newId } from '#src/shared/lib/ids.ts';
import type { OutboxWriteInput } from './use-outbox-write.ts';
import type { OutboxRecord } from './types.ts';

/** What a bulk write did: the clients it was saved for (this try and earlier ones) and those it was not. */
export type ForManyResult = { saved: readonly string[]; missing: readonly string[] };

/**
 * One bulk: what the coach wrote (`key`), when, and per client the entity id the record got
 * (kept, so a retry of the same bulk re-uses it) and whether it is saved on the device.
 */
type Bulk = { key: string; startedAt: string; ids: Map<string, string>; saved: Set<string> };

/**
 * Makes the record for one client: the payload with the entity id of that client in this bulk
 * (the same on a retry), and the moment the bulk was first tried.
 */
export type MakeForOne<P> = (clientId: string, entityId: string, startedAt: string) => OutboxWriteInput<P>;

/**
 * One write for several clients (the coach's caseload: one message or one task to all selected),
 * exactly once per client. Each client gets its own record, saved one after another; when saving
 * stops part-way (a full disk), the result says for whom it was not saved. Trying the same bulk
 * again (the same `key`: what the coach wrote) skips the clients it was saved for and gives the
 * others the entity ids they had, so nobody gets it twice. Another `key`, or a bulk that was saved
 * for everyone, starts a new bulk.
 */
export function useWriteForMany<P>(write: (input: OutboxWriteInput<P>) => Promise<OutboxRecord<P> | null>) {
  const bulk = useRef<Bulk | null>(null);
  const [missing, setMissing] = useState<readonly string[]>([]);
  const writeForMany = useCallback(
    async (clientIds: readonly string[], key: string, make: MakeForOne<P>): Promise<ForManyResult> => {
      if (bulk.current?.key !== key) bulk.current = { key, startedAt: new Date().toISOString(), ids: new Map(), saved: new Set() };
      const current = bulk.current;
      for (const clientId of clientIds) {
        if (current.saved.has(clientId)) continue;
        const entityId = current.ids.get(clientId) ?? newId();
        current.ids.set(clientId, entityId);
        if (!(await write(make(clientId, entityId, current.startedAt)))) break;
        current.saved.add(clientId);
      }
      const result = { saved: clientIds.filter((id) => current.saved.has(id)), missing: clientIds.filter((id) => !current.saved.has(id)) };
      if (result.missing.length === 0 && bulk.current === current) bulk.current = null;
      setMissing(result.missing);
      return result;
    },
    [write],
  );
  return { writeForMany, missing };
}
