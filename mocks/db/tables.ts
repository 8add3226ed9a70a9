import { nowIso } from '../clock.ts';
import {
  absenceRecordSchema,
  accessLogRecordSchema,
  activityRecordSchema,
  authorisationRecordSchema,
  changeLogRecordSchema,
  clientRecordSchema,
  coachNoteRecordSchema,
  cvProfileRecordSchema,
  cvRecordSchema,
  definitionKey,
  fileUploadRecordSchema,
  idempotencyRecordSchema,
  intakeDefinitionRecordSchema,
  intakeDraftKey,
  intakeDraftRecordSchema,
  intakeSubmissionRecordSchema,
  messageRecordSchema,
  normRecordSchema,
  portfolioAccessRecordSchema,
  portfolioItemRecordSchema,
  portfolioShareRecordSchema,
  profileRecordSchema,
  questionnaireRequestRecordSchema,
  reviewRecordSchema,
  sessionRecordSchema,
  submissionRecordSchema,
  taskRecordSchema,
  userRecordSchema,
  writeLogEntrySchema,
  courseRecordSchema,
  savedVacancyKey,
  savedVacancyRecordSchema,
  searchProfileRecordSchema,
  vacancyApplicationRecordSchema,
  vacancyRecordSchema,
  ladderRungRecordSchema,
  figuresViewRecordSchema,
  ladderRungChangeRecordSchema,
  intakeRuleDraftRecordSchema,
  intakeRuleLogRecordSchema,
  placementRecordSchema,
  vacancyAcquisitionRecordSchema,
  vacancyImportRecordSchema,
  vacancyProposalRecordSchema,
  notificationRecordSchema,
  notificationMarkRecordSchema,
  notificationSettingsRecordSchema,
  pushSubscriptionRecordSchema,
  type WriteLogEntry,
} from './records.ts';
import { defineTable, Table, type RecordSchema } from './table.ts';

/**
 * Every collection of the store, once: its record schema, key, what the snapshot shows and
 * whether it is exported. Adding a collection is one line here (plus its record schema in
 * records.ts); the store, the state schema, persistence, the snapshot, the export and the
 * deletion follow from this list.
 */
