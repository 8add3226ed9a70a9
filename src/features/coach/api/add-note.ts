import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { coachNoteSchema, type CoachClient, type CoachNote, type CoachNoteInput } from '../schemas.ts';
import { clientIdOfCoachLane, coachClientLane, coachKeys } from './keys.ts';

export const COACH_NOTE = 'coach.note';

export type NotePayload = { clientId: string; noteId: string; input: CoachNoteInput };

/** A coach-only note (id made on the device), through the outbox. */
export const addNoteKind = defineOutboxKind<NotePayload, CoachNote>({
  kind: COACH_NOTE,
  // 2: the client id is in the payload (version 1 records have it only in their lane)
  schemaVersion: 2,
  migrate: (payload, _fromVersion, record) => ({ ...(payload as Omit<NotePayload, 'clientId'>), clientId: clientIdOfCoachLane(record.lane) }),
  async send(record, { signal }) {
    const { clientId } = record.payload;
    const { data } = await apiRequest({
      method: 'PUT',
      path: `/clients/${encodeURIComponent(clientId)}/coach-notes/${encodeURIComponent(record.payload.noteId)}`,
      body: record.payload.input,
      schema: coachNoteSchema,
      idempotencyKey: record.id,
      signal,
    });
    return { data };
  },
  onSent(record, result) {
    const { clientId } = record.payload;
    queryClient.setQueryData<CoachClient>(coachKeys.client(clientId), (client) =>
      client && !client.notes.some((n) => n.id === result.data.id) ? { ...client, notes: [result.data, ...client.notes] } : client,
    );
  },
  invalidates: (record) => [coachKeys.timeline(record.payload.clientId)],
  onDiscarded(record) {
    void queryClient.invalidateQueries({ queryKey: coachKeys.client(record.payload.clientId) });
  },
});

/** A coach-only note about one client; `pending` are the notes not sent yet. */
export function useAddNote(clientId: string) {
  return useOutboxWrite(addNoteKind, coachClientLane(clientId));
}
