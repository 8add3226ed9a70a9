import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { useCaseload } from '../api/caseload.ts';

/** The e-coach's home: their caseload. The full workspace (signals, sorting) comes later. */
export function Component() {
  const { t, i18n } = useTranslation('coach');
  const query = useCaseload();
  const date = (iso: string | null, empty: string) =>
    iso ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(new Date(iso.length === 10 ? `${iso}T12:00:00` : iso)) : empty;
  return (
    <Page title={t('caseload.title')}>
      <QueryState query={query} lines={6}>
        {(caseload) =>
          caseload.clients.length === 0 ? (
            <p>{t('caseload.empty')}</p>
          ) : (
            <div className="table-wrapper">
              <table className="table table--stack">
                <caption className="table__caption">{t('caseload.caption', { count: caseload.clients.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('caseload.columns.name')}</th>
                    <th scope="col">{t('caseload.columns.serviceLine')}</th>
                    <th scope="col">{t('caseload.columns.searchPeriodEnd')}</th>
                    <th scope="col">{t('caseload.columns.lastActivity')}</th>
                  </tr>
                </thead>
                <tbody>
                  {caseload.clients.map((client) => (
                    <tr key={client.clientId}>
                      <th scope="row" data-label={t('caseload.columns.name')}>
                        <Link to={`/coach/clienten/${encodeURIComponent(client.clientId)}`} dir="auto">
                          {client.name}
                        </Link>
                        <br />
                        <Link
                          to={`/coach/clienten/${encodeURIComponent(client.clientId)}/vragenlijst`}
                          aria-label={`${t('caseload.intakeLink')} ${client.name}`}
                        >
                          {t('caseload.intakeLink')}
                        </Link>
                        <br />
                        <Link
                          to={`/coach/clienten/${encodeURIComponent(client.clientId)}/werkmap`}
                          aria-label={`${t('caseload.workFolderLink')} ${client.name}`}
                        >
                          {t('caseload.workFolderLink')}
                        </Link>
                      </th>
                      <td data-label={t('caseload.columns.serviceLine')}>
                        {client.serviceLine ? t(`serviceLine.${client.serviceLine}`) : t('serviceLine.none')}
                      </td>
                      <td data-label={t('caseload.columns.searchPeriodEnd')}>{date(client.searchPeriodEnd, t('caseload.unknown'))}</td>
                      <td data-label={t('caseload.columns.lastActivity')}>{date(client.lastActivityAt, t('caseload.never'))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryState>
    </Page>
  );
}
