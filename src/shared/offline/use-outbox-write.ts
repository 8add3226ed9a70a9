import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '#src/shared/auth/use-session.ts';
import { useActingFor, useCanWrite } from '#src/shared/auth/use-acting-for.ts';
import { isStorageFullError } from './errors.ts';
import type { OutboxKind } from './kinds.ts';
import { useOutbox, useOutboxSnapshot } from './react.ts';
import type { OutboxRecord } from './types.ts';

/**
 * One write: the payload, (for versioned writes) the version it was made on, and the entity's
 * lane (default: the lane the hook was made for).
 */
export type OutboxWriteInput<P> = { payload: P; baseVersion?: number; lane?: string };

export type OutboxWrite<P> = {
  /**
   * Saves the record on the device (then the outbox sends it). Resolves with the record, or
   * null when nothing was saved: nobody signed in, read-only access, or the save failed (then
   * `error` holds the text to show, e.g. "Je apparaat is vol…").
   */
  write(input: OutboxWriteInput<P>): Promise<OutboxRecord<P> | null>;
  /**
   * A correction: replaces the refused (or conflicting) record `refusedId` atomically
   * (`outbox.replace`), or writes a new record when there is none.
   */
  replace(refusedId: string | null | undefined, input: OutboxWriteInput<P>): Promise<OutboxRecord<P> | null>;
  /**
   * The owner's records of this kind the server has not confirmed (only those in the hook's lane
   * when it was given as a string), FIFO: lay them over the server data.
   */
  pending: readonly OutboxRecord<P>[];
  /** True while a write is being saved on the device. */
  saving: boolean;
  /** The text of the last failed save, or null. */
  error: string | null;
  clearError(): void;
  /** Whether this person may write here (not a helper with read-only scope). */
  canWrite: boolean;
};

/**
 * The one way a screen writes: through a feature's `useX()` hook in its `api/` folder, built on
 * this. `lane` is the entity's lane, or how to find it from the payload (then a write needs no lane).
 * Owns the guards (signed in, an outbox, write access), the owner of the record (and, for a helper
 * acting for a client, `actorId`: no feature passes it), the full-disk message and the pending
 * overlay, so every write behaves the same.
 */
export function useOutboxWrite<P, R = unknown>(kind: OutboxKind<P, R>, lane?: string | ((payload: P) => string)): OutboxWrite<P> {
  const { t } = useTranslation(['sync', 'common']);
  const outbox = useOutbox();
  const { user } = useSession();
  const canWrite = useCanWrite();
  const actingFor = useActingFor();
  const { records } = useOutboxSnapshot();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(0);

  const save = useCallback(
    async (refusedId: string | null | undefined, input: OutboxWriteInput<P>): Promise<OutboxRecord<P> | null> => {
      if (!outbox || !user || !canWrite) return null;
      const target = input.lane ?? (typeof lane === 'function' ? lane(input.payload) : lane);
      if (!target) throw new TypeError(`useOutboxWrite(${kind.kind}): no lane`);
      inFlight.current += 1;
      setSaving(true);
      setError(null);
      try {
        // a helper acting for a client: the record says who acted (the session's helper)
        const actorId = actingFor ? user.id : undefined;
        const record = { lane: target, kind, payload: input.payload, baseVersion: input.baseVersion, ownerId: user.id, actorId };
        const saved = refusedId ? await outbox.replace(refusedId, record) : await outbox.enqueue(record);
        // What the screen does next (e.g. go to the next question) renders with the record in the
        // snapshot: without this wait a render could come first and lay nothing over the server's
        // older data (the questionnaire went back to a question just answered).
        await outbox.refresh();
        return saved;
      } catch (cause) {
        setError(isStorageFullError(cause) ? t('sync:page.fullDisk') : t('common:errors.server'));
        return null;
      } finally {
        inFlight.current -= 1;
        if (inFlight.current === 0) setSaving(false);
      }
    },
    [outbox, user, canWrite, actingFor, kind, lane, t],
  );

  const write = useCallback((input: OutboxWriteInput<P>) => save(null, input), [save]);
  const clearError = useCallback(() => setError(null), []);
  const pending = useMemo(
    () => records.filter((record) => record.kind === kind.kind && (typeof lane !== 'string' || record.lane === lane)) as OutboxRecord<P>[],
    [records, kind.kind, lane],
  );

  return { write, replace: save, pending, saving, error, clearError, canWrite };
}
