import { z } from 'zod';
import { profileSchema } from '#src/features/profile/schemas.ts';
import { helperScopeSchema } from '#src/features/home/schemas.ts';
import { userSchema } from '#src/shared/auth/schemas.ts';
import { intakeDefinitionSchema } from '#src/features/intake/definition/schemas.ts';
import { intakeDraftInputSchema, intakeSubmissionSchema, questionnaireIdSchema, questionnaireRequestSchema } from '#src/features/intake/schemas.ts';
import { activitySchema, normSchema, submissionSchema } from '#src/features/work-folder/schemas.ts';
import { fileUploadInputSchema } from '#src/shared/files/schemas.ts';
import { absenceSchema, messageSchema } from '#src/features/messages/schemas.ts';
import { taskSchema } from '#src/features/tasks/schemas.ts';
import { coachNoteSchema, reviewSchema } from '#src/features/coach/schemas.ts';
import { cvProfileSchema, cvSchema } from '#src/features/cv/schemas.ts';
import { accessEntrySchema, itemSchema as portfolioItemSchema, shareSchema as portfolioShareSchema } from '#src/features/portfolio/schemas.ts';
import { accessLogEntrySchema, changeLogEntrySchema } from '#src/features/my-data/schemas.ts';
import { idSchema, isoDateSchema, isoDateTimeSchema, serviceLineSchema } from '#src/shared/lib/domain.ts';
import { nowIso } from './clock.ts';
import { buildSeed } from './seed.ts';
import { resetSwitches } from './switches.ts';

/**
 * The mock backend's store: one `Map` per collection, every record checked with
 * a zod schema on write (the app's own schema where one exists), a deterministic
 * seed, and a persistence adapter (memory in Node, write-through to localStorage
 * in the browser).
 */

// ---------------------------------------------------------------------------
// Record schemas
// ---------------------------------------------------------------------------

/** A person who can sign in on the mock DigiD screen (the app's user + a persona description). */
export const userRecordSchema = userSchema.extend({ description: z.string().min(1) });
export type UserRecord = z.infer<typeof userRecordSchema>;

/** The municipality's record of a werkzoekende. The BSN never leaves the mock. */
export const clientRecordSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  bsn: z.string().regex(/^\d{9}$/),
  birthDate: isoDateSchema,
  town: z.string(),
  /** BCP 47 code of the first language, e.g. `nl`, `ar`. */
  firstLanguage: z.string().min(2),
  hasStartkwalificatie: z.boolean(),
  previousWork: z.string().nullable(),
  coachId: idSchema.nullable(),
  serviceLine: serviceLineSchema.nullable(),
  /** Date of the aanvraag as registered by the municipality (the profile's own date wins when set). */
  benefitApplicationDate: isoDateSchema.nullable(),
  lastActivityAt: isoDateTimeSchema.nullable(),
});
export type ClientRecord = z.infer<typeof clientRecordSchema>;

export const profileRecordSchema = profileSchema;
export type ProfileRecord = z.infer<typeof profileRecordSchema>;

export const sessionRecordSchema = z.object({
  token: z.string().min(20),
  userId: idSchema,
  createdAt: isoDateTimeSchema,
  expiresAt: isoDateTimeSchema,
  publicComputer: z.boolean(),
  /** A helper's acting context: the client they act for now (null: not acting). */
  actingForClientId: idSchema.nullable().default(null),
});
export type SessionRecord = z.infer<typeof sessionRecordSchema>;

/** A client's machtiging for a STIP helper. */
export const authorisationRecordSchema = z.object({
  id: idSchema,
  helperId: idSchema,
  clientId: idSchema,
  scope: helperScopeSchema,
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
  withdrawnAt: isoDateTimeSchema.nullable(),
});
export type AuthorisationRecord = z.infer<typeof authorisationRecordSchema>;

