import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { signOut } from '#src/shared/auth/sign-out.ts';
import { downloadJson } from '#src/shared/files/download.ts';
import { useSession } from '#src/shared/auth/use-session.ts';
import { Button } from '#src/shared/ui/button.tsx';
import { ConfirmAction } from '#src/shared/ui/confirm.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { deleteMyData } from '../api/delete-my-data.ts';
import { accessLogQueryOptions } from '../api/get-access-log.ts';
import { exportQueryOptions } from '../api/get-export.ts';
import type { MyDataExport } from '../schemas.ts';
import { exportFileName, groupsOf, type FieldKind } from '../stored-data.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { HistoryItem } from '../components/change-history.tsx';

const KNOWN_RESOURCES = ['profile', 'overview', 'work-folder', 'intake', 'caseload', 'changes'];

/** Offers the export as a file (made on the device from the server's answer; nothing is stored). */
function download(data: MyDataExport): void {
  downloadJson(data, exportFileName(data));
}

/** A stored value as people read it: "28 oktober 1992", "Nederlands". */
function useReadable(): (entry: { value: string; kind: FieldKind }) => string {
  const { i18n } = useTranslation();
  const formatDate = useFormatDate();
  const languages = useMemo(() => new Intl.DisplayNames([i18n.language], { type: 'language', fallback: 'code' }), [i18n.language]);
  return ({ value, kind }) => {
    if (kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
    if (kind === 'language') {
      try {
        return languages.of(value) ?? value;
      } catch {
        return value;
      }
    }
    return value;
  };
}

function StoredData() {
  const { t } = useTranslation('myData');
  const query = useQuery(exportQueryOptions());
  const readable = useReadable();
  return (
    <section aria-labelledby="stored-title" className="my-data-stored">
      <h2 id="stored-title">{t('stored.title')}</h2>
      <p>{t('stored.lead')}</p>
      <QueryState query={query}>
        {(data) => (
          <>
            <div className="button-row no-print">
              <Button onClick={() => window.print()}>{t('stored.print')}</Button>
              <Button variant="secondary" onClick={() => download(data)}>
                {t('stored.download')}
              </Button>
            </div>
            <p className="field__hint no-print">
              {t('stored.printHint')} {t('stored.downloadHint')}
            </p>
            {groupsOf(data).map((group) => (
              <section key={group.collection} className="data-group" aria-labelledby={`group-${group.collection}`} data-testid="data-group">
                <h3 id={`group-${group.collection}`}>
                  {group.known ? t(`kinds.${group.collection}.title` as 'kinds.profiles.title') : t('kinds.other.title')}
                </h3>
                <p>{group.known ? t(`kinds.${group.collection}.description` as 'kinds.profiles.description') : t('kinds.other.description')}</p>
                {group.count !== null ? <p>{t(`kinds.${group.collection}.count` as 'kinds.messages.count', { count: group.count })}</p> : null}
                {group.fields.length > 0 ? (
                  <dl>
                    {group.fields.map((entry) => (
                      <div key={entry.field}>
                        <dt>{t(`fields.${entry.field}` as 'fields.name')}</dt>
                        <dd dir="auto">{readable(entry)}</dd>
                      </div>
                    ))}
                  </dl>
                ) : null}
              </section>
            ))}
          </>
        )}
      </QueryState>
    </section>
  );
}

function AccessLog() {
  const { t } = useTranslation(['myData', 'common']);
  const query = useQuery(accessLogQueryOptions());
  return (
    <section aria-labelledby="access-title">
      <h2 id="access-title">{t('access.title')}</h2>
      <p>{t('access.lead')}</p>
      <QueryState query={query}>
        {(list) =>
          list.length === 0 ? (
            <p>{t('access.none')}</p>
          ) : (
            <ul className="history-list">
              {list.slice(0, 50).map((entry) => (
                <HistoryItem key={entry.id} testId="access" at={entry.at}>
                  <p dir="auto">
                    <strong>{entry.actorName}</strong> ({t(`common:roles.${entry.actorRole}`)})
                  </p>
                  <p>{KNOWN_RESOURCES.includes(entry.resource) ? t(`access.resource.${entry.resource}` as 'access.resource.profile') : t('access.resource.other')}</p>
                </HistoryItem>
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}

function DeleteData() {
  const { t } = useTranslation(['myData', 'common']);
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  const confirm = async () => {
    setFailed(false);
    try {
      await deleteMyData();
    } catch {
      setFailed(true);
      return;
    }
    await signOut();
    await navigate('/mijn-gegevens/verwijderd', { replace: true });
  };
  return (
    <section aria-labelledby="delete-title" className="no-print">
      <h2 id="delete-title">{t('delete.title')}</h2>
      <p>{t('delete.lead')}</p>
      {failed ? (
        <Notice kind="error" live="assertive">
          {t('delete.failed')}
        </Notice>
      ) : null}
      <ConfirmAction start={t('delete.start')} question={t('delete.confirmTitle')} confirm={t('delete.confirm')} onConfirm={confirm}>
        <ul>
          <li>{t('delete.confirmDrafts')}</li>
          <li>{t('delete.confirmRest')}</li>
          <li>{t('delete.confirmKept')}</li>
          <li>{t('delete.confirmSignOut')}</li>
        </ul>
      </ConfirmAction>
    </section>
  );
}

/** "Mijn gegevens" (AVG): what the app holds about me, who changed or viewed it, my machtigingen, export and deletion. */
export function Component() {
  const { t } = useTranslation('myData');
  const { user } = useSession();
  const isClient = user?.role === 'client';
  return (
    <Page title={t('title')} lead={t('lead')}>
      <ul className="link-list no-print">
        <li>
          <Link to="/mijn-gegevens/wijzigingen">{t('changes.title')}</Link>
        </li>
        {isClient ? (
          <li>
            <Link to="/mijn-gegevens/machtigingen">{t('authorisations.title')}</Link>
          </li>
        ) : null}
      </ul>
      {isClient ? (
        <>
          <StoredData />
          <AccessLog />
          <DeleteData />
        </>
      ) : (
        <p>{t('helperOnly')}</p>
      )}
    </Page>
  );
}
