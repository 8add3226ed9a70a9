/**
 * The mock backend's store, one import for handlers, hosts and tests:
 * - `db/records.ts`: the record schemas (the app's own schema where one exists);
 * - `db/table.ts`: the `Table` (a `Map` that checks every record) and `defineTable`;
 * - `db/tables.ts`: `tableDefs`, the one list of collections, and the store `db` built from it;
 * - `db/state.ts`: the whole state as data (`exportState`, the schema, `snapshotDb`);
 * - `db/persistence.ts`: memory or localStorage, `initDb` (each host calls it), `resetDb`, `saveDb`;
 * - `db/etag.ts`: versions as `ETag` and `If-Match`.
 * Importing it changes nothing: the store is empty until a host calls `initDb()`.
 */
export * from './db/records.ts';
export { Table, defineTable, type RecordSchema, type TableDef } from './db/table.ts';
export { anyTable, db, fileContents, logWrite, tableDefs, tableNames, type Db, type TableName } from './db/tables.ts';
export { DB_SCHEMA_VERSION, dbStateSchema, exportState, snapshotDb, type DbSnapshot, type DbState } from './db/state.ts';
export {
  initDb,
  localStoragePersistence,
  memoryPersistence,
  persistenceKind,
  resetDb,
  saveDb,
  syncFromPersistence,
  type PersistedEnvelope,
  type PersistenceAdapter,
} from './db/persistence.ts';
export { etagFor, parseIfMatch } from './db/etag.ts';