/** A published questionnaire version (kept for ever: submissions keep the version they were given under). */
export const intakeDefinitionRecordSchema = intakeDefinitionSchema;
export type IntakeDefinitionRecord = z.infer<typeof intakeDefinitionRecordSchema>;
export const definitionKey = (id: string, version: number) => `${id}:${version}`;
/** The entreevragenlijst's draft keeps the client id as its key; others are `{questionnaireId}:{clientId}`. */
export const intakeDraftKey = (clientId: string, questionnaireId: string | undefined) =>
  questionnaireId === undefined || questionnaireId === 'entree' ? clientId : `${questionnaireId}:${clientId}`;

/** A client's unfinished questionnaire (one per client and questionnaire; no questionnaireId: the entreevragenlijst). */
export const intakeDraftRecordSchema = intakeDraftInputSchema.extend({
  clientId: idSchema,
  questionnaireId: questionnaireIdSchema.optional(),
  version: z.number().int().positive(),
  updatedAt: isoDateTimeSchema,
});
export type IntakeDraftRecord = z.infer<typeof intakeDraftRecordSchema>;

export const intakeSubmissionRecordSchema = intakeSubmissionSchema;
export type IntakeSubmissionRecord = z.infer<typeof intakeSubmissionRecordSchema>;

/** A coach's request to fill in a questionnaire (one per client and questionnaire). */
export const questionnaireRequestRecordSchema = questionnaireRequestSchema;
export type QuestionnaireRequestRecord = z.infer<typeof questionnaireRequestRecordSchema>;

/** A sollicitatieactiviteit with its versions, hand-in lock and feedback (werkmap). */
export const activityRecordSchema = activitySchema;
export type ActivityRecord = z.infer<typeof activityRecordSchema>;

/** A client's own norm, set by the coach (absent: the configuration's default from the aanvraag). */
export const normRecordSchema = normSchema.extend({ clientId: idSchema });
export type NormRecord = z.infer<typeof normRecordSchema>;

/** A hand-in ("indienen") of a period's activities. */
export const submissionRecordSchema = submissionSchema;
export type SubmissionRecord = z.infer<typeof submissionRecordSchema>;

/**
 * A chunked file upload (proof, attachment, portfolio product), kept when complete so a late
 * resend is answered. `owner` names what the file belongs to, e.g. `activity:<id>`.
 */
export const fileUploadRecordSchema = fileUploadInputSchema.extend({
  key: z.string().min(3),
  id: idSchema,
  clientId: idSchema,
  owner: z.string().regex(/^[a-zA-Z]+:[A-Za-z0-9_-]+$/),
  /** base64 chunks by index, until complete (the content then moves to `fileContents`). */
  received: z.record(z.string(), z.string()),
  /** SHA-256 (hex) of each chunk's bytes by index, kept after completion: a resend must be byte-identical. */
  chunkHashes: z.record(z.string(), z.string()).optional(),
  complete: z.boolean(),
});
export type FileUploadRecord = z.infer<typeof fileUploadRecordSchema>;

/** Every change to a client's data: who made it, in which role, and for whom (issue 8). */
export const changeLogRecordSchema = changeLogEntrySchema;
export type ChangeLogRecord = z.infer<typeof changeLogRecordSchema>;

/** Every read of a client's data by someone else (coach, helper): shown under "Mijn gegevens". */
export const accessLogRecordSchema = accessLogEntrySchema;
export type AccessLogRecord = z.infer<typeof accessLogRecordSchema>;

/** A message between a client and their coach (messages feature). */
export const messageRecordSchema = messageSchema;
export type MessageRecord = z.infer<typeof messageRecordSchema>;

/** A task or agreement in the client's werkplan (tasks feature). */
export const taskRecordSchema = taskSchema;
export type TaskRecord = z.infer<typeof taskRecordSchema>;

/** A coach-only note on a client (coach workspace; never shown to the client). */
export const coachNoteRecordSchema = coachNoteSchema;
export type CoachNoteRecord = z.infer<typeof coachNoteRecordSchema>;

