import { useCallback, useRef, useState } from 'react';
import { newId } from '#src/shared/lib/ids.ts';
import type { OutboxWriteInput } from './use-outbox-write.ts';
import type { OutboxRecord } from './types.ts';
import { useOutbox } from './react.ts';

/** Why the server did not take a client's record: not this coach's client, refused, or an error (tried again later). */
export type ForManyReason = 'forbidden' | 'refused' | 'server';
export type ForManyFailure = { clientId: string; reason: ForManyReason };

/**
 * What a bulk write did: the clients it was saved for (this try and earlier ones), those it was
 * not saved for on the device (`missing`), and (with `confirm`) those the server did not take.
 */
export type ForManyResult = { saved: readonly string[]; missing: readonly string[]; failed: readonly ForManyFailure[] };

/** Whether a bulk reached everyone: else (for some only) the form keeps its input, to try again. */
export function reachedAll({ missing, failed }: ForManyResult): boolean {
  return missing.length === 0 && failed.length === 0;
}

/**
 * One bulk: what the coach wrote (`key`), when, and per client the entity id the record got
 * (kept, so a retry of the same bulk re-uses it), whether it is saved on the device and its record.
 */
type Bulk = { key: string; startedAt: string; ids: Map<string, string>; saved: Set<string>; records: Map<string, string> };

/** A record the server did not take, and why (a network error is not one: it is sent when there is internet). */
function failureOf(record: OutboxRecord | undefined): ForManyReason | null {
  if (!record) return null;
  if (record.status === 'rejected' || record.status === 'conflict') return record.lastError?.kind === 'forbidden' ? 'forbidden' : 'refused';
  return record.lastError && record.lastError.kind !== 'network' && record.lastError.kind !== 'unauthorized' ? 'server' : null;
}

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
export function useWriteForMany<P>(write: (input: OutboxWriteInput<P>) => Promise<OutboxRecord<P> | null>, { confirm = false } = {}) {
  const outbox = useOutbox();
  const bulk = useRef<Bulk | null>(null);
  const [missing, setMissing] = useState<readonly string[]>([]);
  const [failed, setFailed] = useState<readonly ForManyFailure[]>([]);
  const writeForMany = useCallback(
    async (clientIds: readonly string[], key: string, make: MakeForOne<P>): Promise<ForManyResult> => {
      const before = confirm && outbox ? await outbox.list() : [];
      if (bulk.current?.key !== key) {
        // the coach changed what was written: the earlier bulk's records the server did not take go
        // (one that failed with a server error would still arrive later, besides the new one)
        for (const recordId of bulk.current?.records.values() ?? []) {
          if (failureOf(before.find((r) => r.id === recordId))) await outbox?.discard(recordId);
        }
        bulk.current = { key, startedAt: new Date().toISOString(), ids: new Map(), saved: new Set(), records: new Map() };
      }
      const current = bulk.current;
      // the records the server did not take go again: the same record, so the same Idempotency-Key
      for (const [clientId, recordId] of current.records) {
        if (clientIds.includes(clientId) && failureOf(before.find((r) => r.id === recordId))) await outbox?.retry(recordId);
      }
      for (const clientId of clientIds) {
        if (current.saved.has(clientId)) continue;
        const entityId = current.ids.get(clientId) ?? newId();
        current.ids.set(clientId, entityId);
        const record = await write(make(clientId, entityId, current.startedAt));
        if (!record) break;
        current.saved.add(clientId);
        current.records.set(clientId, record.id);
      }
      // confirm: send now and say for whom the server did not take it (offline, they wait: no failure)
      if (confirm && outbox) await outbox.sendNow();
      const after = confirm && outbox ? await outbox.list() : [];
      const failures = clientIds.flatMap((clientId) => {
        const reason = failureOf(after.find((r) => r.id === current.records.get(clientId)));
        return reason ? [{ clientId, reason }] : [];
      });
      const result = {
        saved: clientIds.filter((id) => current.saved.has(id) && !failures.some((f) => f.clientId === id)),
        missing: clientIds.filter((id) => !current.saved.has(id)),
        failed: failures,
      };
      if (reachedAll(result) && bulk.current === current) bulk.current = null;
      setMissing(result.missing);
      setFailed(failures);
      return result;
    },
    [write, confirm, outbox],
  );
  return { writeForMany, missing, failed };
}
