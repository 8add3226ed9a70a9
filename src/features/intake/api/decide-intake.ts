import { sharedQueryKeys } from '#src/shared/api/query-keys.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { intakeOverviewSchema, type IntakeDecisionInput, type IntakeOverview } from '../schemas.ts';
import { intakeDecisionLane, intakeKeys } from './keys.ts';
import { defineRequestKind, replaceWith } from '#src/shared/offline/request-kind.ts';
import { apiPath } from '#src/shared/api/path.ts';

export const INTAKE_DECIDE = 'intake.decide';

/** The coach confirms or changes the proposed line, with a reason (through the outbox). */
export type DecideIntakePayload = { clientId: string; input: IntakeDecisionInput };

export const decideIntakeKind = defineRequestKind<DecideIntakePayload, IntakeOverview>({
  kind: INTAKE_DECIDE,
  // 2: the client id in the payload (version 1 was the input alone, the client id in the lane)
  schemaVersion: 2,
  migrate: (payload, _fromVersion, record) => ({ clientId: record.lane.slice(record.lane.indexOf(':') + 1), input: payload as IntakeDecisionInput }),
  request: ({ clientId, input }) => ({ path: apiPath`/clients/${clientId}/intake/decision`, body: input, schema: intakeOverviewSchema }),
  ifMatch: 'singleton',
  version: (overview) => overview.submission?.version,
  query: ({ clientId }) => intakeKeys.overview(clientId, 'entree'),
  merge: replaceWith,
  invalidates: () => [sharedQueryKeys.coach],
});

/** The coach confirms or changes the proposed line (made on the submission's version). */
export function useDecideIntake(clientId: string) {
  return useOutboxWrite(decideIntakeKind, intakeDecisionLane(clientId));
}