/** A three-month review of a zelfdoener (coach workspace). */
export const reviewRecordSchema = reviewSchema;
export type ReviewRecord = z.infer<typeof reviewRecordSchema>;

/** A client's master CV profile (cv feature). */
export const cvProfileRecordSchema = cvProfileSchema;
export type CvProfileRecord = z.infer<typeof cvProfileRecordSchema>;

/** One of a client's CVs (cv feature). */
export const cvRecordSchema = cvSchema;
export type CvRecord = z.infer<typeof cvRecordSchema>;
/** A coach's time away; `coveredBy` answers their clients' messages meanwhile (messages feature). */
export const absenceRecordSchema = absenceSchema;
export type AbsenceRecord = z.infer<typeof absenceRecordSchema>;
/** The e-portfolio: the client's items, their shares (coach or link) and the access log. */
export const portfolioItemRecordSchema = portfolioItemSchema;
export type PortfolioItemRecord = z.infer<typeof portfolioItemRecordSchema>;
export const portfolioShareRecordSchema = portfolioShareSchema;
export type PortfolioShareRecord = z.infer<typeof portfolioShareRecordSchema>;
export const portfolioAccessRecordSchema = accessEntrySchema;
export type PortfolioAccessRecord = z.infer<typeof portfolioAccessRecordSchema>;

export const storedResponseSchema = z.object({
  status: z.number().int(),
  headers: z.record(z.string(), z.string()),
  body: z.string(),
});
export type StoredResponse = z.infer<typeof storedResponseSchema>;

export const idempotencyRecordSchema = z.object({
  /** `userId:key` — keys are scoped per user. */
  scopedKey: z.string().min(3),
  userId: idSchema,
  key: z.string().min(1),
  /** Hash of method + path + canonical JSON body. */
  fingerprint: z.string().min(1),
  state: z.enum(['in-progress', 'done']),
  startedAt: isoDateTimeSchema,
  completedAt: isoDateTimeSchema.nullable(),
  response: storedResponseSchema.nullable(),
});
export type IdempotencyRecord = z.infer<typeof idempotencyRecordSchema>;

/** One applied write, so tests can assert "exactly once, in order". */
export const writeLogEntrySchema = z.object({
  seq: z.number().int().positive(),
  at: isoDateTimeSchema,
  /** e.g. `profile:client-anna`. */
  resource: z.string().min(1),
  method: z.enum(['POST', 'PUT', 'PATCH', 'DELETE']),
  path: z.string(),
  idempotencyKey: z.string().nullable(),
  userId: idSchema,
  /** The resource's version after the write, when it has one. */
  version: z.number().int().nullable(),
});
export type WriteLogEntry = z.infer<typeof writeLogEntrySchema>;

// ---------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------

/** A `Map` that checks every record it stores against its schema. */
export class Table<S extends z.ZodType<Record<string, unknown>>> extends Map<string, z.output<S>> {
  readonly tableName: string;
  readonly schema: S;
  readonly keyOf: (record: z.output<S>) => string;

  constructor(tableName: string, schema: S, keyOf: (record: z.output<S>) => string) {
    super();
    this.tableName = tableName;
    this.schema = schema;
    this.keyOf = keyOf;
  }

  override set(key: string, value: z.output<S>): this {
    const parsed = this.schema.safeParse(value);
    if (!parsed.success) {
      // Field paths only: never the values (personal data).
      const paths = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)').join(', ');
      throw new Error(`[mock db] invalid ${this.tableName} record "${key}": ${paths}`);
    }
    if (this.keyOf(parsed.data) !== key) throw new Error(`[mock db] ${this.tableName} key mismatch for "${key}"`);
    return super.set(key, parsed.data);
  }

  /** Stores a record under its own key. */
  put(value: z.output<S>): z.output<S> {
    this.set(this.keyOf(value), value);
    return this.get(this.keyOf(value)) as z.output<S>;
  }

  list(): Array<z.output<S>> {
    return [...this.values()];
  }
}

