export const vacancyKeys = {
  all: ['vacancies'] as const,
  offlineSet: (clientId: string) => [...vacancyKeys.all, 'offline-set', clientId] as const,
  vacancy: (vacancyId: string) => [...vacancyKeys.all, 'vacancy', vacancyId] as const,
  courses: () => [...vacancyKeys.all, 'courses'] as const,
  searchProfile: (clientId: string) => [...vacancyKeys.all, 'search-profile', clientId] as const,
  history: (clientId: string) => [...vacancyKeys.all, 'history', clientId] as const,
  ownPortfolio: (clientId: string) => [...vacancyKeys.all, 'own-portfolio', clientId] as const,
  intakeWorkAnswers: (clientId: string) => [...vacancyKeys.all, 'intake-work', clientId] as const,
  cvSkills: (clientId: string) => [...vacancyKeys.all, 'cv-skills', clientId] as const,
};

/** The zoekprofiel: one lane per client (edits in order). */
export const searchProfileLane = (clientId: string) => `search-profile:${clientId}`;
/** Saving and unsaving one vacancy, in order. */
export const savedVacancyLane = (vacancyId: string) => `saved-vacancy:${vacancyId}`;
/** Applying to one vacancy. */
export const applicationLane = (vacancyId: string) => `vacancy-application:${vacancyId}`;
