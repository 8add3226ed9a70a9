import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSectionOn } from '#src/shared/config/sections.ts';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import { SelectField } from '#src/shared/ui/select-field.tsx';
import { useSession } from '#src/shared/auth/use-session.ts';
import { todayIso } from '#src/shared/lib/dates.ts';
import { safeWebUrl } from '#src/shared/lib/url.ts';
import { SyncTag } from '#src/shared/ui/sync-tag.tsx';
import { usePutActivity } from '../api/put-activity.ts';
import { contentOf, counts } from '../rules.ts';
import { FINAL_RESULTS, RESULT_STATUSES, type ResultStatus } from '../schemas.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { useTypeLabel } from '../labels.ts';
import { useMarkFeedbackSeen } from '../api/mark-feedback-seen.ts';
import { useWorkFolderView, type ActivityView } from '../use-work-folder-view.ts';
import { FeedbackList } from '../components/feedback-list.tsx';
import { EnteredBy } from '../components/entered-by.tsx';
import { Proofs } from '../components/proofs.tsx';
import { ActivityProblem } from '../components/activity-problem.tsx';
import { SaveError } from '#src/shared/ui/save-error.tsx';

/** One activity: its details, the result timeline, the coach's feedback and earlier versions. */
export function Component() {
  const { t } = useTranslation(['workFolder', 'common']);
  const sectionOn = useSectionOn();
  const { activityId = '' } = useParams();
  const location = useLocation();
  const { user } = useSession();
  const clientId = user?.clientId ?? '';
  const { query, configQuery, activities } = useWorkFolderView(clientId, user);
  const activity = activities.find((a) => a.id === activityId);
  // the client opened it: their coach's new feedback is read (on the server, through the outbox)
  const unseen = activity?.feedback.filter((f) => !f.seenAt).map((f) => f.id).join(',') ?? '';
  const marked = useRef(new Set<string>());
  const { write: markSeen } = useMarkFeedbackSeen();
  useEffect(() => {
    if (!unseen || !user || user.role !== 'client' || !clientId) return;
    const ids = unseen.split(',').filter((id) => !marked.current.has(id));
    if (ids.length === 0) return;
    for (const id of ids) marked.current.add(id);
    void markSeen({ payload: { clientId, activityId, feedbackIds: ids } }).then((record) => {
      // not saved (e.g. the disk is full): it simply stays new, and is tried again next time
      if (!record) for (const id of ids) marked.current.delete(id);
    });
  }, [unseen, user, clientId, activityId, markSeen]);
  const saved = (location.state as { saved?: boolean } | null)?.saved === true;
  const typeLabel = useTypeLabel(configQuery.data);
  const formatDate = useFormatDate();

  return (
    <Page title={activity ? activity.employer || activity.eventTitle || typeLabel(activity.typeId) : t('detail.title')} back={{ to: '/werkmap', label: t('actions.backToList') }}>
      <QueryState query={query}>
        {() =>
          !activity ? (
            <p>{t('detail.notFound')}</p>
          ) : (
            <>
              {saved && activity.sync !== 'sent' ? (
                <Notice kind="success" live="polite" title={t('form.saved')}>
                  <p>{t('form.savedWaiting')}</p>
                </Notice>
              ) : null}
              <p className="sent-mark" data-testid="activity-sync-state">
                <SyncTag sync={activity.sync} />
              </p>
              <EnteredBy activity={activity} reader="client" />
              <ActivityProblem activityId={activity.id} />
              {activity.handedIn ? <Notice kind="info">{t('detail.handedIn', { date: formatDate(activity.handedIn.at) })}</Notice> : null}
              <dl className="summary-list">
                {(
                  [
                    [t('fields.typeId.label'), typeLabel(activity.typeId)],
                    [t('fields.date.label'), formatDate(activity.date)],
                    [t('fields.employer.label'), activity.employer],
                    [t('fields.jobTitle.label'), activity.jobTitle],
                    [t('fields.eventTitle.label'), activity.eventTitle],
                    [t('fields.vacancy.label'), activity.vacancy],
                    [t('fields.how.label'), activity.how ? t(`how.${activity.how}`) : ''],
                    [t('fields.contactName.label'), [activity.contactName, activity.contactDetail].filter(Boolean).join(', ')],
                    [t('fields.notes.label'), activity.notes],
                  ] as const
                )
                  .filter(([, value]) => value)
                  .map(([key, value]) => {
                    // only a web address becomes a link; anything else (a number, an old javascript: text) stays text
                    const href = key === t('fields.vacancy.label') ? safeWebUrl(value) : null;
                    return (
                      <div className="summary-list__row" key={key}>
                        <dt className="summary-list__key">{key}</dt>
                        <dd className="summary-list__value" dir="auto">
                          {href ? (
                            <a href={href} rel="noreferrer noopener" target="_blank">
                              {value}
                            </a>
                          ) : (
                            value
                          )}
                        </dd>
                      </div>
                    );
                  })}
              </dl>
              {configQuery.data && !counts(activity, configQuery.data) ? <p>{t('detail.doesNotCount')}</p> : null}
              <ul className="link-list">
                <li>
                  <Link to={`/werkmap/${encodeURIComponent(activity.id)}/wijzigen`}>{t('actions.edit')}</Link>
                </li>
                {sectionOn('/berichten') ? (
                  <li>
                    <Link to={`/berichten?over=activity:${encodeURIComponent(activity.id)}`}>{t('detail.askQuestion')}</Link>
                  </li>
                ) : null}
              </ul>
              <Timeline activity={activity} />
              <Proofs activity={activity} />
              <h2>{t('detail.feedback')}</h2>
              {activity.feedback.length === 0 ? <p>{t('detail.noFeedback')}</p> : <FeedbackList feedback={activity.feedback} />}
              {activity.history.length > 0 ? (
                <details className="details">
                  <summary className="details__summary">{t('detail.history', { count: activity.history.length })}</summary>
                  <ol className="details__text history-list">
                    {[...activity.history].reverse().map((entry) => (
                      <li key={entry.version}>
                        {t('detail.historyEntry', { version: entry.version, date: formatDate(entry.changedAt), name: entry.changedBy.name })}
                        {entry.reason ? (
                          <>
                            {' '}
                            <span dir="auto">{t('detail.reason', { reason: entry.reason })}</span>
                          </>
                        ) : null}
                      </li>
                    ))}
                  </ol>
                </details>
              ) : null}
            </>
          )
        }
      </QueryState>
    </Page>
  );
}

