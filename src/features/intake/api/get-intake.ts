import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { intakeOverviewSchema, type QuestionnaireId } from '../schemas.ts';
import { intakeKeys, questionnairePath } from './keys.ts';

export async function getIntake(clientId: string, questionnaireId: QuestionnaireId) {
  const { data } = await apiRequest({ path: questionnairePath(clientId, questionnaireId), schema: intakeOverviewSchema });
  return data;
}

/** Where a questionnaire stands, with the submission, proposal and decision (client, coach, helper). */
export function intakeQueryOptions(clientId: string, questionnaireId: QuestionnaireId = 'entree') {
  return queryOptions({
    queryKey: intakeKeys.overview(clientId, questionnaireId),
    queryFn: () => getIntake(clientId, questionnaireId),
    meta: { persist: true },
  });
}

export function useIntake(clientId: string, questionnaireId: QuestionnaireId = 'entree', options: { enabled?: boolean } = {}) {
  return useQuery({ ...intakeQueryOptions(clientId, questionnaireId), enabled: options.enabled ?? true });
}
