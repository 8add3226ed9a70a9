import { useCanWrite } from '#src/shared/auth/use-acting-for.ts';
import { useDeferredValue, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import { SelectField } from '#src/shared/ui/select-field.tsx';
import { TextField } from '#src/shared/ui/form.tsx';
import { useSession } from '#src/shared/auth/use-session.ts';
import { todayIso } from '#src/shared/lib/dates.ts';
import { ActivityWeeks } from '../components/activity-list.tsx';
import { EnteredBy } from '../components/entered-by.tsx';
import { NormCard } from '../components/norm-card.tsx';
import { SyncTag } from '#src/shared/ui/sync-tag.tsx';
import { filterActivities, latestResult, type ActivityFilters } from '../list.ts';
import { allProgress, counts, currentProgress } from '../rules.ts';
import { RESULT_STATUSES } from '../schemas.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { useTypeLabel } from '../labels.ts';
import { useWorkFolderView, type ActivityView } from '../use-work-folder-view.ts';

/** The client's werkmap: the norm counter, new feedback, filters and the activities per week. */
export function Component() {
  const canWrite = useCanWrite();
  const { t } = useTranslation(['workFolder', 'common']);
  const { user } = useSession();
  const clientId = user?.clientId ?? '';
  const { query, configQuery, activities } = useWorkFolderView(clientId, user);
  const [params, setParams] = useSearchParams();
  const filters: ActivityFilters = {
    typeId: params.get('soort') ?? '',
    result: (params.get('resultaat') ?? '') as ActivityFilters['result'],
    period: params.get('periode') ?? '',
    query: params.get('zoek') ?? '',
  };
  const deferredFilters = useDeferredValue(filters);
  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const typeLabel = useTypeLabel(configQuery.data);
  const formatDate = useFormatDate();
  const folder = query.data;
  const config = configQuery.data;
  const filtered = useMemo(
    () => (folder ? filterActivities(activities, deferredFilters, folder.norm) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [activities, folder, deferredFilters.typeId, deferredFilters.result, deferredFilters.period, deferredFilters.query],
  );
  // read state is kept on the server (seenAt), so it is right on every device
  const newFeedback = useMemo(() => activities.filter((a) => a.feedback.some((f) => !f.seenAt)), [activities]);
  const today = todayIso();
  // once per werkmap, not on every render (typing in the search renders this screen per key)
  const norm = folder?.norm;
  const periods = useMemo(() => (config && norm ? allProgress(activities, norm, config, today) : []), [activities, norm, config, today]);
  const progress = useMemo(() => (config && norm ? currentProgress(activities, norm, config, today) : null), [activities, norm, config, today]);
  const filtering = Object.values(filters).some(Boolean);
  // open when the page opens with filters (a shared link); then the person decides
  const [filtersOpen, setFiltersOpen] = useState(filtering);

  return (
    <Page title={t('title')} lead={t('lead')}>
      <QueryState query={query}>
        {(data) => {
          return (
            <>
              {progress ? <NormCard progress={progress} norm={data.norm} /> : null}
              {newFeedback.length > 0 ? (
                <Notice kind="info" title={t('newFeedback.title')}>
                  <p>{t('newFeedback.body', { count: newFeedback.length })}</p>
                  <ul>
                    {newFeedback.slice(0, 5).map((a) => (
                      <li key={a.id}>
                        <Link to={`/werkmap/${encodeURIComponent(a.id)}`} dir="auto">
                          {a.employer || a.eventTitle || typeLabel(a.typeId)}
                        </Link>
                        {' — '}
                        {t(`verdicts.${a.feedback.at(-1)!.verdict}`)}
                      </li>
                    ))}
                  </ul>
                </Notice>
              ) : null}
              <div className="button-row">
                {canWrite ? (
                  <Link className="button-link" to="/werkmap/nieuw">
                    {t('actions.new')}
                  </Link>
                ) : null}
                <Link to="/werkmap/indienen">{t('actions.handIn')}</Link>
                <Link to="/werkmap/overzicht">{t('actions.print')}</Link>
              </div>
              <h2>{t('list.title')}</h2>
              <details className="details filters" open={filtersOpen} onToggle={(event) => setFiltersOpen(event.currentTarget.open)}>
                <summary className="details__summary">{t('filters.title')}</summary>
                <div className="details__text filters__fields" role="search">
                  <TextField
                    id="filter-query"
                    type="search"
                    label={t('filters.search')}
                    hint={t('filters.searchHint')}
                    defaultValue={filters.query}
                    onChange={(event) => setFilter('zoek', event.target.value)}
                  />
                  <SelectField
                    id="filter-type"
                    label={t('filters.type')}
                    value={filters.typeId}
                    onChange={(event) => setFilter('soort', event.target.value)}
                    options={[{ value: '', label: t('filters.all') }, ...(config?.types ?? []).map((ty) => ({ value: ty.id, label: typeLabel(ty.id) }))]}
                  />
                  <SelectField
                    id="filter-result"
                    label={t('filters.result')}
                    value={filters.result}
                    onChange={(event) => setFilter('resultaat', event.target.value)}
                    options={[
                      { value: '', label: t('filters.all') },
                      { value: 'none', label: t('results.none') },
                      ...RESULT_STATUSES.map((s) => ({ value: s, label: t(`results.${s}`) })),
                    ]}
                  />
                  <SelectField
                    id="filter-period"
                    label={t('filters.period')}
                    value={filters.period}
                    onChange={(event) => setFilter('periode', event.target.value)}
                    options={[
                      { value: '', label: t('filters.all') },
                      ...periods.map((p) => ({ value: String(p.index), label: t('norm.period', { start: formatDate(p.start), end: formatDate(p.end) }) })),
                    ]}
                  />
                  {filtering ? (
                    <button type="button" className="link-button" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
                      {t('filters.clear')}
                    </button>
                  ) : null}
                </div>
              </details>
              <p role="status" className="list-count">
                {filtering ? t('list.found', { count: filtered.length }) : t('list.count', { count: filtered.length })}
              </p>
              {activities.length === 0 ? (
                <p>{t('list.empty')}</p>
              ) : filtered.length === 0 ? (
                <p>{t('list.noMatch')}</p>
              ) : (
                <ActivityWeeks
                  activities={filtered}
                  label={t('list.title')}
                  renderItem={(a: ActivityView) => (
                    <article className="activity-card" aria-labelledby={`activity-${a.id}`}>
                      <h4 className="activity-card__title" id={`activity-${a.id}`}>
                        <Link to={`/werkmap/${encodeURIComponent(a.id)}`} dir="auto">
                          {a.employer || a.eventTitle || a.contactName || typeLabel(a.typeId)}
                        </Link>
                      </h4>
                      <p className="activity-card__meta">
                        <span>{formatDate(a.date)}</span> · <span>{typeLabel(a.typeId)}</span>
                        {a.jobTitle ? (
                          <>
                            {' · '}
                            <span dir="auto">{a.jobTitle}</span>
                          </>
                        ) : null}
                      </p>
                      <EnteredBy activity={a} reader="client" />
                      <p className="tag-line">
                        {latestResult(a) !== 'none' ? <StatusTag tone="info">{t(`results.${latestResult(a)}`)}</StatusTag> : null}
                        {config && !counts(a, config) ? <StatusTag tone="neutral">{t('list.doesNotCount')}</StatusTag> : null}
                        {a.handedIn ? <StatusTag tone="neutral">{t('list.handedIn')}</StatusTag> : null}
                        {a.feedback.length > 0 ? (
                          <StatusTag tone={a.feedback.at(-1)!.verdict === 'approved' ? 'success' : a.feedback.at(-1)!.verdict === 'question' ? 'warning' : 'error'}>
                            {t(`verdicts.${a.feedback.at(-1)!.verdict}`)}
                          </StatusTag>
                        ) : null}
                        <SyncTag sync={a.sync} />
                      </p>
                    </article>
                  )}
                />
              )}
            </>
          );
        }}
      </QueryState>
    </Page>
  );
}
