import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { vacancyImportReportSchema, type VacancyImportInput, type VacancyImportReport } from '../matching/schemas.ts';
import { matchingKeys, vacancyImportLane } from './matching-keys.ts';

export type ImportVacanciesPayload = { importId: string; input: VacancyImportInput };

/** Where a finished import's report is kept for the screen (the answer of the server). */
export const importReportKey = (importId: string) => [...matchingKeys.all, 'import', importId] as const;

/**
 * The regisseur imports a JSON-LD file's JobPostings: one record with every entry; the server
 * checks each, stores all valid ones at once and answers a report per entry. A resend (same
 * import id) answers the same report and imports nothing twice.
 */
export const importVacanciesKind = defineOutboxKind<ImportVacanciesPayload, VacancyImportReport>({
  kind: 'matching.import',
  schemaVersion: 1,
  async send(record, { signal }) {
    const { data } = await apiRequest({
      method: 'PUT',
      path: `/broker/vacancy-imports/${encodeURIComponent(record.payload.importId)}`,
      body: record.payload.input,
      schema: vacancyImportReportSchema,
      idempotencyKey: record.id,
      signal,
    });
    return { version: 1, data };
  },
  onSent(record, result) {
    queryClient.setQueryData(importReportKey(record.payload.importId), result.data);
  },
  invalidates: () => [matchingKeys.brokerVacanciesAll()],
});

export function useImportVacancies() {
  return useOutboxWrite(importVacanciesKind, (payload) => vacancyImportLane(payload.importId));
}
