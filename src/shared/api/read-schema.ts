import { z } from 'zod';

/**
 * A cheaper schema for reading a big answer (thousands of rows): the same shape (objects with the
 * same keys, arrays, null and optional where the contract allows them, enums, literals), with the
 * types of the values checked but not their refinements (string formats and patterns, lengths,
 * grapheme maximums, trimming, number ranges). What the server sends was checked against the contract
 * when it was written and answered (the mock validates every answer; the contract test checks them
 * against docs/openapi.json), so the device only needs to know that it can read it: an answer of
 * another shape is still refused ("invalid-response"). Writes keep the full schemas.
 *
 * Anything else (a union, a transform, a default, a record, a lazy schema) is kept as it is.
 */
export function readSchema<S extends z.ZodType>(schema: S): z.ZodType<z.output<S>> {
  // A reader made once from the schema, plain JavaScript per value: zod itself (without its JIT,
  // which a strict CSP forbids) spent ~100–400 ms on a werkmap of 10,000 activities (issue 15)
  const read = readerOf(schema);
  return z.unknown().transform((value, ctx) => {
    try {
      return read(value);
    } catch (error) {
      if (!(error instanceof NotThisShape)) throw error;
      ctx.addIssue({ code: 'custom', message: 'not the shape of the contract', path: error.path, input: value });
      return z.NEVER;
    }
  }) as unknown as z.ZodType<z.output<S>>;
}

class NotThisShape extends Error {
  readonly path: PropertyKey[];
  constructor(path: PropertyKey[] = []) {
    super('not the shape of the contract');
    this.path = path;
  }
}

type Reader = (value: unknown) => unknown;

function check(ok: boolean): void {
  if (!ok) throw new NotThisShape();
}

/** At `key`: a failure deeper down gets its place in the answer (for the issue's path). */
function at(key: PropertyKey, read: Reader, value: unknown): unknown {
  try {
    return read(value);
  } catch (error) {
    if (error instanceof NotThisShape) throw new NotThisShape([key, ...error.path]);
    throw error;
  }
}

function readerOf(schema: z.ZodType): Reader {
  const def = schema._zod.def;
  switch (def.type) {
    case 'object': {
      // a strict (or catch-all) object is read by zod as it is
      if ((def as z.core.$ZodObjectDef).catchall) break;
      const fields = Object.entries((schema as unknown as z.ZodObject).shape).map(([key, value]) => {
        const field = value as z.ZodType;
        return { key, read: readerOf(field), optional: field._zod.optin === 'optional' };
      });
      return (value) => {
        check(typeof value === 'object' && value !== null && !Array.isArray(value));
        const source = value as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (const { key, read, optional } of fields) {
          const field = source[key];
          if (field === undefined && optional) {
            if (key in source) out[key] = undefined;
            continue;
          }
          out[key] = at(key, read, field);
        }
        return out;
      };
    }
    case 'array': {
      const read = readerOf((schema as unknown as z.ZodArray<z.ZodType>).element);
      return (value) => {
        check(Array.isArray(value));
        return (value as unknown[]).map((item, index) => at(index, read, item));
      };
    }
    case 'nullable': {
      const read = readerOf((schema as unknown as z.ZodNullable<z.ZodType>).unwrap());
      return (value) => (value === null ? null : read(value));
    }
    case 'optional': {
      const read = readerOf((schema as unknown as z.ZodOptional<z.ZodType>).unwrap());
      return (value) => (value === undefined ? undefined : read(value));
    }
    case 'string':
      return (value) => (check(typeof value === 'string'), value);
    case 'number':
      return (value) => (check(typeof value === 'number' && Number.isFinite(value)), value);
    case 'boolean':
      return (value) => (check(typeof value === 'boolean'), value);
    case 'null':
      return (value) => (check(value === null), value);
    case 'enum': {
      const values = new Set<unknown>(Object.values((def as z.core.$ZodEnumDef).entries));
      return (value) => (check(values.has(value)), value);
    }
    case 'literal': {
      const values = new Set<unknown>((def as z.core.$ZodLiteralDef<z.core.util.Literal>).values);
      return (value) => (check(values.has(value)), value);
    }
    default:
      break;
  }
  // anything else (a union, a transform, a default, a record, a lazy schema): zod, as it is
  return (value) => {
    const result = schema.safeParse(value);
    check(result.success);
    return result.data;
  };
}
