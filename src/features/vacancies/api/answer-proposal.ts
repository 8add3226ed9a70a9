import { apiRequest } from '#src/shared/api/client.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { ifMatchFor } from '#src/shared/offline/versions.ts';
import { proposalSchema, type Proposal, type ProposalAnswerInput } from '../matching/schemas.ts';
import { matchingKeys, proposalLane } from './matching-keys.ts';

export type AnswerProposalPayload = { clientId: string; proposalId: string; input: ProposalAnswerInput };

/** The client answers a proposal: interested, or not with a reason (versioned). */
export const answerProposalKind = defineOutboxKind<AnswerProposalPayload, Proposal>({
  kind: 'matching.answer',
  schemaVersion: 1,
  async send(record, { signal }) {
    const { clientId, proposalId, input } = record.payload;
    const { data } = await apiRequest({
      method: 'PUT',
      path: `/clients/${encodeURIComponent(clientId)}/proposals/${encodeURIComponent(proposalId)}/answer`,
      body: input,
      schema: proposalSchema,
      idempotencyKey: record.id,
      ifMatch: ifMatchFor(record),
      signal,
    });
    return { version: data.version, data };
  },
  invalidates: (record) => [matchingKeys.clientProposals(record.payload.clientId)],
});

export function useAnswerProposal() {
  return useOutboxWrite(answerProposalKind, (payload) => proposalLane(payload.proposalId));
}
