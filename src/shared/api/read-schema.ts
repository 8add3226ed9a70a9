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
  return shapeOf(schema) as z.ZodType<z.output<S>>;
}

function shapeOf(schema: z.ZodType): z.ZodType {
  const def = schema._zod.def;
  switch (def.type) {
    case 'object': {
      const object = schema as unknown as z.ZodObject;
      const shape = Object.fromEntries(Object.entries(object.shape).map(([key, value]) => [key, shapeOf(value as z.ZodType)]));
      const catchall = (def as z.core.$ZodObjectDef).catchall;
      return catchall ? z.object(shape).catchall(catchall as z.ZodType) : z.object(shape);
    }
    case 'array':
      return z.array(shapeOf((schema as unknown as z.ZodArray<z.ZodType>).element));
    case 'nullable':
      return shapeOf((schema as unknown as z.ZodNullable<z.ZodType>).unwrap()).nullable();
    case 'optional':
      return shapeOf((schema as unknown as z.ZodOptional<z.ZodType>).unwrap()).optional();
    case 'string':
      return z.string();
    case 'number':
      return z.number();
    case 'boolean':
      return z.boolean();
    default:
      return schema;
  }
}
