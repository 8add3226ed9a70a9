import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '#src/shared/api/client.ts';
import { useSession } from '#src/shared/auth/use-session.ts';
import { persistedQuery } from '#src/shared/offline/persist-queries.ts';
import type { IntakeWorkAnswers } from '../what-fits-rules.ts';
import { useOwnPortfolio } from './get-own-portfolio.ts';
import { vacancyKeys } from './keys.ts';

/**
 * What "Wat past bij mij?" reads besides the zoekprofiel, each through the API that owns it and
 * with only the fields it needs: the entreevragenlijst as submitted (the work answers only), the
 * CV's master profile (skill and course titles) and the portfolio's talents. Kept on the device.
 */

const intakeSchema = z.object({ submission: z.object({ answers: z.record(z.string(), z.unknown()) }).nullable() });
const cvSchema = z.object({ entries: z.array(z.object({ section: z.string(), title: z.string() })) });

const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The answers about work, nothing else (health, money, care and housing are never read here). */
export function workAnswersOf(answers: Record<string, unknown>): IntakeWorkAnswers {
  return { sectors: texts(answers.sectors), strengths: texts(answers.strengths), desiredJob: text(answers.desiredJob), lastJob: text(answers.lastJob) };
}

export function intakeWorkAnswersQueryOptions(clientId: string) {
  return queryOptions({
    queryKey: vacancyKeys.intakeWorkAnswers(clientId),
    queryFn: async () => {
      const { submission } = (await apiRequest({ path: `/clients/${encodeURIComponent(clientId)}/intake`, schema: intakeSchema })).data;
      return submission ? workAnswersOf(submission.answers) : null;
    },
    ...persistedQuery,
  });
}

export function cvSkillsQueryOptions(clientId: string) {
  return queryOptions({
    queryKey: vacancyKeys.cvSkills(clientId),
    queryFn: async () => {
      const { entries } = (await apiRequest({ path: `/clients/${encodeURIComponent(clientId)}/cv-profile`, schema: cvSchema })).data;
      return entries.filter((e) => e.section === 'skill' || e.section === 'course').map((e) => e.title);
    },
    ...persistedQuery,
  });
}

/** The three sources; one that cannot be read (a helper has no portfolio access) counts as empty. */
export function useWhatFitsSources(clientId: string) {
  const { user } = useSession();
  const enabled = clientId !== '';
  const intake = useQuery({ ...intakeWorkAnswersQueryOptions(clientId), enabled });
  const cv = useQuery({ ...cvSkillsQueryOptions(clientId), enabled });
  const portfolio = useOwnPortfolio(clientId, user?.role === 'client');
  return {
    intake: intake.data ?? null,
    cvSkills: cv.data ?? [],
    talents: portfolio.data?.talents ?? [],
    loading: intake.isPending && intake.fetchStatus !== 'idle',
  };
}
