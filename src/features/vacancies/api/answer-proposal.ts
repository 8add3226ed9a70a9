import { apiPath } from '#src/shared/api/path.ts';
import { defineRequestKind } from '#src/shared/offline/request-kind.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { proposalSchema, type Proposal, type ProposalAnswerInput } from '../matching/schemas.ts';
import { matchingKeys, proposalLane } from './matching-keys.ts';

export type AnswerProposalPayload = { clientId: string; proposalId: string; input: ProposalAnswerInput };

/** The client answers a proposal: interested, or not with a reason (versioned). */
export const answerProposalKind = defineRequestKind<AnswerProposalPayload, Proposal>({
  kind: 'matching.answer',
  schemaVersion: 1,
  request: ({ clientId, proposalId, input }) => ({ path: apiPath`/clients/${clientId}/proposals/${proposalId}/answer`, body: input, schema: proposalSchema }),
  ifMatch: 'entity',
  version: (proposal) => proposal.version,
  invalidates: (record) => [matchingKeys.clientProposals(record.payload.clientId)],
});

export function useAnswerProposal() {
  return useOutboxWrite(answerProposalKind, (payload) => proposalLane(payload.proposalId));
}
