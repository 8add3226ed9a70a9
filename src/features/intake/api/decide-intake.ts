import { apiRequest } from '#src/shared/api/client.ts';
import { queryClient } from '#src/shared/api/query-client.ts';
import { sharedQueryKeys } from '#src/shared/api/query-keys.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { ifMatchFor } from '#src/shared/offline/versions.ts';
import { intakeOverviewSchema, type IntakeDecisionInput, type IntakeOverview } from '../schemas.ts';
import { intakeDecisionLane, intakeKeys } from './keys.ts';

export const INTAKE_DECIDE = 'intake.decide';

/** The coach confirms or changes the proposed line, with a reason (through the outbox). */
export type DecideIntakePayload = { clientId: string; input: IntakeDecisionInput };

export const decideIntakeKind = defineOutboxKind<DecideIntakePayload, IntakeOverview>({
  kind: INTAKE_DECIDE,
  // 2: the client id in the payload (version 1 was the input alone, the client id in the lane)
  schemaVersion: 2,
  migrate: (payload, _fromVersion, record) => ({ clientId: record.lane.slice(record.lane.indexOf(':') + 1), input: payload as IntakeDecisionInput }),
  async send(record, { signal }) {
    const { clientId, input } = record.payload;
    const { data } = await apiRequest({
      method: 'PUT',
      path: `/clients/${encodeURIComponent(clientId)}/intake/decision`,
      body: input,
      schema: intakeOverviewSchema,
      idempotencyKey: record.id,
      ifMatch: ifMatchFor(record, 'singleton'),
      signal,
    });
    return { version: data.submission?.version, data };
  },
  onSent(record, result) {
    queryClient.setQueryData(intakeKeys.overview(record.payload.clientId, 'entree'), result.data);
  },
  invalidates: () => [sharedQueryKeys.coach],
  onDiscarded(record) {
    void queryClient.invalidateQueries({ queryKey: intakeKeys.overview(record.payload.clientId, 'entree') });
  },
});

/** The coach confirms or changes the proposed line (made on the submission's version). */
export function useDecideIntake(clientId: string) {
  return useOutboxWrite(decideIntakeKind, intakeDecisionLane(clientId));
}
