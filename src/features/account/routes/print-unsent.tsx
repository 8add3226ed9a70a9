import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { drainNow, useOutboxSnapshot } from '#src/shared/offline/react.ts';
import { Button } from '#src/shared/ui/button.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { Page } from '#src/shared/ui/page.tsx';
import { readableValues } from '../unsent-text.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';

/**
 * "Afdrukken wat verloren gaat": on a public computer unsent changes cannot be kept on the
 * device. This page lists them in plain words so the person can print them (and type them in
 * again later), or wait and try to send them once more.
 */
export function Component() {
  const { t } = useTranslation(['account', 'sync']);
  const { records, ready } = useOutboxSnapshot();
  const when = useFormatDate({ time: true });
  const kindName = (kind: string) => t(`sync:page.kinds.${kind}` as 'sync:page.kinds.profile.update', { defaultValue: t('account:unsentPrint.otherKind') });
  return (
    <Page title={t('account:unsentPrint.title')} lead={t('account:unsentPrint.lead')}>
      <div className="button-row no-print">
        <Button onClick={() => window.print()}>{t('account:unsentPrint.print')}</Button>
        <Button variant="secondary" onClick={() => void drainNow()}>
          {t('account:unsentPrint.retry')}
        </Button>
      </div>
      {ready && records.length === 0 ? (
        <Notice kind="success" live="polite">
          <p>{t('account:unsentPrint.allSent')}</p>
        </Notice>
      ) : (
        <ol className="history-list print-loss">
          {records.map((record) => (
            <li key={record.id} className="history-list__item" data-testid="unsent-change">
              <p>
                <strong>{kindName(record.kind)}</strong>
              </p>
              <p className="history-list__when">{t('account:unsentPrint.madeAt', { when: when(record.createdAt) })}</p>
              <ul>
                {readableValues(record.payload).map((text, index) => (
                  <li key={index} dir="auto">
                    {text}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      <p className="no-print">
        <Link to="/uitloggen">{t('account:unsentPrint.back')}</Link>
      </p>
    </Page>
  );
}
