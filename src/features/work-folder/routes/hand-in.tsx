import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { SelectField } from '#src/shared/ui/select-field.tsx';
import { useSession } from '#src/shared/auth/use-session.ts';
import { todayIso } from '#src/shared/lib/dates.ts';
import { usePendingFor } from '#src/shared/offline/react.ts';
import { handInLane } from '../api/keys.ts';
import { useHandIn } from '../api/hand-in.ts';
import { allProgress, toHandIn } from '../rules.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { useTypeLabel } from '../labels.ts';
import { useWorkFolderView } from '../use-work-folder-view.ts';
import { SyncTag } from '#src/shared/ui/sync-tag.tsx';
import { newId } from '#src/shared/lib/ids.ts';


/** "Periode indienen": choose a period, check its activities, hand them in (they are locked then). */
export function Component() {
  const { t } = useTranslation(['workFolder', 'common', 'sync']);
  const { user } = useSession();
  const clientId = user?.clientId ?? '';
  const { query, configQuery, activities } = useWorkFolderView(clientId, user);
  const pendingHandIns = usePendingFor(handInLane(clientId));
  const formatDate = useFormatDate();
  const typeLabel = useTypeLabel(configQuery.data);
  const [chosen, setChosen] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const { write: handIn, error } = useHandIn();
  const today = todayIso();

  return (
    <Page title={t('handIn.title')} lead={t('handIn.lead')} back={{ to: '/werkmap', label: t('actions.backToList') }}>
      {done ? (
        <Notice kind="success" live="polite" title={t('handIn.done')}>
          <p>{pendingHandIns.length > 0 ? t('handIn.doneWaiting') : t('handIn.doneSent')}</p>
          <p>
            <SyncTag sync={pendingHandIns.length > 0 ? 'pending' : 'sent'} />
          </p>
        </Notice>
      ) : null}
      {error ? (
        <Notice kind="error" live="assertive">
          <p>{error}</p>
        </Notice>
      ) : null}
      <QueryState query={query}>
        {(folder) => {
          const config = configQuery.data;
          if (!config) return null;
          const periods = allProgress(activities, folder.norm, config, today)
            .map((p) => ({ ...p, open: toHandIn(activities, p.start, p.end < today ? p.end : today) }))
            .filter((p) => p.open.length > 0);
          if (periods.length === 0) return <p>{t('handIn.nothing')}</p>;
          const selected = periods.find((p) => String(p.index) === chosen) ?? periods[0]!;
          const unsent = selected.open.filter((a) => a.sync === 'pending');
          const problems = selected.open.filter((a) => a.sync === 'problem');
          const submit = async () => {
            const record = await handIn({
                payload: {
                  clientId,
                  submissionId: newId(),
                  // exactly what the person checked here; those still on the device are sent first
                  input: { periodStart: selected.start, periodEnd: selected.end < today ? selected.end : today, activityIds: selected.open.map((a) => a.id) },
                },
            });
            if (record) setDone(true);
          };
          return (
            <>
              <SelectField
                id="hand-in-period"
                label={t('handIn.choose')}
                value={String(selected.index)}
                onChange={(event) => setChosen(event.target.value)}
                options={periods.map((p) => ({ value: String(p.index), label: t('norm.period', { start: formatDate(p.start), end: formatDate(p.end) }) }))}
              />
              <h2>{t('handIn.check')}</h2>
              <p>{t('handIn.summary', { count: selected.open.length, counted: selected.count, required: selected.required })}</p>
              <table className="table table--stack">
                <caption className="visually-hidden">{t('handIn.check')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('fields.date.label')}</th>
                    <th scope="col">{t('fields.typeId.label')}</th>
                    <th scope="col">{t('fields.employer.label')}</th>
                  </tr>
                </thead>
                <tbody>
                  {selected.open.map((a) => (
                    <tr key={a.id}>
                      <td data-label={t('fields.date.label')}>{formatDate(a.date)}</td>
                      <td data-label={t('fields.typeId.label')}>{typeLabel(a.typeId)}</td>
                      <td data-label={t('fields.employer.label')} dir="auto">
                        <Link to={`/werkmap/${encodeURIComponent(a.id)}`}>{a.employer || a.eventTitle || a.contactName || typeLabel(a.typeId)}</Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p>{t('handIn.lockWarning')}</p>
              {unsent.length > 0 && problems.length === 0 ? (
                <Notice kind="info" title={t('handIn.waitTitle')}>
                  <p data-testid="hand-in-unsent">{t('handIn.sendFirst', { count: unsent.length })}</p>
                </Notice>
              ) : null}
              {problems.length > 0 ? (
                <Notice kind="warning" title={t('handIn.problemTitle')}>
                  <p>{t('handIn.problem', { count: problems.length })}</p>
                  <ul>
                    {problems.map((a) => (
                      <li key={a.id}>
                        <Link to={`/werkmap/${encodeURIComponent(a.id)}`} dir="auto">
                          {a.employer || a.eventTitle || a.contactName || typeLabel(a.typeId)}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </Notice>
              ) : (
                <div className="button-row">
                  <Button onClick={() => void submit()} disabled={done}>
                    {t('handIn.submit')}
                  </Button>
                </div>
              )}
            </>
          );
        }}
      </QueryState>
    </Page>
  );
}
