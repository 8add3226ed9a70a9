import { apiPath } from '#src/shared/api/path.ts';
import { defineRequestKind } from '#src/shared/offline/request-kind.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { proposalSchema, type Proposal, type ProposalOutcomeInput } from '../matching/schemas.ts';
import { matchingKeys, proposalLane } from './matching-keys.ts';

export type ProposalOutcomePayload = { proposalId: string; vacancyId: string; clientId: string; input: ProposalOutcomeInput };

/** The regisseur records gesprek, aangenomen or afgewezen (versioned). */
export const recordProposalOutcomeKind = defineRequestKind<ProposalOutcomePayload, Proposal>({
  kind: 'matching.outcome',
  schemaVersion: 1,
  request: ({ proposalId, input }) => ({ path: apiPath`/broker/proposals/${proposalId}/outcome`, body: input, schema: proposalSchema }),
  ifMatch: 'entity',
  version: (proposal) => proposal.version,
  invalidates: (record) => [matchingKeys.vacancyProposals(record.payload.vacancyId), matchingKeys.candidatesAll(record.payload.vacancyId)],
});

export function useRecordProposalOutcome() {
  return useOutboxWrite(recordProposalOutcomeKind, (payload) => proposalLane(payload.proposalId));
}