/**
 * Every collection: its record schema and key. Adding a collection is one line
 * here (plus its record schema above); the state schema, export and import
 * follow from this list.
 */
export const tableDefs = {
  users: [userRecordSchema, (r: UserRecord) => r.id],
  clients: [clientRecordSchema, (r: ClientRecord) => r.id],
  profiles: [profileRecordSchema, (r: ProfileRecord) => r.clientId],
  sessions: [sessionRecordSchema, (r: SessionRecord) => r.token],
  authorisations: [authorisationRecordSchema, (r: AuthorisationRecord) => r.id],
  idempotency: [idempotencyRecordSchema, (r: IdempotencyRecord) => r.scopedKey],
  intakeDefinitions: [intakeDefinitionRecordSchema, (r: IntakeDefinitionRecord) => definitionKey(r.id, r.version)],
  intakeDrafts: [intakeDraftRecordSchema, (r: IntakeDraftRecord) => intakeDraftKey(r.clientId, r.questionnaireId)],
  intakeSubmissions: [intakeSubmissionRecordSchema, (r: IntakeSubmissionRecord) => r.id],
  questionnaireRequests: [questionnaireRequestRecordSchema, (r: QuestionnaireRequestRecord) => `${r.questionnaireId}:${r.clientId}`],
  activities: [activityRecordSchema, (r: ActivityRecord) => r.id],
  norms: [normRecordSchema, (r: NormRecord) => r.clientId],
  submissions: [submissionRecordSchema, (r: SubmissionRecord) => r.id],
  fileUploads: [fileUploadRecordSchema, (r: FileUploadRecord) => r.key],
  messages: [messageRecordSchema, (r: MessageRecord) => r.id],
  tasks: [taskRecordSchema, (r: TaskRecord) => r.id],
  coachNotes: [coachNoteRecordSchema, (r: CoachNoteRecord) => r.id],
  reviews: [reviewRecordSchema, (r: ReviewRecord) => r.id],
  cvProfiles: [cvProfileRecordSchema, (r: CvProfileRecord) => r.clientId],
  cvs: [cvRecordSchema, (r: CvRecord) => r.id],
  absences: [absenceRecordSchema, (r: AbsenceRecord) => r.coachId],
  portfolioItems: [portfolioItemRecordSchema, (r: PortfolioItemRecord) => r.id],
  portfolioShares: [portfolioShareRecordSchema, (r: PortfolioShareRecord) => r.id],
  portfolioAccess: [portfolioAccessRecordSchema, (r: PortfolioAccessRecord) => r.id],
  changeLog: [changeLogRecordSchema, (r: ChangeLogRecord) => r.id],
  accessLog: [accessLogRecordSchema, (r: AccessLogRecord) => r.id],
} as const;

type TableDefs = typeof tableDefs;
type TableName = keyof TableDefs;
type Tables = { [K in TableName]: Table<TableDefs[K][0]> };
const tableNames = Object.keys(tableDefs) as TableName[];

function createDb() {
  const tables = Object.fromEntries(
    tableNames.map((name) => {
      const [schema, keyOf] = tableDefs[name];
      return [name, new Table(name, schema as z.ZodType<Record<string, unknown>>, keyOf as (record: Record<string, unknown>) => string)];
    }),
  ) as unknown as Tables;
  return { ...tables, writeLog: [] as WriteLogEntry[] };
}

export const db = createDb();

/**
 * The content (base64) of complete uploads by upload key. Kept out of the store's state on
 * purpose: a browser demo persists the store in localStorage, which cannot hold files (after a
 * reload a demo file's content is gone; the e2e and test hosts never reload).
 */
export const fileContents = new Map<string, string>();
export type Db = typeof db;

