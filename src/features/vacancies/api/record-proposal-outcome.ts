import { apiRequest } from '#src/shared/api/client.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { ifMatchFor } from '#src/shared/offline/versions.ts';
import { proposalSchema, type Proposal, type ProposalOutcomeInput } from '../matching/schemas.ts';
import { matchingKeys, proposalLane } from './matching-keys.ts';

export type ProposalOutcomePayload = { proposalId: string; vacancyId: string; clientId: string; input: ProposalOutcomeInput };

/** The regisseur records gesprek, aangenomen or afgewezen (versioned). */
export const recordProposalOutcomeKind = defineOutboxKind<ProposalOutcomePayload, Proposal>({
  kind: 'matching.outcome',
  schemaVersion: 1,
  async send(record, { signal }) {
    const { data } = await apiRequest({
      method: 'PUT',
      path: `/broker/proposals/${encodeURIComponent(record.payload.proposalId)}/outcome`,
      body: record.payload.input,
      schema: proposalSchema,
      idempotencyKey: record.id,
      ifMatch: ifMatchFor(record),
      signal,
    });
    return { version: data.version, data };
  },
  invalidates: (record) => [matchingKeys.vacancyProposals(record.payload.vacancyId), matchingKeys.candidatesAll(record.payload.vacancyId)],
});

export function useRecordProposalOutcome() {
  return useOutboxWrite(recordProposalOutcomeKind, (payload) => proposalLane(payload.proposalId));
}
