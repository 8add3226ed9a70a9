import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import { useErrorText } from '#src/shared/ui/form.tsx';
import { drainNow, useOutbox, useOutboxSnapshot } from '#src/shared/offline/react.ts';
import type { OutboxRecord } from '#src/shared/offline/types.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { needsAttention } from '#src/shared/offline/sync-state.ts';

/** Everything on this device that has not reached the server, each with what to do. */
export function Component() {
  const { t } = useTranslation('sync');
  const errorText = useErrorText();
  const outbox = useOutbox();
  const snapshot = useOutboxSnapshot();
  const [busy, setBusy] = useState(false);
  const records = snapshot.records;
  const problems = records.filter(needsAttention);
  const waiting = records.filter((r) => !needsAttention(r));
  const when = useFormatDate({ dateStyle: 'medium', time: true });
  const kindName = (record: OutboxRecord) => t(`page.kinds.${record.kind}` as 'page.kinds.profile.update', { defaultValue: record.kind });

  const act = async (action: () => Promise<unknown> | undefined) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('page.title')} lead={t('page.lead')}>
      {snapshot.ready && records.length === 0 ? (
        <Notice kind="success">
          <p>{t('page.empty')}</p>
        </Notice>
      ) : null}
      {problems.length > 0 ? (
        <section aria-labelledby="sync-problems">
          <h2 id="sync-problems">{t('page.problemsTitle')}</h2>
          <ul className="change-list">
            {problems.map((record) => (
              <li key={record.id} className="change-list__item" data-testid="outbox-problem">
                <p>
                  <strong>{kindName(record)}</strong> <StatusTag tone="error">{t(`page.status.${record.status}`)}</StatusTag>
                </p>
                <p className="field__hint">{t('page.savedAt', { when: when(record.createdAt) })}</p>
                {record.status === 'conflict' ? (
                  <>
                    <p>{t('page.conflictExplain')}</p>
                    <div className="button-row">
                      <Button disabled={busy} onClick={() => void act(() => outbox?.resolveConflict(record.id, 'mine'))}>
                        {t('page.keepMine')}
                      </Button>
                      <Button variant="secondary" disabled={busy} onClick={() => void act(() => outbox?.resolveConflict(record.id, 'theirs'))}>
                        {t('page.takeTheirs')}
                      </Button>
                    </div>
                  </>
                ) : (
                  <>
                    <p>{record.status === 'held' ? t('page.heldExplain') : t('page.rejectedExplain')}</p>
                    <ul>
                      {Object.entries(record.lastError?.fieldErrors ?? {}).map(([field, messages]) => (
                        <li key={field}>{errorText(messages[0])}</li>
                      ))}
                    </ul>
                    <div className="button-row">
                      <Button variant="secondary" disabled={busy} onClick={() => void act(() => outbox?.retry(record.id))}>
                        {t('page.retry')}
                      </Button>
                      <Button variant="secondary" hint="danger" disabled={busy} onClick={() => void act(() => outbox?.discard(record.id))}>
                        {t('page.discard')}
                      </Button>
                    </div>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {waiting.length > 0 ? (
        <section aria-labelledby="sync-waiting">
          <h2 id="sync-waiting">{t('page.waitingTitle')}</h2>
          <ul className="change-list">
            {waiting.map((record) => (
              <li key={record.id} className="change-list__item" data-testid="outbox-waiting">
                <p>
                  <strong>{kindName(record)}</strong> <StatusTag tone="warning">{t(`page.status.${record.status}`)}</StatusTag>
                </p>
                <p className="field__hint">
                  {t('page.savedAt', { when: when(record.createdAt) })}
                  {record.attempts > 0 ? <> · {t('page.attempts', { count: record.attempts })}</> : null}
                </p>
                <Button variant="subtle" hint="danger" disabled={busy} onClick={() => void act(() => outbox?.discard(record.id))}>
                  {t('page.discard')}
                </Button>
              </li>
            ))}
          </ul>
          <Button disabled={busy} onClick={() => void act(() => drainNow())}>
            {t('page.sendNow')}
          </Button>
        </section>
      ) : null}
    </Page>
  );
}