/** Appends an applied write to the log (checked like any record). */
export function logWrite(entry: Omit<WriteLogEntry, 'seq' | 'at'>): WriteLogEntry {
  const last = db.writeLog.at(-1);
  const record = writeLogEntrySchema.parse({ ...entry, seq: (last?.seq ?? 0) + 1, at: nowIso() });
  db.writeLog.push(record);
  return record;
}

// ---------------------------------------------------------------------------
// Whole-state (de)serialisation
// ---------------------------------------------------------------------------

/** Bump when a record shape changes: stored browser state with another version is reseeded. */
export const DB_SCHEMA_VERSION = 6;

export const dbStateSchema = z.object({
  ...(Object.fromEntries(tableNames.map((name) => [name, z.array(tableDefs[name][0])])) as unknown as {
    [K in TableName]: z.ZodArray<TableDefs[K][0]>;
  }),
  writeLog: z.array(writeLogEntrySchema),
});
export type DbState = z.infer<typeof dbStateSchema>;

export function exportState(): DbState {
  const state = Object.fromEntries(tableNames.map((name) => [name, db[name].list()])) as unknown as Omit<DbState, 'writeLog'>;
  return { ...state, writeLog: [...db.writeLog] };
}

function importState(state: DbState): void {
  fileContents.clear();
  for (const name of tableNames) db[name].clear();
  db.writeLog.length = 0;
  for (const name of tableNames) {
    const table = db[name] as unknown as Table<z.ZodType<Record<string, unknown>>>;
    for (const record of state[name] as Array<Record<string, unknown>>) table.put(record);
  }
  for (const record of state.writeLog) db.writeLog.push(writeLogEntrySchema.parse(record));
}

/**
 * A JSON-able view of the whole store for tests and the e2e `/__mock/state`
 * endpoint. Session tokens and stored idempotent response bodies are left out.
 */
export function snapshotDb() {
  const state = exportState();
  return {
    schemaVersion: DB_SCHEMA_VERSION,
    users: state.users,
    clients: state.clients,
    profiles: state.profiles,
    sessions: state.sessions.map(({ token: _token, ...session }) => session),
    authorisations: state.authorisations,
    idempotency: state.idempotency.map(({ response, fingerprint: _fingerprint, ...record }) => ({
      ...record,
      responseStatus: response?.status ?? null,
    })),
    intakeDefinitions: state.intakeDefinitions.map((d) => ({ id: d.id, version: d.version, publishedAt: d.publishedAt })),
    intakeDrafts: state.intakeDrafts,
    intakeSubmissions: state.intakeSubmissions,
    questionnaireRequests: state.questionnaireRequests,
    activities: state.activities,
    norms: state.norms,
    submissions: state.submissions,
    fileUploads: state.fileUploads.map(({ received, ...upload }) => ({ ...upload, receivedChunks: Object.keys(received).length })),
    messages: state.messages,
    tasks: state.tasks,
    coachNotes: state.coachNotes,
    reviews: state.reviews,
    cvProfiles: state.cvProfiles,
    cvs: state.cvs,
    absences: state.absences,
    portfolioItems: state.portfolioItems,
    portfolioShares: state.portfolioShares.map(({ token, ...share }) => ({ ...share, hasToken: token !== null })),
    portfolioAccess: state.portfolioAccess,
    changeLog: state.changeLog,
    accessLog: state.accessLog,
    writeLog: state.writeLog,
  };
}
export type DbSnapshot = ReturnType<typeof snapshotDb>;

// ---------------------------------------------------------------------------
// Persistence
// ---------------------------------------------------------------------------

export type PersistenceAdapter = {
  readonly kind: 'memory' | 'localStorage';
  /** The stored envelope, or null when nothing is stored. */
  load(): unknown;
  save(envelope: PersistedEnvelope): void;
  clear(): void;
};

export type PersistedEnvelope = { schemaVersion: number; savedAt: string; revision: string; state: DbState };

