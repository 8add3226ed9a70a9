import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { validateDefinition } from '../definition/engine.ts';
import { intakeDefinitionSchema, type IntakeDefinition } from '../definition/schemas.ts';
import type { QuestionnaireId } from '../schemas.ts';
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

export async function getDefinition(questionnaireId: QuestionnaireId, version: number | 'current'): Promise<IntakeDefinition> {
  const path = version === 'current' ? `/intake/definitions/${questionnaireId}` : `/intake/definitions/${questionnaireId}/${version}`;
  const { data } = await apiRequest({ path, schema: intakeDefinitionSchema });
  const check = validateDefinition(data);
  if (!check.ok) {
    if (import.meta.env?.DEV) console.error('[intake] definition refused', check.errors);
    throw new BrokenDefinitionError(check.errors);
  }
  return check.definition;
}

export function definitionQueryOptions(questionnaireId: QuestionnaireId, version: number | 'current') {
  return queryOptions({
    queryKey: intakeKeys.definition(questionnaireId, version),
    queryFn: () => getDefinition(questionnaireId, version),
    // a published version never changes
    staleTime: version === 'current' ? 60 * 60_000 : Infinity,
    meta: { persist: true },
  });
}

export function useDefinition(questionnaireId: QuestionnaireId, version: number | 'current' | undefined) {
  return useQuery({ ...definitionQueryOptions(questionnaireId, version ?? 'current'), enabled: version !== undefined });
}
