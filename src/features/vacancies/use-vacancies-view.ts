import { useMemo } from 'react';
import { useSession } from '#src/shared/auth/use-session.ts';
import { useOfflineSet } from './api/get-offline-set.ts';
import { useSearchProfile } from './api/get-search-profile.ts';
import { usePutSearchProfile } from './api/put-search-profile.ts';
import { useSaveVacancy } from './api/save-vacancy.ts';
import { useApply } from './api/apply.ts';
import { placeById } from './places.ts';
import type { SearchProfile, Vacancy } from './schemas.ts';

/** An application as this device knows it: confirmed by the server, or still waiting to be sent. */
export type KnownApplication = { vacancyId: string; activityId: string; date: string; pending: boolean; vacancyTitle: string; employer: string; outcome: string | null };

/**
 * The vacancy explorer's data as this device knows it: the offline set with the unsent saves and
 * applications laid over it, and the zoekprofiel with its unsent edit.
 */
export function useVacanciesView() {
  const { user } = useSession();
  const clientId = user?.clientId ?? '';
  const query = useOfflineSet(clientId);
  const profileQuery = useSearchProfile(clientId);
  const profileWrite = usePutSearchProfile(clientId);
  const saveWrite = useSaveVacancy();
  const applyWrite = useApply();
  const set = query.data;

  const pendingProfile = profileWrite.pending.at(-1);
  const profile: SearchProfile | undefined = profileQuery.data && pendingProfile ? { ...profileQuery.data, ...pendingProfile.payload.input } : profileQuery.data;

  const savedIds = useMemo(() => {
    const ids = new Set(set?.saved.map((s) => s.vacancyId) ?? []);
    for (const record of saveWrite.pending) {
      if (record.payload.clientId !== clientId) continue;
      if (record.payload.saved) ids.add(record.payload.vacancyId);
      else ids.delete(record.payload.vacancyId);
    }
    return ids;
  }, [set, saveWrite.pending, clientId]);

  const applications = useMemo(() => {
    const byVacancy = new Map<string, KnownApplication>();
    for (const a of set?.applications ?? []) byVacancy.set(a.vacancyId, { ...a, pending: false });
    for (const record of applyWrite.pending) {
      const { clientId: owner, vacancyId, activityId, date } = record.payload;
      if (owner !== clientId || byVacancy.has(vacancyId)) continue;
      const vacancy = set?.vacancies.find((v) => v.id === vacancyId);
      byVacancy.set(vacancyId, { vacancyId, activityId, date, pending: true, vacancyTitle: vacancy?.title ?? '', employer: vacancy?.hiringOrganization.name ?? '', outcome: 'sent' });
    }
    return byVacancy;
  }, [set, applyWrite.pending, clientId]);

  const byId = useMemo(() => new Map<string, Vacancy>((set?.vacancies ?? []).map((v) => [v.id, v])), [set]);
  const home = placeById(profile?.homePlace) ?? null;

  return { clientId, query, profileQuery, profile, profileWrite, saveWrite, applyWrite, savedIds, applications, byId, home };
}

const LAST_VISIT_PREFIX = 'werkmap.vacancies.lastVisit:';

/**
 * When this person last opened the vacancies (kept on this device, wiped at sign-out; on a public
 * computer only for the browser session, since nothing may be written to disk there): vacancies
 * posted since then are "Nieuw voor jou". Reading it moves it to now for the next visit.
 */
export function takeLastVisit(userId: string, { publicComputer }: { publicComputer: boolean }, now: Date = new Date()): string | null {
  try {
    const storage = publicComputer ? globalThis.sessionStorage : globalThis.localStorage;
    const key = `${LAST_VISIT_PREFIX}${userId}`;
    const previous = storage?.getItem(key) ?? null;
    storage?.setItem(key, now.toISOString());
    return previous;
  } catch {
    return null;
  }
}