export const tableDefs = {
  users: defineTable(userRecordSchema, (r) => r.id),
  clients: defineTable(clientRecordSchema, (r) => r.id),
  profiles: defineTable(profileRecordSchema, (r) => r.clientId),
  // secrets and technical records: never exported; the snapshot leaves the token out
  sessions: defineTable(sessionRecordSchema, (r) => r.sid, { exported: false, snapshot: ({ sid: _sid, ...session }) => session }),
  authorisations: defineTable(authorisationRecordSchema, (r) => r.id),
  idempotency: defineTable(idempotencyRecordSchema, (r) => r.scopedKey, {
    exported: false,
    snapshot: ({ response, fingerprint: _fingerprint, ...record }) => ({ ...record, responseStatus: response?.status ?? null }),
  }),
  intakeDefinitions: defineTable(intakeDefinitionRecordSchema, (r) => definitionKey(r.id, r.version), {
    snapshot: (d) => ({ id: d.id, version: d.version, publishedAt: d.publishedAt }),
  }),
  intakeDrafts: defineTable(intakeDraftRecordSchema, (r) => intakeDraftKey(r.clientId, r.questionnaireId), { drafts: true }),
  intakeSubmissions: defineTable(intakeSubmissionRecordSchema, (r) => r.id),
  questionnaireRequests: defineTable(questionnaireRequestRecordSchema, (r) => `${r.questionnaireId}:${r.clientId}`),
  activities: defineTable(activityRecordSchema, (r) => r.id),
  norms: defineTable(normRecordSchema, (r) => r.clientId),
  submissions: defineTable(submissionRecordSchema, (r) => r.id),
  fileUploads: defineTable(fileUploadRecordSchema, (r) => r.key, {
    snapshot: ({ received, ...upload }) => ({ ...upload, receivedChunks: Object.keys(received).length }),
  }),
  messages: defineTable(messageRecordSchema, (r) => r.id),
  tasks: defineTable(taskRecordSchema, (r) => r.id),
  coachNotes: defineTable(coachNoteRecordSchema, (r) => r.id),
  reviews: defineTable(reviewRecordSchema, (r) => r.id),
  cvProfiles: defineTable(cvProfileRecordSchema, (r) => r.clientId),
  cvs: defineTable(cvRecordSchema, (r) => r.id),
  absences: defineTable(absenceRecordSchema, (r) => r.coachId),
  portfolioItems: defineTable(portfolioItemRecordSchema, (r) => r.id),
  portfolioShares: defineTable(portfolioShareRecordSchema, (r) => r.id, {
    snapshot: ({ token, ...share }) => ({ ...share, hasToken: token !== null }),
  }),
  portfolioAccess: defineTable(portfolioAccessRecordSchema, (r) => r.id),
  // vacancies and courses are the municipality's (no client owns one, so none is in a client's export); the snapshot stays small
  vacancies: defineTable(vacancyRecordSchema, (r) => r.id, {
    snapshot: (v) => ({ id: v.id, title: v.title, employer: v.hiringOrganization.name, status: v.status, version: v.version, datePosted: v.datePosted }),
  }),
  courses: defineTable(courseRecordSchema, (r) => r.id, { snapshot: (c) => ({ id: c.id, name: c.name, version: c.version }) }),
  searchProfiles: defineTable(searchProfileRecordSchema, (r) => r.clientId),
  savedVacancies: defineTable(savedVacancyRecordSchema, (r) => savedVacancyKey(r.clientId, r.vacancyId)),
  vacancyApplications: defineTable(vacancyApplicationRecordSchema, (r) => r.id),
  // the regisseur werk's matching (issue 19): rungs, proposals and placements are the client's; acquisitions and imports the municipality's (no client's export holds one)
  ladderRungs: defineTable(ladderRungRecordSchema, (r) => r.clientId),
  // issue 21: the coaches' rung changes (the client's); the beheerder's rule drafts and publish log (the municipality's)
  ladderRungChanges: defineTable(ladderRungChangeRecordSchema, (r) => r.id),
  intakeRuleDrafts: defineTable(intakeRuleDraftRecordSchema, (r) => r.id),
  intakeRuleLog: defineTable(intakeRuleLogRecordSchema, (r) => String(r.definitionVersion)),
  vacancyAcquisitions: defineTable(vacancyAcquisitionRecordSchema, (r) => r.vacancyId),
  vacancyImports: defineTable(vacancyImportRecordSchema, (r) => r.id, { snapshot: ({ entries, ...report }) => ({ ...report, entries: entries.length }) }),
  vacancyProposals: defineTable(vacancyProposalRecordSchema, (r) => r.id),
  placements: defineTable(placementRecordSchema, (r) => r.id),
  // Meldingen and push (issue 17): the notifications are the person's; markers and subscriptions are technical (the snapshot leaves the keys out)
  notifications: defineTable(notificationRecordSchema, (r) => r.id),
  notificationMarks: defineTable(notificationMarkRecordSchema, (r) => r.key, { exported: false }),
  notificationSettings: defineTable(notificationSettingsRecordSchema, (r) => r.userId),
  pushSubscriptions: defineTable(pushSubscriptionRecordSchema, (r) => r.id, {
    exported: false,
    snapshot: (s) => ({ id: s.id, userId: s.userId, createdAt: s.createdAt, endpointOrigin: new URL(s.endpoint).origin }),
  }),
  changeLog: defineTable(changeLogRecordSchema, (r) => r.id),
  accessLog: defineTable(accessLogRecordSchema, (r) => r.id),
  // who looked at which management figures (issue 21): the municipality's log, in no client's export
  figuresLog: defineTable(figuresViewRecordSchema, (r) => r.id, { exported: false }),
};

export type TableDefs = typeof tableDefs;
export type TableName = keyof TableDefs;
export type Tables = { [K in TableName]: Table<TableDefs[K]['schema']> };
export const tableNames = Object.keys(tableDefs) as TableName[];

function createDb() {
  const tables = Object.fromEntries(
    tableNames.map((name) => {
      const { schema, key } = tableDefs[name];
      return [name, new Table(name, schema as RecordSchema, key as (record: Record<string, unknown>) => string)];
    }),
  ) as unknown as Tables;
  return { ...tables, writeLog: [] as WriteLogEntry[] };
}

/** The store: one table per collection, and the log of applied writes. */
export const db = createDb();
export type Db = typeof db;

/** A table by name, as records of any shape (for code that walks every collection). */
export function anyTable(name: TableName): Table<RecordSchema> {
  return db[name] as unknown as Table<RecordSchema>;
}

/**
 * The content (base64) of complete uploads by upload key. Kept out of the store's state on
 * purpose: a browser demo persists the store in localStorage, which cannot hold files (after a
 * reload a demo file's content is gone; the e2e and test hosts never reload).
 */
export const fileContents = new Map<string, string>();

/** Appends an applied write to the log (checked like any record). */
export function logWrite(entry: Omit<WriteLogEntry, 'seq' | 'at'>): WriteLogEntry {
  const last = db.writeLog.at(-1);
  const record = writeLogEntrySchema.parse({ ...entry, seq: (last?.seq ?? 0) + 1, at: nowIso() });
  db.writeLog.push(record);
  return record;
}
