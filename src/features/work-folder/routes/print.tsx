import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { useSession } from '#src/shared/auth/use-session.ts';
import { todayIso } from '#src/shared/lib/dates.ts';
import { allProgress, counts } from '../rules.ts';
import { latestResult } from '../list.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { useTypeLabel } from '../labels.ts';
import { useWorkFolderView } from '../use-work-folder-view.ts';

/** A printable overview of one period, to bring to a conversation (print stylesheet hides the rest). */
export function Component() {
  const { t } = useTranslation(['workFolder', 'common']);
  const { user } = useSession();
  const clientId = user?.clientId ?? '';
  const { query, configQuery, activities } = useWorkFolderView(clientId, user);
  const [params, setParams] = useSearchParams();
  const formatDate = useFormatDate();
  const typeLabel = useTypeLabel(configQuery.data);
  const today = todayIso();
  return (
    <Page title={t('print.title')} back={{ to: '/werkmap', label: t('actions.backToList') }}>
      <QueryState query={query}>
        {(folder) => {
          const config = configQuery.data;
          if (!config) return null;
          const periods = allProgress(activities, folder.norm, config, today);
          const period = periods.find((p) => String(p.index) === params.get('periode')) ?? periods[0];
          if (!period) return null;
          const list = activities.filter((a) => a.date >= period.start && a.date <= period.end).reverse();
          return (
            <>
              <div className="no-print print-controls">
                <label className="utrecht-form-label" htmlFor="print-period">
                  {t('filters.period')}
                </label>
                <select
                  id="print-period"
                  className="utrecht-select select"
                  value={String(period.index)}
                  onChange={(event) => setParams({ periode: event.target.value }, { replace: true })}
                >
                  {periods.map((p) => (
                    <option key={p.index} value={String(p.index)}>
                      {t('norm.period', { start: formatDate(p.start), end: formatDate(p.end) })}
                    </option>
                  ))}
                </select>
                <div className="button-row">
                  <Button onClick={() => window.print()}>{t('actions.printNow')}</Button>
                </div>
              </div>
              <div className="print-sheet">
                <p>
                  <strong>{t('print.name')}</strong> <span dir="auto">{user?.name}</span>
                  <br />
                  <strong>{t('filters.period')}:</strong> {t('norm.period', { start: formatDate(period.start), end: formatDate(period.end) })}
                  <br />
                  <strong>{t('print.result')}</strong> {t('norm.progress', { count: period.count, required: period.required })}
                  <br />
                  <span className="field__hint">{t('print.made', { date: formatDate(today) })}</span>
                </p>
                {list.length === 0 ? (
                  <p>{t('list.empty')}</p>
                ) : (
                  // a data table may scroll sideways on a phone (WCAG 1.4.10); the region takes focus so keyboards can scroll it
                  // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard (axe scrollable-region-focusable)
                  <div className="table-wrapper" tabIndex={0} role="region" aria-label={t('list.count', { count: list.length })}>
                  <table className="table print-table">
                    <caption className="table__caption">{t('list.count', { count: list.length })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('fields.date.label')}</th>
                        <th scope="col">{t('fields.typeId.label')}</th>
                        <th scope="col">{t('fields.employer.label')}</th>
                        <th scope="col">{t('fields.jobTitle.label')}</th>
                        <th scope="col">{t('fields.how.label')}</th>
                        <th scope="col">{t('fields.result.short')}</th>
                        <th scope="col">{t('print.coach')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {list.map((a) => (
                        <tr key={a.id}>
                          <td>{formatDate(a.date)}</td>
                          <td>
                            {typeLabel(a.typeId)}
                            {counts(a, config) ? '' : ` (${t('list.doesNotCount')})`}
                          </td>
                          <td dir="auto">{[a.employer, a.eventTitle, a.contactName].filter(Boolean).join(', ')}</td>
                          <td dir="auto">{a.jobTitle}</td>
                          <td>{a.how ? t(`how.${a.how}`) : ''}</td>
                          <td>{t(`results.${latestResult(a)}`)}</td>
                          <td>{a.feedback.length > 0 ? t(`verdicts.${a.feedback.at(-1)!.verdict}`) : ''}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                  </div>
                )}
              </div>
            </>
          );
        }}
      </QueryState>
    </Page>
  );
}
