import type { z } from 'zod';

/** The schema of a stored record: an object. */
export type RecordSchema = z.ZodType<Record<string, unknown>>;

/** A `Map` that checks every record it stores against its schema. */
export class Table<S extends RecordSchema> extends Map<string, z.output<S>> {
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

/** One collection of the store: everything the store, its snapshot, the export and the deletion need to know. */
export type TableDef<S extends RecordSchema = RecordSchema, P = z.output<S>> = {
  schema: S;
  key: (record: z.output<S>) => string;
  /** What `snapshotDb()` (tests, `GET /__mock/state`) shows of a record: secrets and bulky content left out. */
  snapshot: (record: z.output<S>) => P;
  /** Whether its records of a client are in that client's export (`GET /api/me/export`). */
  exported: boolean;
  /** Drafts: the client's records go at once when they ask to delete their data (`DELETE /api/me/data`). */
  drafts: boolean;
};

/**
 * A collection's definition: its record schema and key; by default the snapshot shows whole
 * records, the export includes the client's records and they are not drafts.
 */
export function defineTable<S extends RecordSchema, P = z.output<S>>(
  schema: S,
  key: (record: z.output<S>) => string,
  options: { snapshot?: (record: z.output<S>) => P; exported?: boolean; drafts?: boolean } = {},
): TableDef<S, P> {
  return {
    schema,
    key,
    snapshot: options.snapshot ?? ((record) => record as P),
    exported: options.exported ?? true,
    drafts: options.drafts ?? false,
  };
}
