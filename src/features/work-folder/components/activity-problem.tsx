import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from '#src/shared/ui/button.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { useErrorText } from '#src/shared/ui/form.tsx';
import { useOutbox, usePendingFor } from '#src/shared/offline/react.ts';
import type { OutboxRecord } from '#src/shared/offline/types.ts';
import { activityLane } from '../api/keys.ts';
import { ACTIVITY_PUT, type PutActivityPayload } from '../api/put-activity.ts';
import { activityFieldOrder } from '../form.ts';
import type { ActivityContent } from '../schemas.ts';
import { needsAttention } from '#src/shared/offline/sync-state.ts';

const SHOWN = ['date', 'employer', 'jobTitle', 'vacancy', 'how', 'contactName', 'contactDetail', 'eventTitle', 'notes'] as const;

/**
 * A change of this activity the server did not take, on the activity itself:
 * - 412 (changed elsewhere: the coach, or another device): what differs, keep mine or take theirs;
 * - 422 (refused, e.g. a date in the future on another clock): what to fix, with the person's own
 *   input kept on the edit page, or throw the change away.
 */
export function ActivityProblem({ activityId }: { activityId: string }) {
  const { t } = useTranslation(['workFolder', 'common']);
  const errorText = useErrorText();
  const outbox = useOutbox();
  const [busy, setBusy] = useState(false);
  const record = usePendingFor(activityLane(activityId)).find(
    (r) => r.kind === ACTIVITY_PUT && needsAttention(r),
  ) as OutboxRecord<PutActivityPayload> | undefined;
  if (!record || !outbox) return null;

  const act = async (run: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await run();
    } finally {
      setBusy(false);
    }
  };
  const mine = record.payload.input;
  const label = (field: string) => t(`fields.${field}.label` as 'fields.date.label');
  const shown = (field: (typeof SHOWN)[number], value: ActivityContent | undefined) => {
    const v = value?.[field] ?? '';
    return field === 'how' && v ? t(`how.${v}` as 'how.email') : v;
  };

  if (record.status === 'conflict') {
    const theirs = record.lastError?.current as ActivityContent | undefined;
    const differs = SHOWN.filter((field) => theirs && (mine[field] ?? '') !== (theirs[field] ?? ''));
    return (
      <Notice kind="warning" title={t('problem.conflictTitle')}>
        <p>{t('problem.conflictBody')}</p>
        {differs.length > 0 ? (
          <table className="table table--stack" data-testid="activity-conflict">
            <caption className="visually-hidden">{t('problem.compare')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('problem.field')}</th>
                <th scope="col">{t('problem.mine')}</th>
                <th scope="col">{t('problem.theirs')}</th>
              </tr>
            </thead>
            <tbody>
              {differs.map((field) => (
                <tr key={field}>
                  <th scope="row">{label(field)}</th>
                  <td data-label={t('problem.mine')} dir="auto">
                    {shown(field, mine) || '—'}
                  </td>
                  <td data-label={t('problem.theirs')} dir="auto">
                    {shown(field, theirs) || '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <div className="button-row">
          <Button disabled={busy} onClick={() => void act(() => outbox.resolveConflict(record.id, 'mine'))}>
            {t('problem.keepMine')}
          </Button>
          <Button variant="secondary" disabled={busy} onClick={() => void act(() => outbox.resolveConflict(record.id, 'theirs'))}>
            {t('problem.takeTheirs')}
          </Button>
        </div>
      </Notice>
    );
  }

  const fieldErrors = Object.entries(record.lastError?.fieldErrors ?? {});
  const order = activityFieldOrder as readonly string[];
  return (
    <Notice kind="error" title={t('problem.refusedTitle')}>
      <p>{t('problem.refusedBody')}</p>
      {fieldErrors.length > 0 ? (
        <ul data-testid="activity-refused">
          {fieldErrors.map(([field, messages]) => {
            const name = field.split('.')[0] ?? '';
            return (
              <li key={field}>
                {order.includes(name) ? `${label(name)}: ` : ''}
                {errorText(messages[0])}
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className="button-row">
        <Link className="button-link" to={`/werkmap/${encodeURIComponent(activityId)}/wijzigen`}>
          {t('problem.fix')}
        </Link>
        <Button variant="secondary" disabled={busy} onClick={() => void act(() => outbox.discard(record.id))}>
          {t('problem.discard')}
        </Button>
      </div>
    </Notice>
  );
}
