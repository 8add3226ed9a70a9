import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '#src/shared/ui/button.tsx';
import { TextareaField } from '#src/shared/ui/textarea-field.tsx';
import { useSession } from '#src/shared/auth/use-session.ts';
import { useOutboxSnapshot } from '#src/shared/offline/react.ts';
import type { OutboxRecord } from '#src/shared/offline/types.ts';
import { newId } from '../api/keys.ts';
import { PORTFOLIO_COMMENT, useComment, type CommentPayload } from '../api/comment.ts';
import { COMMENT_MAX, commentInputSchema, type Comment } from '../schemas.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { useErrorText } from '#src/shared/ui/form.tsx';
import { SyncTag } from '#src/shared/ui/sync-tag.tsx';
import { recordSyncState } from '#src/shared/offline/sync-state.ts';

/**
 * The feedback thread of an item: the coach comments, the client answers; it stays with the
 * item. Written through the outbox on both sides, shown at once with whether it is sent.
 */
export function Comments({ clientId, itemId, comments, canWrite }: { clientId: string; itemId: string; comments: Comment[]; canWrite: boolean }) {
  const { t } = useTranslation(['portfolio', 'sync', 'common']);
  const errorText = useErrorText('portfolio');
  const formatDate = useFormatDate({ time: true });
  const { user } = useSession();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const comment = useComment();
  const { records } = useOutboxSnapshot();
  const pending = records.filter(
    (r) => r.kind === PORTFOLIO_COMMENT && (r.payload as CommentPayload).itemId === itemId && !comments.some((c) => c.id === (r.payload as CommentPayload).commentId),
  ) as OutboxRecord<CommentPayload>[];

  const send = async () => {
    const parsed = commentInputSchema.safeParse({ text });
    if (!parsed.success) return setError(errorText(parsed.error.issues[0]?.message));
    if (!user) return;
    setError(undefined);
    const record = await comment.write({ payload: { clientId, itemId, commentId: newId(), input: parsed.data } });
    if (record) setText('');
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('comments.title')}</h2>
      {comments.length === 0 && pending.length === 0 ? <p>{t('comments.none')}</p> : null}
      <ol className="comment-list">
        {comments.map((c) => (
          <li key={c.id} className="comment-list__item">
            <p className="comment-list__meta">
              {t(c.by.role === 'coach' ? 'comments.byCoach' : 'comments.byClient', { name: c.by.name, date: formatDate(c.at) })}
            </p>
            <p className="comment-list__text" dir="auto">
              {c.text}
            </p>
          </li>
        ))}
        {pending.map((r) => (
          <li key={r.id} className="comment-list__item">
            <p className="comment-list__meta">
              {t('comments.you')} <SyncTag sync={recordSyncState(r)} />
            </p>
            <p className="comment-list__text" dir="auto">
              {r.payload.input.text}
            </p>
          </li>
        ))}
      </ol>
      {canWrite ? (
        <form
          noValidate
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void send();
          }}
        >
          <TextareaField
            id={`${id}-text`}
            label={t('comments.label')}
            error={error ?? comment.error ?? undefined}
            value={text}
            maxLength={COMMENT_MAX}
            rows={3}
            onChange={(event) => setText(event.target.value)}
          />
          <Button type="submit">{t('comments.send')}</Button>
        </form>
      ) : null}
    </section>
  );
}