/** verstuurd → uitgenodigd → gesprek → afgewezen / aangenomen / geen reactie / ingetrokken */
function Timeline({ activity }: { activity: ActivityView }) {
  const { t } = useTranslation('workFolder');
  const formatDate = useFormatDate();
  const last = activity.results.at(-1)?.status;
  const finished = last !== undefined && FINAL_RESULTS.includes(last);
  const next = RESULT_STATUSES.filter((s) => !activity.results.some((r) => r.status === s));
  const [status, setStatus] = useState<ResultStatus | ''>('');
  const [added, setAdded] = useState(false);

  const { write, error } = usePutActivity();
  const add = async () => {
    if (!status) return;
    const record = await write({
      payload: {
        clientId: activity.clientId,
        activityId: activity.id,
        input: { ...contentOf(activity), results: [...activity.results, { status, date: todayIso() < activity.date ? activity.date : todayIso() }] },
      },
      baseVersion: activity.pendingRecord?.baseVersion ?? activity.version,
    });
    if (!record) return;
    setStatus('');
    setAdded(true);
  };

  return (
    <>
      <h2>{t('detail.timeline')}</h2>
      {activity.results.length === 0 ? (
        <p>{t('results.none')}</p>
      ) : (
        <ol className="timeline">
          {activity.results.map((step) => (
            <li key={`${step.status}-${step.date}`} className="timeline__step">
              <StatusTag tone={step.status === 'hired' ? 'success' : step.status === 'rejected' ? 'error' : 'info'}>{t(`results.${step.status}`)}</StatusTag>{' '}
              <span>{formatDate(step.date)}</span>
            </li>
          ))}
        </ol>
      )}
      {added ? (
        <p role="status" className="field__hint">
          {t('detail.resultAdded')}
        </p>
      ) : null}
      {!finished && next.length > 0 ? (
        <div className="inline-form">
          <SelectField
            id="activity-next-result"
            label={t('detail.addResult')}
            hint={t('detail.addResultHint')}
            value={status}
            onChange={(event) => setStatus(event.target.value as ResultStatus | '')}
            options={[{ value: '', label: t('fields.how.choose') }, ...next.map((s) => ({ value: s, label: t(`results.${s}`) }))]}
          />
          <Button variant="secondary" onClick={() => void add()} disabled={!status}>
            {t('detail.addResultButton')}
          </Button>
          <SaveError error={error} />
        </div>
      ) : null}
    </>
  );
}
