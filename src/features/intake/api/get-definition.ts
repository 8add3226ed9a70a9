import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { validateDefinition } from '../definition/engine.ts';
import { intakeDefinitionSchema, type IntakeDefinition } from '../definition/schemas.ts';
import { intakeKeys } from './keys.ts';

/** The definition passed zod but not the reference checks: it is refused as a whole. */
export class BrokenDefinitionError extends Error {
  readonly errors: string[];
  constructor(errors: string[]) {
    super(`The questionnaire definition is broken: ${errors.length} problem(s)`);
    this.name = 'BrokenDefinitionError';
    this.errors = errors;
  }
}

export async function getDefinition(version: number | 'current'): Promise<IntakeDefinition> {
  const path = version === 'current' ? '/intake/definition' : `/intake/definition/${version}`;
  const { data } = await apiRequest({ path, schema: intakeDefinitionSchema });
  const check = validateDefinition(data);
  if (!check.ok) {
    if (import.meta.env?.DEV) console.error('[intake] definition refused', check.errors);
    throw new BrokenDefinitionError(check.errors);
  }
  return check.definition;
}

export function definitionQueryOptions(version: number | 'current') {
  return queryOptions({
    queryKey: intakeKeys.definition(version),
    queryFn: () => getDefinition(version),
    // a published version never changes
    staleTime: version === 'current' ? 60 * 60_000 : Infinity,
    meta: { persist: true },
  });
}

export function useDefinition(version: number | 'current' | undefined) {
  return useQuery({ ...definitionQueryOptions(version ?? 'current'), enabled: version !== undefined });
}
