/** Query keys of the regisseur werk's screens and of a client's proposals (issue 19). */
export const matchingKeys = {
  all: ['matching'] as const,
  brokerVacancies: (mine: boolean, q: string) => [...matchingKeys.all, 'broker-vacancies', mine, q] as const,
  brokerVacanciesAll: () => [...matchingKeys.all, 'broker-vacancies'] as const,
  brokerVacancy: (vacancyId: string) => [...matchingKeys.all, 'broker-vacancy', vacancyId] as const,
  candidates: (vacancyId: string, rungs: readonly number[]) => [...matchingKeys.all, 'candidates', vacancyId, rungs.join(',')] as const,
  candidatesAll: (vacancyId: string) => [...matchingKeys.all, 'candidates', vacancyId] as const,
  vacancyProposals: (vacancyId: string) => [...matchingKeys.all, 'vacancy-proposals', vacancyId] as const,
  clientProposals: (clientId: string) => [...matchingKeys.all, 'client-proposals', clientId] as const,
  matchingStatus: (clientId: string) => [...matchingKeys.all, 'matching-status', clientId] as const,
};

/** One lane per vacancy the regisseur edits; one per proposal (create, answer, steps in order); one per import. */
export const brokerVacancyLane = (vacancyId: string) => `broker-vacancy:${vacancyId}`;
export const proposalLane = (proposalId: string) => `proposal:${proposalId}`;
export const vacancyImportLane = (importId: string) => `vacancy-import:${importId}`;
