import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { coachNoteSchema, type CoachClient, type CoachNote, type CoachNoteInput } from '../schemas.ts';
import { clientIdOfCoachLane, coachKeys } from './keys.ts';

export const COACH_NOTE = 'coach.note';

export type NotePayload = { noteId: string; input: CoachNoteInput };

/** A coach-only note (id made on the device), through the outbox. */
export const addNoteKind = defineOutboxKind<NotePayload, CoachNote>({
  kind: COACH_NOTE,
  schemaVersion: 1,
  async send(record, { signal }) {
    const clientId = clientIdOfCoachLane(record.lane);
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
    const clientId = clientIdOfCoachLane(record.lane);
    queryClient.setQueryData<CoachClient>(coachKeys.client(clientId), (client) =>
      client && !client.notes.some((n) => n.id === result.data.id) ? { ...client, notes: [result.data, ...client.notes] } : client,
    );
  },
  invalidates: (record) => [coachKeys.timeline(clientIdOfCoachLane(record.lane))],
  onDiscarded(record) {
    void queryClient.invalidateQueries({ queryKey: coachKeys.client(clientIdOfCoachLane(record.lane)) });
  },
});
