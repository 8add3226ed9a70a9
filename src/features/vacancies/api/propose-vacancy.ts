import { apiRequest } from '#src/shared/api/client.ts';
import { defineOutboxKind } from '#src/shared/offline/kinds.ts';
import { useOutboxWrite } from '#src/shared/offline/use-outbox-write.ts';
import { proposalSchema, type Proposal, type ProposalInput } from '../matching/schemas.ts';
import { matchingKeys, proposalLane } from './matching-keys.ts';

export type ProposeVacancyPayload = { proposalId: string; input: ProposalInput };

/** The regisseur proposes a vacancy to one client (one record per client; the id made on the device). */
export const proposeVacancyKind = defineOutboxKind<ProposeVacancyPayload, Proposal>({
  kind: 'matching.propose',
  schemaVersion: 1,
  async send(record, { signal }) {
    const { data } = await apiRequest({
      method: 'PUT',
      path: `/broker/proposals/${encodeURIComponent(record.payload.proposalId)}`,
      body: record.payload.input,
      schema: proposalSchema,
      idempotencyKey: record.id,
      signal,
    });
    return { version: data.version, data };
  },
  invalidates: (record) => [
    matchingKeys.vacancyProposals(record.payload.input.vacancyId),
    matchingKeys.candidatesAll(record.payload.input.vacancyId),
    matchingKeys.brokerVacanciesAll(),
  ],
});

export function useProposeVacancy() {
  return useOutboxWrite(proposeVacancyKind, (payload) => proposalLane(payload.proposalId));
}
