import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSectionOn } from '#src/shared/config/sections.ts';
import { apiBlob } from '#src/shared/api/client.ts';
import { downloadBlob } from '#src/shared/files/download.ts';
import { filePath } from '#src/shared/files/upload.ts';
import { StatusTag, type StatusTone } from '#src/shared/ui/status-tag.tsx';
import { groupByDay, sideOf, type Side } from '../rules.ts';
import type { AppointmentAnswerInput, MessageAttachment, MessageLink } from '../schemas.ts';
import { useMessageFormat } from '../labels.ts';
import type { MessageState, MessageView } from '../use-conversation-view.ts';
import { AppointmentCard } from './appointment-card.tsx';
import { ReadAloud } from '#src/shared/ui/read-aloud.tsx';

const tones: Record<MessageState, StatusTone> = { sent: 'neutral', delivered: 'info', read: 'success', onDevice: 'warning', waiting: 'warning', problem: 'error' };

async function openAttachment(clientId: string, attachment: MessageAttachment) {
  downloadBlob(await apiBlob(filePath(clientId, attachment.id)), attachment.name);
}

/** Where a link in a message goes, for the reader's side. */
function linkHref(link: MessageLink, clientId: string, reader: Side): string | null {
  if (link.type === 'activity') return reader === 'client' ? `/werkmap/${encodeURIComponent(link.id)}` : `/coach/clienten/${encodeURIComponent(clientId)}/werkmap`;
  if (link.type === 'task') return reader === 'client' ? '/taken' : `/coach/clienten/${encodeURIComponent(clientId)}/taken`;
  if (link.type === 'cv') return reader === 'client' ? '/cv' : null;
  // a course is no one's personal data: the same page for the client and the coach
  if (link.type === 'course') return `/opleidingen/${encodeURIComponent(link.id)}`;
  return reader === 'client' ? '/portfolio' : null;
}

function MessageItem({ message, reader, onAnswer }: { message: MessageView; reader: Side; onAnswer: (messageId: string, input: AppointmentAnswerInput) => Promise<void> }) {
  const { t } = useTranslation('messages');
  const format = useMessageFormat();
  const own = sideOf(message.senderRole) === reader;
  const sectionOn = useSectionOn();
  const target = message.link ? linkHref(message.link, message.clientId, reader) : null;
  // no link into a section the municipality switched off (a course, the portfolio)
  const href = target !== null && sectionOn(target) ? target : null;
  return (
    <li className={`message message--${own ? 'own' : 'other'}`}>
      <p className="message__meta">
        <span dir="auto" className="message__sender">
          {own ? t('list.you') : message.senderName}
        </span>
        {message.onBehalfOf && !own ? <span> {t('list.forColleague')}</span> : null}
        <span aria-hidden="true"> · </span>
        <time dateTime={message.sentAt}>{format.time(message.sentAt)}</time>
      </p>
      {message.body ? (
        <>
          <p className="message__body" dir="auto">
            {message.body}
          </p>
          <ReadAloud text={message.body} />
        </>
      ) : null}
      {message.link ? (
        <p className="message__link">
          {href ? (
            <Link to={href} dir="auto">
              {message.link.label}
            </Link>
          ) : (
            <span dir="auto">{message.link.label}</span>
          )}
        </p>
      ) : null}
      {message.attachments.length > 0 || message.pendingFiles.length > 0 ? (
        <ul className="message__files" aria-label={t('list.attachments')}>
          {message.attachments.map((a) => (
            <li key={a.id}>
              <button type="button" className="link-button" onClick={() => void openAttachment(message.clientId, a)}>
                <span dir="auto">{a.name}</span>
              </button>
            </li>
          ))}
          {message.pendingFiles.map((name) => (
            <li key={name}>
              <span dir="auto">{name}</span> <StatusTag tone="warning">{t('state.onDevice')}</StatusTag>
            </li>
          ))}
        </ul>
      ) : null}
      {message.kind === 'appointment' ? (
        <AppointmentCard message={message} canAnswer={reader === 'client' && !own} calendar={reader === 'client'} onAnswer={(input) => onAnswer(message.id, input)} />
      ) : null}
      {own ? (
        <p className="message__state">
          <StatusTag tone={tones[message.state]}>{t(`state.${message.state}`)}</StatusTag>
        </p>
      ) : null}
    </li>
  );
}

/** The conversation, oldest first (newest at the bottom), grouped per day. */
export function MessageList({ messages, reader, onAnswer }: { messages: MessageView[]; reader: Side; onAnswer: (messageId: string, input: AppointmentAnswerInput) => Promise<void> }) {
  const { t } = useTranslation('messages');
  const format = useMessageFormat();
  if (messages.length === 0) return <p>{t('list.empty')}</p>;
  return (
    <div className="conversation" data-testid="conversation">
      {groupByDay(messages, format.dayKey).map((group) => (
        <section key={group.day} aria-labelledby={`day-${group.day}`} className="conversation__day">
          <h2 className="conversation__day-title" id={`day-${group.day}`}>
            {format.day(group.day)}
          </h2>
          <ol className="conversation__list">
            {group.messages.map((m) => (
              <MessageItem key={m.id} message={m} reader={reader} onAnswer={onAnswer} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
