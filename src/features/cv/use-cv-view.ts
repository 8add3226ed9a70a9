import { useMemo } from 'react';
import { useSession } from '#src/shared/auth/use-session.ts';
import { useOutboxSnapshot, usePendingFor } from '#src/shared/offline/react.ts';
import type { OutboxRecord } from '#src/shared/offline/types.ts';
import { useCvProfile } from './api/get-cv-profile.ts';
import { useCvs } from './api/get-cvs.ts';
import { usePutCvProfile, type PutCvProfilePayload } from './api/put-cv-profile.ts';
import { CV_PUT, usePutCv, type PutCvPayload } from './api/put-cv.ts';
import { CV_DELETE, useDeleteCv, type DeleteCvPayload } from './api/delete-cv.ts';
import { cvProfileLane } from './api/keys.ts';
import type { Cv, CvInput, CvProfile, CvProfileInput } from './schemas.ts';
import { firstProblem, overlayList, pushTo, syncStateOf, type SyncState } from '#src/shared/offline/sync-state.ts';

export { newId } from '#src/shared/lib/ids.ts';

/** The master profile as this device knows it (server + newest unsent edit), and `save`. */
export function useCvProfileView() {
  const { user } = useSession();
  const clientId = user?.clientId ?? '';
  const query = useCvProfile(clientId);
  const pending = usePendingFor(cvProfileLane(clientId)) as OutboxRecord<PutCvProfilePayload>[];
  const latest = pending.at(-1);
  const server = query.data;
  const profile: (CvProfile & { sync: SyncState }) | undefined = server
    ? latest
      ? { ...server, ...latest.payload.input, sync: syncStateOf(pending) }
      : { ...server, sync: 'sent' }
    : undefined;
  const baseVersion = latest?.baseVersion ?? server?.version ?? 0;

  const { write } = usePutCvProfile(clientId);
  // not saved (not signed in, or the disk is full): the caller keeps the form, as before
  const save = async (change: Partial<CvProfileInput>) => {
    const input: CvProfileInput = {
      personalia: change.personalia ?? profile!.personalia,
      profileText: change.profileText ?? profile!.profileText,
      entries: change.entries ?? profile!.entries,
      customSections: change.customSections ?? profile!.customSections,
      kept: change.kept ?? profile!.kept,
    };
    if (!(await write({ payload: { clientId, input }, baseVersion }))) throw new Error('The CV profile was not saved on this device');
  };
  return { query, clientId, profile, save, problem: firstProblem(pending) };
}

export type CvView = Cv & { sync: SyncState; deleted: boolean };

/** Lays unsent CV writes over the server's list: a new CV shows at once, with whether it is sent. */
export function overlayCvs(list: readonly Cv[], records: readonly OutboxRecord[], clientId: string): CvView[] {
  const byCv = new Map<string, OutboxRecord[]>();
  for (const record of records) {
    if (record.kind !== CV_PUT && record.kind !== CV_DELETE) continue;
    const payload = record.payload as PutCvPayload | DeleteCvPayload;
    if (payload.clientId !== clientId) continue;
    pushTo(byCv, payload.cvId, record);
  }
  const view = (base: Cv | undefined, id: string): CvView | null => {
    const pending = byCv.get(id) ?? [];
    const latest = pending.at(-1);
    if (!latest) return base ? { ...base, sync: 'sent', deleted: false } : null;
    if (latest.kind === CV_DELETE) return null;
    const input = (latest.payload as PutCvPayload).input;
    return {
      ...input,
      id,
      clientId,
      // an unsent change keeps the server's version: the next edit is made on the same base
      version: base?.version ?? 0,
      createdAt: base?.createdAt ?? latest.createdAt,
      updatedAt: latest.createdAt,
      sync: syncStateOf(pending),
      deleted: false,
    };
  };
  return overlayList(list, byCv.keys(), view).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** The client's CVs with unsent writes laid over, and the writes themselves. */
export function useCvListView() {
  const { user } = useSession();
  const clientId = user?.clientId ?? '';
  const query = useCvs(clientId);
  const { records } = useOutboxSnapshot();
  const cvs = useMemo(() => overlayCvs(query.data?.cvs ?? [], records, clientId), [query.data, records, clientId]);

  const { write: writeCv } = usePutCv();
  const { write: writeDelete } = useDeleteCv();
  const saveCv = async (cvId: string, input: CvInput, baseVersion: number) => {
    if (!(await writeCv({ payload: { clientId, cvId, input }, baseVersion }))) throw new Error('The CV was not saved on this device');
  };
  const deleteCv = async (cvId: string, baseVersion: number) => {
    if (!(await writeDelete({ payload: { clientId, cvId }, baseVersion }))) throw new Error('The deletion was not saved on this device');
  };
  return { query, clientId, cvs, saveCv, deleteCv };
}