const envelopeSchema = z.object({
  schemaVersion: z.literal(DB_SCHEMA_VERSION),
  savedAt: z.string(),
  revision: z.string().optional(),
  state: dbStateSchema,
});

/** Node (Vitest, the e2e HTTP server): nothing outlives the process. */
export function memoryPersistence(): PersistenceAdapter {
  return { kind: 'memory', load: () => null, save: () => {}, clear: () => {} };
}

/** Browser development: the whole store under one localStorage key. */
export function localStoragePersistence(storage: Storage, key = 'werkmap.mock-db'): PersistenceAdapter {
  let warned = false;
  return {
    kind: 'localStorage',
    load() {
      const raw = storage.getItem(key);
      if (raw === null) return null;
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        return null;
      }
    },
    save(envelope) {
      try {
        storage.setItem(key, JSON.stringify(envelope));
      } catch (error) {
        if (!warned) console.warn('[mock db] could not write to localStorage', (error as Error).name);
        warned = true;
      }
    },
    clear() {
      storage.removeItem(key);
    },
  };
}

let persistence: PersistenceAdapter = memoryPersistence();
/** The revision this store last wrote or loaded; another tab's save changes the stored one. */
let revision = '';

function newRevision(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Writes the current store through the persistence adapter (a no-op in memory). */
export function saveDb(): void {
  if (persistence.kind === 'memory') return;
  revision = newRevision();
  persistence.save({ schemaVersion: DB_SCHEMA_VERSION, savedAt: nowIso(), revision, state: exportState() });
}

/**
 * Picks up what another tab wrote since this store last saved or loaded, so
 * two tabs of the dev app do not overwrite each other's writes. Called before
 * every request; a no-op in memory.
 */
export function syncFromPersistence(): void {
  if (persistence.kind === 'memory') return;
  const raw = persistence.load() as { revision?: unknown } | null;
  if (!raw || raw.revision === revision) return;
  const stored = envelopeSchema.safeParse(raw);
  if (!stored.success) return;
  try {
    importState(stored.data.state);
    revision = stored.data.revision ?? '';
  } catch {
    // keep the in-memory state; the next save overwrites the broken one
  }
}

/**
 * Back to the deterministic seed (dates relative to today). Also resets the
 * failure switches, so one call (as in `test/setup.ts`) resets the whole mock.
 */
export function resetDb(): void {
  resetSwitches();
  importState(buildSeed());
  saveDb();
}

/**
 * Switches the persistence adapter and loads what it holds. Stored state with
 * another schema version, or that no longer passes the schemas, is replaced by
 * a fresh seed. Returns what happened.
 */
export function setPersistence(adapter: PersistenceAdapter): 'loaded' | 'seeded' {
  persistence = adapter;
  const stored = envelopeSchema.safeParse(adapter.load());
  if (stored.success) {
    try {
      importState(stored.data.state);
      revision = stored.data.revision ?? '';
      return 'loaded';
    } catch {
      // fall through to a reseed
    }
  }
  resetDb();
  return 'seeded';
}

export function persistenceKind(): PersistenceAdapter['kind'] {
  return persistence.kind;
}

// ---------------------------------------------------------------------------
// ETag / version helpers
// ---------------------------------------------------------------------------

/** The ETag of a versioned resource: the version as a quoted string, e.g. `"3"`. */
export function etagFor(version: number): string {
  return `"${version}"`;
}

/**
 * The version named by an `If-Match` header (`"3"`, `W/"3"`), `'*'` for any,
 * or `null` when absent. An unreadable value gives `NaN` (never matches).
 */
export function parseIfMatch(header: string | null): number | '*' | null {
  if (header === null || header.trim() === '') return null;
  const value = header.trim();
  if (value === '*') return '*';
  const match = /^(?:W\/)?"(\d+)"$/.exec(value);
  return match ? Number(match[1]) : Number.NaN;
}

resetDb();
