import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { TableScroll } from '#src/shared/ui/table-scroll.tsx';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { newId } from '#src/shared/lib/ids.ts';
import { useRuleVersions } from '../api/rule-versions.ts';

/** The functioneel beheerder's start: drafts of the entree rules and the log of published versions (who, when, why). */
export function Component() {
  const { t } = useTranslation('intake');
  const navigate = useNavigate();
  const query = useRuleVersions();
  const dateTime = useFormatDate({ dateStyle: 'medium', time: true });
  return (
    <Page title={t('tuning.title')} lead={t('tuning.lead')}>
      <p>
        <Button onClick={() => void navigate(`/beheer/concepten/${newId()}`)}>{t('tuning.newDraft')}</Button>
      </p>
      <QueryState query={query}>
        {(list) => (
          <>
            <section aria-labelledby="drafts-heading">
              <h2 id="drafts-heading">{t('tuning.drafts')}</h2>
              {list.drafts.length === 0 ? (
                <p>{t('tuning.noDrafts')}</p>
              ) : (
                <ul className="link-list">
                  {list.drafts.map((draft) => (
                    <li key={draft.id}>
                      <Link to={`/beheer/concepten/${encodeURIComponent(draft.id)}`}>
                        {t('tuning.draftItem', { date: dateTime(draft.updatedAt), version: draft.basedOn, name: draft.createdBy.name })}
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="log-heading">
              <h2 id="log-heading">{t('tuning.log')}</h2>
              <TableScroll labelledBy="log-heading">
                <table className="table">
                  <caption className="visually-hidden">{t('tuning.logCaption')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('tuning.columns.version')}</th>
                      <th scope="col">{t('tuning.columns.publishedAt')}</th>
                      <th scope="col">{t('tuning.columns.by')}</th>
                      <th scope="col">{t('tuning.columns.reason')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.published.map((version) => (
                      <tr key={version.id}>
                        <th scope="row">
                          {t('tuning.version', { version: version.definitionVersion })}
                          {version.definitionVersion === list.current ? (
                            <> · {t('tuning.current')}</>
                          ) : (
                            <>
                              {' · '}
                              <Link to={`/beheer/versies/${version.id}`}>{t('tuning.rollbackLink', { version: version.definitionVersion })}</Link>
                            </>
                          )}
                        </th>
                        <td>{dateTime(version.publishedAt)}</td>
                        <td>{version.publishedBy?.name ?? t('tuning.withTheApp')}</td>
                        <td dir="auto">
                          {version.rollbackOf ? `${t('tuning.rollbackOf', { version: version.rollbackOf })} ` : ''}
                          {version.reason ?? '—'}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            </section>
          </>
        )}
      </QueryState>
    </Page>
  );
}

