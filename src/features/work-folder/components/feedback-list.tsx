import { useTranslation } from 'react-i18next';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import type { Feedback } from '../schemas.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';

const tones = { approved: 'success', question: 'warning', rejected: 'error' } as const;

/**
 * The coach's feedback on an activity, newest first: verdict in words, comment, who and when.
 * The coach (`reader="coach"`) also reads whether the client has opened it (`seenAt`, kept by the server).
 */
export function FeedbackList({ feedback, reader = 'client' }: { feedback: readonly Feedback[]; reader?: 'client' | 'coach' }) {
  const { t } = useTranslation('workFolder');
  const formatDate = useFormatDate();
  return (
    <ul className="feedback-list">
      {[...feedback].reverse().map((f) => (
        <li key={f.id} className="feedback-list__item">
          <p>
            <StatusTag tone={tones[f.verdict]}>{t(`verdicts.${f.verdict}`)}</StatusTag>{' '}
            <span className="field__hint">{t('detail.feedbackBy', { name: f.by.name, date: formatDate(f.at) })}</span>
          </p>
          {f.comment ? <p dir="auto">{f.comment}</p> : null}
          {reader === 'coach' ? (
            <p className="field__hint" data-testid="feedback-seen">
              {f.seenAt ? t('coach.seen', { date: formatDate(f.seenAt) }) : t('coach.notSeen')}
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
