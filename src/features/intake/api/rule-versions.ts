import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { apiPath } from '#src/shared/api/path.ts';
import { isApiError } from '#src/shared/api/errors.ts';
import { backtestResultSchema, ruleDraftSchema, ruleVersionListSchema, type BacktestInput } from '../tuning/schemas.ts';
import { intakeKeys } from './keys.ts';

/** The beheerder's reads: the log of versions and the drafts, one draft, a backtest (a POST that changes nothing). */

export function ruleVersionsQueryOptions() {
  return queryOptions({
    queryKey: intakeKeys.ruleVersions(),
    queryFn: async () => (await apiRequest({ path: '/intake/rule-versions', schema: ruleVersionListSchema })).data,
    meta: { persist: true },
  });
}

export function useRuleVersions() {
  return useQuery(ruleVersionsQueryOptions());
}

/** A draft, or null while it exists only on this device (not sent yet) or not at all. */
export function useRuleDraft(id: string) {
  return useQuery({
    queryKey: intakeKeys.ruleDraft(id),
    queryFn: async () => {
      try {
        return (await apiRequest({ path: apiPath`/intake/rule-versions/${id}`, schema: ruleDraftSchema })).data;
      } catch (error) {
        if (isApiError(error) && error.kind === 'not-found') return null;
        throw error;
      }
    },
    meta: { persist: true },
  });
}

/** Runs when `period` is set; keyed by the draft's version, so a saved change runs it again. */
export function useBacktest(id: string, version: number, period: BacktestInput | null) {
  return useQuery({
    queryKey: intakeKeys.backtest(id, version, period?.from ?? '', period?.to ?? ''),
    queryFn: async () =>
      (await apiRequest({ method: 'POST', path: apiPath`/intake/rule-versions/${id}/backtest`, body: period, schema: backtestResultSchema })).data,
    enabled: period !== null,
    staleTime: Infinity,
  });
}
