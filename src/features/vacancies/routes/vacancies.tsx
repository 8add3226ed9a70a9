import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { TextField } from '#src/shared/ui/form.tsx';
import { SelectField } from '#src/shared/ui/select-field.tsx';
import { CheckboxGroup } from '#src/shared/ui/choices.tsx';
import { todayIso } from '#src/shared/lib/dates.ts';
import { useSession } from '#src/shared/auth/use-session.ts';
import { VacancyCard } from '../components/vacancy-card.tsx';
import { distanceFrom, loadSearchIndex, matchesFilters, NO_FILTERS, plainSearchIds, sortVacancies, SORTS, type Filters, type Sort } from '../search.ts';
import { EDUCATION_LEVELS, type EmploymentType, type Vacancy } from '../schemas.ts';
import { takeLastVisit, useVacanciesView } from '../use-vacancies-view.ts';
import { useFit, useFitReasons } from '../use-fit.ts';

const PAGE_SIZE = 20;
const CONTRACTS: EmploymentType[] = ['FULL_TIME', 'PART_TIME', 'TEMPORARY'];
const numberOrNull = (value: string) => (value === '' ? null : Number(value));

type SearchIndexModule = Awaited<ReturnType<typeof loadSearchIndex>>;

/** The search index's module once loaded; null before, and when it is not on the device offline (plain search then). */
function useSearchIndex(): SearchIndexModule | null {
  const [search, setSearch] = useState<SearchIndexModule | null>(null);
  useEffect(() => {
    let live = true;
    loadSearchIndex().then(
      (module) => {
        if (live) setSearch(module);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return search;
}

/** The vacancy explorer (`/vacatures`): search on the device, filters, sorting; works offline. */
export function Component() {
  const { t } = useTranslation('vacancies');
  const { user, session } = useSession();
  const view = useVacanciesView();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [sort, setSort] = useState<Sort>('fit');
  const [shown, setShown] = useState(PAGE_SIZE);
  const [lastVisit] = useState(() => (user && session ? takeLastVisit(user.id, { publicComputer: session.publicComputer }) : null));
  const countId = useId();
  const today = todayIso();
  const vacancies = view.query.data?.vacancies;

  const search = useSearchIndex();
  const index = useMemo(() => (search ? search.buildIndex(vacancies ?? []) : null), [search, vacancies]);
  const fit = useFit(view.profile, vacancies, today);
  const reasons = useFitReasons();
  const wished = useMemo(() => new Set(view.profile?.occupations ?? []), [view.profile]);
  const results = useMemo(() => {
    const ids = search && index ? search.searchIds(index, deferredQuery) : plainSearchIds(vacancies ?? [], deferredQuery);
    const found: Vacancy[] = ids === null ? [...view.byId.values()] : ids.map((id) => view.byId.get(id)).filter((v): v is Vacancy => v !== undefined);
    const filtered = found.filter((v) => matchesFilters(v, filters, { home: view.home, today, savedIds: view.savedIds }));
    // a search keeps the search's order (best hit first) unless the person chose another order
    if (ids !== null && sort === 'fit') return filtered;
    return sortVacancies(filtered, sort, { home: view.home, fitScore: fit ? (v) => fit.get(v.id)?.score ?? 0 : undefined });
  }, [search, index, vacancies, deferredQuery, view.byId, view.home, view.savedIds, filters, sort, today, fit]);

  const isNew = (v: Vacancy) => lastVisit !== null && v.datePosted >= lastVisit.slice(0, 10) && (wished.size === 0 || wished.has(v.occupation.isco));
  const set = (change: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...change }));
    setShown(PAGE_SIZE);
  };
  const any = t('filters.any');

  return (
    <Page title={t('title')} lead={t('lead')}>
      <ul className="link-row">
        <li>
          <Link to="/vacatures/zoekprofiel">{t('links.searchProfile')}</Link>
        </li>
        <li>
          <Link to="/vacatures/mijn">{t('links.mine')}</Link>
        </li>
        <li>
          <Link to="/vacatures/wat-past-bij-mij">{t('links.whatFits')}</Link>
        </li>
      </ul>
      {view.profile && view.profile.version === 0 && view.profileWrite.pending.length === 0 ? (
        <Notice kind="info" title={t('noProfile.title')}>
          <p>
            <Link to="/vacatures/zoekprofiel">{t('noProfile.link')}</Link>
          </p>
        </Notice>
      ) : null}
      <div role="search" className="vacancy-search">
        <TextField
          id="vacancy-query"
          type="search"
          label={t('search.label')}
          hint={t('search.hint')}
          value={query}
          autoComplete="off"
          enterKeyHint="search"
          onChange={(event) => {
            setQuery(event.target.value);
            setShown(PAGE_SIZE);
          }}
        />
        <details className="details vacancy-filters">
          <summary className="details__summary">{t('filters.title')}</summary>
          <div className="details__text">
          <SelectField
            id="filter-distance"
            label={t('filters.distance')}
            hint={view.home ? t('filters.distanceHint', { place: view.home.place }) : t('filters.distanceNoHome')}
            disabled={!view.home}
            value={filters.maxKm ?? ''}
            onChange={(e) => set({ maxKm: numberOrNull(e.target.value) })}
            options={[{ value: '', label: any }, ...[5, 10, 25, 50].map((km) => ({ value: String(km), label: t('filters.km', { km }) }))]}
          />
          <SelectField
            id="filter-hours"
            label={t('filters.hours')}
            value={filters.maxHours ?? ''}
            onChange={(e) => set({ maxHours: numberOrNull(e.target.value) })}
            options={[{ value: '', label: any }, ...[16, 24, 32, 40].map((h) => ({ value: String(h), label: t('filters.hoursAtMost', { count: h }) }))]}
          />
          <CheckboxGroup
            id="filter-contract"
            legend={t('filters.contract')}
            choices={CONTRACTS.map((c) => ({ value: c, label: t(`contract.${c}`) }))}
            value={filters.contracts}
            onChange={(value) => set({ contracts: value as EmploymentType[] })}
          />
          <SelectField
            id="filter-education"
            label={t('filters.education')}
            hint={t('filters.educationHint')}
            value={filters.education ?? ''}
            onChange={(e) => set({ education: e.target.value === '' ? null : (e.target.value as Filters['education']) })}
            options={[{ value: '', label: any }, ...EDUCATION_LEVELS.map((level) => ({ value: level, label: t(`education.${level}`) }))]}
          />
          <SelectField
            id="filter-posted"
            label={t('filters.posted')}
            value={filters.postedWithinDays ?? ''}
            onChange={(e) => set({ postedWithinDays: numberOrNull(e.target.value) })}
            options={[{ value: '', label: any }, ...[3, 7, 30].map((days) => ({ value: String(days), label: t('filters.postedDays', { count: days }) }))]}
          />
          <CheckboxGroup
            id="filter-more"
            legend={t('filters.more')}
            choices={[
              { value: 'noLicence', label: t('filters.noLicence') },
              { value: 'savedOnly', label: t('filters.savedOnly') },
            ]}
            value={[...(filters.noLicence ? ['noLicence'] : []), ...(filters.savedOnly ? ['savedOnly'] : [])]}
            onChange={(value) => set({ noLicence: value.includes('noLicence'), savedOnly: value.includes('savedOnly') })}
          />
          </div>
        </details>
        <SelectField
          id="vacancy-sort"
          label={t('sort.label')}
          hint={sort === 'distance' ? t('sort.distanceHint') : undefined}
          value={sort}
          onChange={(e) => setSort(e.target.value as Sort)}
          options={SORTS.map((s) => ({ value: s, label: t(`sort.${s}`) }))}
        />
      </div>
      <QueryState query={view.query}>
        {(data) => (
          <>
            <p id={countId} role="status" className="vacancy-count">
              {t('list.count', { count: results.length })}
              {data.totalOpen > data.vacancies.length ? ` ${t('list.onDevice', { count: data.vacancies.length })}` : ''}
            </p>
            {results.length === 0 ? <p>{t('list.empty')}</p> : null}
            <ul className="card-list" aria-describedby={countId}>
              {results.slice(0, shown).map((vacancy) => (
                <li key={vacancy.id}>
                  <VacancyCard
                    vacancy={vacancy}
                    facts={{ km: distanceFrom(view.home, vacancy), saved: view.savedIds.has(vacancy.id), application: view.applications.get(vacancy.id), isNew: isNew(vacancy), today, reasons: reasons(fit?.get(vacancy.id)) }}
                  />
                </li>
              ))}
            </ul>
            {results.length > shown ? (
              <Button variant="secondary" onClick={() => setShown((n) => n + PAGE_SIZE)}>
                {t('list.more')}
              </Button>
            ) : null}
          </>
        )}
      </QueryState>
    </Page>
  );
}
