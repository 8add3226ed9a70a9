import { useCallback, useMemo, useRef, useState } from 'react';
import { newId } from '#src/shared/lib/ids.ts';
import type { OutboxWrite, OutboxWriteInput } from './use-outbox-write.ts';
import type { OutboxRecord } from './types.ts';
import { useOutbox, useOutboxSnapshot } from './react.ts';

/** Why the server did not take a client's record: not this coach's client, refused, or an error (held until the coach tries again). */
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
 * (kept, so a retry of the same bulk, or a changed text for those it did not reach, re-uses it),
 * whether it is saved on the device and its record.
 */
type Bulk = {
  key: string;
  startedAt: string;
  ids: Map<string, string>;
  saved: Set<string>;
  records: Map<string, string>;
  /** After a change of the text: the records (of the text before) that the changed one replaces. */
  replacing: Map<string, string>;
};

/** A record the server did not take, and why (a network error is not one: it is sent when there is internet). */
export function failureOf(record: Pick<OutboxRecord, 'status' | 'lastError'> | undefined): ForManyReason | null {
  if (!record) return null;
  if (record.status === 'rejected' || record.status === 'conflict') return record.lastError?.kind === 'forbidden' ? 'forbidden' : 'refused';
  return record.lastError && record.lastError.kind !== 'network' && record.lastError.kind !== 'unauthorized' ? 'server' : null;
}

/**
 * The failures shown, as the outbox has them now: a client whose record is no longer in the
 * outbox got it (it was sent after all, e.g. "opnieuw proberen" on Wijzigingen) and leaves the
 * list; the others keep their place, with the reason the record has now.
 */
export function stillFailing(shown: readonly (ForManyFailure & { recordId: string })[], records: readonly OutboxRecord[]): ForManyFailure[] {
  return shown.flatMap(({ clientId, reason, recordId }) => {
    const record = records.find((r) => r.id === recordId);
    return record ? [{ clientId, reason: failureOf(record) ?? reason }] : [];
  });
}

/**
 * Makes the record for one client: the payload with the entity id of that client in this bulk
 * (the same on a retry), and the moment the bulk was first tried.
 */
export type MakeForOne<P> = (clientId: string, entityId: string, startedAt: string) => OutboxWriteInput<P>;

/**
 * One write for several clients (the coach's caseload: one message or one task to all selected),
 * exactly once per client, and to each client one version: the one the coach last confirmed.
 * Each client gets its own record, saved one after another; when saving stops part-way (a full
 * disk), the result says for whom it was not saved. Trying the same bulk again (the same `key`:
 * what the coach wrote) skips the clients it was saved for and gives the others the entity ids
 * they had, so nobody gets it twice.
 *
 * With `confirm` it is sent at once and the result says for whom the server did not take it; a
 * record that got a server error is then held (`Outbox.hold`), not tried again in the background:
 * the screen says that client did not get it, and that stays true until the coach tries again
 * (the same records: the same Idempotency-Key) or changes the text.
 *
 * A changed `key` while a bulk did not reach everyone is a correction for those it did not reach:
 * their records still on the device (held, refused, waiting) are replaced by the changed one in
 * one step (`replace`, the same entity id), the clients it was not saved for get it, and those
 * who have the first version get nothing more. A changed `key` after a bulk reached everyone starts
 * a new bulk (a new message).
 */
export function useWriteForMany<P>(writer: Pick<OutboxWrite<P>, 'write' | 'replace'>, { confirm = false } = {}) {
  const { write, replace } = writer;
  const outbox = useOutbox();
  const { records, ready } = useOutboxSnapshot();
  const bulk = useRef<Bulk | null>(null);
  const [missing, setMissing] = useState<readonly string[]>([]);
  const [shown, setShown] = useState<readonly (ForManyFailure & { recordId: string })[]>([]);
  const writeForMany = useCallback(
    async (clientIds: readonly string[], key: string, make: MakeForOne<P>): Promise<ForManyResult> => {
      const before = outbox ? await outbox.list() : [];
      const waiting = (recordId: string | undefined) => recordId !== undefined && before.some((r) => r.id === recordId);
      let current = bulk.current;
      if (current?.key !== key) {
        const previous = current;
        current = { key, startedAt: new Date().toISOString(), ids: new Map(), saved: new Set(), records: new Map(), replacing: new Map() };
        if (previous) {
          // a correction: who has the first version keeps it; the others get only the changed one
          current.ids = previous.ids;
          current.replacing = new Map(previous.replacing);
          for (const clientId of previous.saved) {
            const recordId = previous.records.get(clientId) ?? '';
            if (waiting(recordId)) current.replacing.set(clientId, recordId);
            else current.saved.add(clientId);
          }
        }
        bulk.current = current;
      } else {
        // the records the server did not take go again: the same record, so the same Idempotency-Key
        for (const [clientId, recordId] of current.records) {
          if (clientIds.includes(clientId) && failureOf(before.find((r) => r.id === recordId))) await outbox?.retry(recordId);
        }
      }
      for (const clientId of clientIds) {
        if (current.saved.has(clientId)) continue;
        const entityId = current.ids.get(clientId) ?? newId();
        current.ids.set(clientId, entityId);
        const old = current.replacing.get(clientId);
        // never replace a record while it is being sent (that send may arrive): hold it first
        if (old && outbox && !(await outbox.hold(old))) {
          // it reached the server meanwhile: this client has the first version
          current.replacing.delete(clientId);
          current.saved.add(clientId);
          continue;
        }
        const record = old ? await replace(old, make(clientId, entityId, current.startedAt)) : await write(make(clientId, entityId, current.startedAt));
        if (!record) break;
        current.replacing.delete(clientId);
        current.saved.add(clientId);
        current.records.set(clientId, record.id);
      }
      // confirm: send now, hold what got a server error, and say for whom the server did not take
      // it (offline, they wait: no failure)
      if (confirm && outbox) {
        await outbox.sendNow();
        const sent = await outbox.list();
        for (const clientId of clientIds) {
          const record = sent.find((r) => r.id === current.records.get(clientId));
          if (record?.status === 'pending' && failureOf(record) === 'server') await outbox.hold(record.id);
        }
      }
      const after = confirm && outbox ? await outbox.list() : [];
      const failures = clientIds.flatMap((clientId) => {
        const recordId = current.records.get(clientId) ?? '';
        const reason = failureOf(after.find((r) => r.id === recordId));
        return reason ? [{ clientId, reason, recordId }] : [];
      });
      const result = {
        saved: clientIds.filter((id) => current.saved.has(id) && !failures.some((f) => f.clientId === id)),
        missing: clientIds.filter((id) => !current.saved.has(id)),
        failed: failures.map(({ clientId, reason }) => ({ clientId, reason })),
      };
      if (reachedAll(result) && bulk.current === current) bulk.current = null;
      setMissing(result.missing);
      setShown(failures);
      return result;
    },
    [write, replace, confirm, outbox],
  );
  const failed = useMemo(() => (ready ? stillFailing(shown, records) : shown), [ready, shown, records]);
  return { writeForMany, missing, failed };
}
