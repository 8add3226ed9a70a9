import { useDeferredValue, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import { SelectField } from '#src/shared/ui/select-field.tsx';
import { useSession } from '#src/shared/auth/use-session.ts';
import { todayIso } from '#src/shared/lib/dates.ts';
import { usePendingFor } from '#src/shared/offline/react.ts';
import type { OutboxRecord } from '#src/shared/offline/types.ts';
import { normLane, type PutNormPayload } from '../api/put-norm.ts';
import { ActivityWeeks } from '../components/activity-list.tsx';
import { FeedbackForm } from '../components/feedback-form.tsx';
import { FeedbackList } from '../components/feedback-list.tsx';
import { EnteredBy } from '../components/entered-by.tsx';
import { WebLink } from '#src/shared/ui/web-link.tsx';
import { NormHistoryFor } from '../components/norm-history-for.tsx';
import { NormCard } from '../components/norm-card.tsx';
import { ProofView } from '../components/proof-view.tsx';
import { SyncTag } from '#src/shared/ui/sync-tag.tsx';
import { recordSyncState } from '#src/shared/offline/sync-state.ts';
import { useGiveFeedback } from '../api/give-feedback.ts';
import { filterActivities, latestResult, NO_FILTERS } from '../list.ts';
import { counts, currentProgress } from '../rules.ts';
import type { FeedbackInput, Norm } from '../schemas.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { useTypeLabel } from '../labels.ts';
import { useWorkFolderView, type ActivityView } from '../use-work-folder-view.ts';
import { newId } from '#src/shared/lib/ids.ts';
import { SaveError } from '#src/shared/ui/save-error.tsx';


/** The coach's view of one client's werkmap, with the feedback actions (the full workspace comes later). */
export function Component() {
  const { t } = useTranslation(['workFolder', 'common']);
  const { clientId = '' } = useParams();
  const { user } = useSession();
  const { query, configQuery, activities } = useWorkFolderView(clientId, user);
  const typeLabel = useTypeLabel(configQuery.data);
  const formatDate = useFormatDate();
  const [show, setShow] = useState<'all' | 'open'>('open');
  const deferredShow = useDeferredValue(show);
  const list = useMemo(
    () => (deferredShow === 'open' ? activities.filter((a) => a.feedback.length === 0) : activities),
    [activities, deferredShow],
  );

  // a norm saved on this device and not sent yet counts already
  const pendingNorm = (usePendingFor(normLane(clientId)) as readonly OutboxRecord<PutNormPayload>[]).at(-1);
  const normOf = (norm: Norm): Norm =>
    pendingNorm && pendingNorm.status !== 'rejected' ? { ...norm, ...pendingNorm.payload.input, setBy: user ? { id: user.id, name: user.name } : norm.setBy } : norm;

  const { write: writeFeedback, error: feedbackError } = useGiveFeedback();
  // the activity whose feedback was not saved (its form shows why)
  const [failedFor, setFailedFor] = useState<string | null>(null);
  const give = async (activity: ActivityView, input: FeedbackInput) => {
    const saved = await writeFeedback({ payload: { clientId, activityId: activity.id, feedbackId: newId(), input } });
    setFailedFor(saved ? null : activity.id);
  };

  return (
    <Page title={query.data ? t('coach.title', { name: query.data.clientName }) : t('coach.titleUnknown')} back={{ to: `/coach/clienten/${encodeURIComponent(clientId)}`, label: t('coach.back') }}>
      <QueryState query={query}>
        {(folder) => (
          <>
            {configQuery.data ? <NormCard reader="coach" progress={currentProgress(activities, normOf(folder.norm), configQuery.data, todayIso())} norm={normOf(folder.norm)} /> : null}
            {pendingNorm ? (
              <p className="tag-line">
                {t('normForm.saved')} <SyncTag sync={recordSyncState(pendingNorm)} />
              </p>
            ) : null}
            <p>
              <Link to={`/coach/clienten/${encodeURIComponent(clientId)}/werkmap/norm`}>{t('normForm.link')}</Link>
            </p>
            <section aria-labelledby="norm-history-title">
              <h2 id="norm-history-title">{t('coachNorm.historyTitle')}</h2>
              <NormHistoryFor clientId={clientId} />
            </section>
            <SelectField
              id="coach-show"
              label={t('coach.show')}
              value={show}
              onChange={(event) => setShow(event.target.value as 'all' | 'open')}
              options={[
                { value: 'open', label: t('coach.showOpen') },
                { value: 'all', label: t('coach.showAll') },
              ]}
            />
            <p role="status">{t('list.count', { count: filterActivities(list, NO_FILTERS, folder.norm).length })}</p>
            {list.length === 0 ? (
              <p>{t('coach.nothingOpen')}</p>
            ) : (
              <ActivityWeeks
                activities={list}
                label={t('list.title')}
                renderItem={(a: ActivityView) => (
                  <article className="activity-card" aria-labelledby={`coach-activity-${a.id}`}>
                    <h4 className="activity-card__title" id={`coach-activity-${a.id}`} dir="auto">
                      {a.employer || a.eventTitle || a.contactName || typeLabel(a.typeId)}
                    </h4>
                    <p className="activity-card__meta">
                      {formatDate(a.date)} · {typeLabel(a.typeId)}
                      {a.jobTitle ? ` · ${a.jobTitle}` : ''}
                      {a.how ? ` · ${t(`how.${a.how}`)}` : ''}
                    </p>
                    <EnteredBy activity={a} reader="coach" />
                    {a.vacancy ? (
                      <p className="activity-card__meta">
                        <WebLink value={a.vacancy} />
                      </p>
                    ) : null}
                    {a.contactName || a.notes ? (
                      <p className="activity-card__meta" dir="auto">
                        {[[a.contactName, a.contactDetail].filter(Boolean).join(', '), a.notes].filter(Boolean).join(' · ')}
                      </p>
                    ) : null}
                    <p className="tag-line">
                      {latestResult(a) !== 'none' ? <StatusTag tone="info">{t(`results.${latestResult(a)}`)}</StatusTag> : null}
                      {configQuery.data && !counts(a, configQuery.data) ? <StatusTag tone="neutral">{t('list.doesNotCount')}</StatusTag> : null}
                      {a.handedIn ? <StatusTag tone="neutral">{t('list.handedIn')}</StatusTag> : null}
                    </p>
                    {a.proofs.length > 0 ? (
                      <ul className="proof-list" aria-label={t('proofs.title')}>
                        {a.proofs.map((proof) => (
                          <li key={proof.id} className="tag-line">
                            <span dir="auto">{proof.name}</span>
                            <ProofView clientId={clientId} proof={proof} />
                          </li>
                        ))}
                      </ul>
                    ) : null}
                    {a.feedback.length > 0 ? <FeedbackList feedback={a.feedback} reader="coach" /> : null}
                    {a.pendingFeedback.map((f) => (
                      <p key={f.feedbackId} className="tag-line">
                        <StatusTag tone="neutral">{t(`verdicts.${f.input.verdict}`)}</StatusTag> <SyncTag sync="pending" />
                      </p>
                    ))}
                    <details className="details">
                      <summary className="details__summary">{t('coach.giveFeedback')}</summary>
                      <div className="details__text">
                        <FeedbackForm activityId={a.id} onSubmit={(input) => give(a, input)} />
                        {failedFor === a.id ? <SaveError error={feedbackError} /> : null}
                      </div>
                    </details>
                  </article>
                )}
              />
            )}
          </>
        )}
      </QueryState>
    </Page>
  );
}
