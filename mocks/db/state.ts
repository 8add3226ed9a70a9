import { z } from 'zod';
import { writeLogEntrySchema, type WriteLogEntry } from './records.ts';
import { anyTable, db, fileContents, tableDefs, tableNames, type TableDefs, type TableName } from './tables.ts';

/** The whole store as plain data: what persistence writes and loads, and what the seed builds. */

/** Bump when a record shape changes: stored browser state with another version is reseeded. */
export const DB_SCHEMA_VERSION = 9;

export const dbStateSchema = z.object({
  ...(Object.fromEntries(tableNames.map((name) => [name, z.array(tableDefs[name].schema)])) as unknown as {
    [K in TableName]: z.ZodArray<TableDefs[K]['schema']>;
  }),
  writeLog: z.array(writeLogEntrySchema),
});
export type DbState = z.infer<typeof dbStateSchema>;

export function exportState(): DbState {
  const state = Object.fromEntries(tableNames.map((name) => [name, db[name].list()])) as unknown as Omit<DbState, 'writeLog'>;
  return { ...state, writeLog: [...db.writeLog] };
}

let loaded = false;

/** Replaces the whole store (every record checked); file contents go with the old state. */
export function importState(state: DbState): void {
  fileContents.clear();
  for (const name of tableNames) anyTable(name).clear();
  db.writeLog.length = 0;
  for (const name of tableNames) {
    const table = anyTable(name);
    for (const record of state[name] as Array<Record<string, unknown>>) table.put(record);
  }
  for (const record of state.writeLog) db.writeLog.push(writeLogEntrySchema.parse(record));
  loaded = true;
}

/** Whether a state was loaded (seeded or from persistence) since the process started. */
export function isDbLoaded(): boolean {
  return loaded;
}

type SnapshotOf<K extends TableName> = ReturnType<TableDefs[K]['snapshot']>;
export type DbSnapshot = { schemaVersion: number } & { [K in TableName]: Array<SnapshotOf<K>> } & { writeLog: WriteLogEntry[] };

/**
 * A JSON-able view of the whole store for tests and the e2e `/__mock/state` endpoint: each
 * table as its definition's `snapshot` shows it (no session tokens, no stored idempotent
 * response bodies, no upload chunks).
 */
export function snapshotDb(): DbSnapshot {
  const tables = Object.fromEntries(
    tableNames.map((name) => {
      const { snapshot } = tableDefs[name] as unknown as { snapshot: (record: Record<string, unknown>) => unknown };
      return [name, anyTable(name).list().map(snapshot)];
    }),
  );
  return { schemaVersion: DB_SCHEMA_VERSION, ...tables, writeLog: [...db.writeLog] } as DbSnapshot;
}
