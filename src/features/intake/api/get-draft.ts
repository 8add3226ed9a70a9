import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { intakeDraftSchema, type QuestionnaireId } from '../schemas.ts';
import { intakeKeys, questionnairePath } from './keys.ts';

export async function getIntakeDraft(clientId: string, questionnaireId: QuestionnaireId) {
  const { data } = await apiRequest({ path: `${questionnairePath(clientId, questionnaireId)}/draft`, schema: intakeDraftSchema });
  return data;
}

export function intakeDraftQueryOptions(clientId: string, questionnaireId: QuestionnaireId = 'entree') {
  return queryOptions({
    queryKey: intakeKeys.draft(clientId, questionnaireId),
    queryFn: () => getIntakeDraft(clientId, questionnaireId),
    meta: { persist: true },
  });
}

export function useIntakeDraft(clientId: string, questionnaireId: QuestionnaireId = 'entree') {
  return useQuery(intakeDraftQueryOptions(clientId, questionnaireId));
}
