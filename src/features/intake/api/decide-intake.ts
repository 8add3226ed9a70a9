import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { sharedQueryKeys } from '#src/shared/api/query-keys.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { ifMatchFor } from '#src/shared/offline/versions.ts';
import { intakeOverviewSchema, type IntakeDecisionInput, type IntakeOverview } from '../schemas.ts';
import { clientIdOfLane, intakeDecisionLane, intakeKeys } from './keys.ts';

export const INTAKE_DECIDE = 'intake.decide';

/** The coach confirms or changes the proposed line, with a reason (through the outbox). */
export const decideIntakeKind = defineOutboxKind<IntakeDecisionInput, IntakeOverview>({
  kind: INTAKE_DECIDE,
  schemaVersion: 1,
  async send(record, { signal }) {
    const clientId = clientIdOfLane(record.lane);
    const { data } = await apiRequest({
      method: 'PUT',
      path: `/clients/${encodeURIComponent(clientId)}/intake/decision`,
      body: record.payload,
      schema: intakeOverviewSchema,
      idempotencyKey: record.id,
      ifMatch: ifMatchFor(record, 'singleton'),
      signal,
    });
    return { version: data.submission?.version, data };
  },
  onSent(record, result) {
    const clientId = clientIdOfLane(record.lane);
    queryClient.setQueryData(intakeKeys.overview(clientId, 'entree'), result.data);
  },
  invalidates: () => [sharedQueryKeys.coach],
  onDiscarded(record) {
    void queryClient.invalidateQueries({ queryKey: intakeKeys.overview(clientIdOfLane(record.lane), 'entree') });
  },
});

/** The coach confirms or changes the proposed line (made on the submission's version). */
export function useDecideIntake(clientId: string) {
  return useOutboxWrite(decideIntakeKind, intakeDecisionLane(clientId));
}
