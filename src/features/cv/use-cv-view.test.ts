import { describe, expect, it } from 'vitest';
import type { OutboxRecord, OutboxStatus } from '#src/shared/offline/types.ts';
import { CV_DELETE, type DeleteCvPayload } from './api/delete-cv.ts';
import { CV_PUT, type PutCvPayload } from './api/put-cv.ts';
import type { Cv, CvInput } from './schemas.ts';
import { overlayCvs } from './use-cv-view.ts';

const input = (title: string): CvInput => ({ title, templateId: 'klassiek', language: 'nl', sharedWithCoach: false, profileText: null, items: [] });
const cv = (id: string, title: string, updatedAt: string): Cv => ({ ...input(title), id, clientId: 'client-anna', version: 3, createdAt: '2026-01-01T10:00:00.000Z', updatedAt });

let seq = 0;
function record<P>(kind: string, payload: P, createdAt: string, status: OutboxStatus = 'pending'): OutboxRecord<P> {
  seq++;
  return { seq, id: `r${seq}`, ownerId: 'u', lane: 'cv:x', kind, schemaVersion: 1, payload, createdAt, attempts: 0, nextAttemptAt: 0, status };
}
const put = (cvId: string, title: string, createdAt: string, status?: OutboxStatus, clientId = 'client-anna') =>
  record<PutCvPayload>(CV_PUT, { clientId, cvId, input: input(title) }, createdAt, status);
const remove = (cvId: string, createdAt: string) => record<DeleteCvPayload>(CV_DELETE, { clientId: 'client-anna', cvId }, createdAt);

describe('overlayCvs: unsent CV writes over the server list', () => {
  const server = [cv('cv-1', 'Horeca', '2026-02-01T10:00:00.000Z'), cv('cv-2', 'Winkel', '2026-02-05T10:00:00.000Z')];

  it('shows the server list, newest first, as sent', () => {
    expect(overlayCvs(server, [], 'client-anna').map((c) => [c.id, c.sync, c.deleted])).toEqual([
      ['cv-2', 'sent', false],
      ['cv-1', 'sent', false],
    ]);
  });

  it('shows a new CV at once and the newest unsent edit of a known one, keeping the server version as the base', () => {
    const view = overlayCvs(server, [put('cv-1', 'Horeca 1', '2026-03-01T10:00:00.000Z'), put('cv-1', 'Horeca 2', '2026-03-02T10:00:00.000Z'), put('cv-new', 'Zorg', '2026-03-03T10:00:00.000Z')], 'client-anna');
    expect(view.map((c) => [c.id, c.title, c.sync])).toEqual([
      ['cv-new', 'Zorg', 'pending'],
      ['cv-1', 'Horeca 2', 'pending'],
      ['cv-2', 'Winkel', 'sent'],
    ]);
    expect(view.find((c) => c.id === 'cv-1')).toMatchObject({ version: 3, createdAt: '2026-01-01T10:00:00.000Z' });
    expect(view.find((c) => c.id === 'cv-new')).toMatchObject({ version: 0, clientId: 'client-anna', createdAt: '2026-03-03T10:00:00.000Z' });
  });

  it('hides a CV whose delete waits, and says "problem" when one of its writes was refused', () => {
    const view = overlayCvs(server, [remove('cv-2', '2026-03-01T10:00:00.000Z'), put('cv-1', 'Fout', '2026-03-01T11:00:00.000Z', 'rejected'), put('cv-1', 'Goed', '2026-03-01T12:00:00.000Z')], 'client-anna');
    expect(view.map((c) => [c.id, c.title, c.sync])).toEqual([['cv-1', 'Goed', 'problem']]);
  });

  it('ignores writes for another client and other kinds', () => {
    const other = put('cv-9', 'Van Henk', '2026-03-01T10:00:00.000Z', 'pending', 'client-henk');
    const note = record('note.add', { clientId: 'client-anna', cvId: 'cv-1' }, '2026-03-01T10:00:00.000Z');
    expect(overlayCvs(server, [other, note], 'client-anna').map((c) => c.id)).toEqual(['cv-2', 'cv-1']);
  });
});
