import type { Answers } from './schemas.ts';

/** A zelfdoener's answers to the entree (for tests: each case changes what it needs). */
export const zelfdoenerAnswers: Answers = {
  lastWork: 'lt6m',
  experienceYears: 10,
  lastJob: 'Administratief medewerker',
  lastJobEnd: '2025-12-01',
  education: 'mbo2plus',
  dutchSpeaking: 4,
  dutchReading: 4,
  healthLimits: 'no',
  care: 'no',
  money: 'no',
  housing: 'own',
  transport: ['bike', 'publicTransport'],
  drivingLicence: 'yes',
  digital: ['email', 'searchJobs', 'apply', 'documents'],
  wantsWork: 5,
  searching: 'weekly',
  confidence: 4,
  expectation: 'm3',
  strengths: ['teamwork', 'planning'],
  applyAlone: 4,
  interview: 3,
  contacts: 'many',
  toldOthers: 'yes',
  social: 'weekly',
  activities: ['none'],
  sectors: ['office'],
  desiredJob: null,
  hours: 32,
  startDate: { unknown: true },
  anythingElse: null,
};

/** Jayden's answers (23, no startkwalificatie): the proposal is klantondersteuning, school first. For the coach's decision tests. */
export const jaydenAnswers: Answers = {
  lastWork: 'lt6m', experienceYears: 2, lastJob: 'Vakkenvuller', lastJobEnd: '2025-12-01', education: 'vmbo', inSchool: 'no', wantsSchool: 'maybe',
  schoolObstacle: null, dutchSpeaking: 4, dutchReading: 3, healthLimits: 'no', care: 'no', money: 'some', debtHelp: 'no', housing: 'own',
  transport: ['scooter'], drivingLicence: 'no', digital: ['email'], wantsWork: 4, searching: 'once', confidence: 3, expectation: 'm6',
  strengths: ['handsOn'], applyAlone: 2, interview: 2, contacts: 'few', toldOthers: 'yes', social: 'daily', activities: ['club'],
  sectors: ['logistics'], desiredJob: null, hours: 24, startDate: { unknown: true }, anythingElse: null,
};
