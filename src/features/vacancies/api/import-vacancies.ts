import { apiPath } from '#src/shared/api/path.ts';
import { defineRequestKind, replaceWith } from '#src/shared/offline/request-kind.ts';
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
export const importVacanciesKind = defineRequestKind<ImportVacanciesPayload, VacancyImportReport>({
  kind: 'matching.import',
  schemaVersion: 1,
  request: ({ importId, input }) => ({ path: apiPath`/broker/vacancy-imports/${importId}`, body: input, schema: vacancyImportReportSchema }),
  version: () => 1,
  query: ({ importId }) => importReportKey(importId),
  merge: replaceWith,
  invalidates: () => [matchingKeys.brokerVacanciesAll()],
});

export function useImportVacancies() {
  return useOutboxWrite(importVacanciesKind, (payload) => vacancyImportLane(payload.importId));
}
