import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { coachNoteSchema, type CoachClient, type CoachNote, type CoachNoteInput } from '../schemas.ts';
import { clientIdOfCoachLane, coachClientLane, coachKeys } from './keys.ts';
import { defineRequestKind } from '#src/shared/offline/request-kind.ts';
import { apiPath } from '#src/shared/api/path.ts';

export const COACH_NOTE = 'coach.note';

export type NotePayload = { clientId: string; noteId: string; input: CoachNoteInput };

/** A coach-only note (id made on the device), through the outbox. */
export const addNoteKind = defineRequestKind<NotePayload, CoachNote, CoachClient>({
  kind: COACH_NOTE,
  // 2: the client id is in the payload (version 1 records have it only in their lane)
  schemaVersion: 2,
  migrate: (payload, _fromVersion, record) => ({ ...(payload as Omit<NotePayload, 'clientId'>), clientId: clientIdOfCoachLane(record.lane) }),
  request: ({ clientId, noteId, input }) => ({ path: apiPath`/clients/${clientId}/coach-notes/${noteId}`, body: input, schema: coachNoteSchema }),
  query: ({ clientId }) => coachKeys.client(clientId),
  merge: (client, note) => (client && !client.notes.some((n) => n.id === note.id) ? { ...client, notes: [note, ...client.notes] } : client),
  invalidates: (record) => [coachKeys.timeline(record.payload.clientId)],
});

/** A coach-only note about one client; `pending` are the notes not sent yet. */
export function useAddNote(clientId: string) {
  return useOutboxWrite(addNoteKind, coachClientLane(clientId));
}
