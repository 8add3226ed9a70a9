import { apiPath } from '#src/shared/api/path.ts';
import { defineRequestKind } from '#src/shared/offline/request-kind.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { proposalSchema, type Proposal, type ProposalInput } from '../matching/schemas.ts';
import { matchingKeys, proposalLane } from './matching-keys.ts';

export type ProposeVacancyPayload = { proposalId: string; input: ProposalInput };

/** The regisseur proposes a vacancy to one client (one record per client; the id made on the device). */
export const proposeVacancyKind = defineRequestKind<ProposeVacancyPayload, Proposal>({
  kind: 'matching.propose',
  schemaVersion: 1,
  request: ({ proposalId, input }) => ({ path: apiPath`/broker/proposals/${proposalId}`, body: input, schema: proposalSchema }),
  version: (proposal) => proposal.version,
  invalidates: (record) => [
    matchingKeys.vacancyProposals(record.payload.input.vacancyId),
    matchingKeys.candidatesAll(record.payload.input.vacancyId),
    matchingKeys.brokerVacanciesAll(),
  ],
});

export function useProposeVacancy() {
  return useOutboxWrite(proposeVacancyKind, (payload) => proposalLane(payload.proposalId));
}
