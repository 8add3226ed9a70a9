import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Notice } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { useOnline } from '#src/shared/lib/use-online.ts';
import type { User } from '#src/shared/auth/schemas.ts';
import { markRead } from '../api/get-conversation.ts';
import { messageKeys } from '../api/keys.ts';
import { useSendMessage } from '../api/send-message.ts';
import { useAnswerAppointment } from '../api/answer-appointment.ts';
import { sideOf, type Side } from '../rules.ts';
import type { AppointmentAnswerInput, MessageInput, MessageLink } from '../schemas.ts';
import { useConversationView } from '../use-conversation-view.ts';
import { ComposeForm, type ComposeValues } from './compose-form.tsx';
import { InviteForm, type InviteValues } from './invite-form.tsx';
import { MessageList } from './message-list.tsx';
import { SaveError } from '#src/shared/ui/save-error.tsx';
import { pushMoment } from '#src/shared/push/moment.ts';

/**
 * One client's conversation from either side: the messages (polled while open), marking the
 * other side's messages read, a polite announcement of new ones, and writing through the
 * outbox. The coach side can also send an invitation for a conversation.
 */
export function ConversationPanel({ clientId, reader, user, link, onRemoveLink }: { clientId: string; reader: Side; user: User; link: MessageLink | null; onRemoveLink: () => void }) {
  const { t } = useTranslation(['messages', 'common', 'sync']);
  const online = useOnline();
  const queryClient = useQueryClient();
  const { query, messages } = useConversationView(clientId, online);
  const [announcement, setAnnouncement] = useState('');
  const { send: sendMessage, error: saveError } = useSendMessage(clientId, { name: user.name, role: reader });
  const { write: writeAnswer, error: answerError } = useAnswerAppointment();
  const known = useRef<Set<string> | null>(null);

  // a polite "Nieuw bericht van …" for messages from the other side that arrive while the screen is open
  useEffect(() => {
    if (!query.data) return;
    const ids = new Set(query.data.messages.map((m) => m.id));
    if (known.current) {
      const fresh = query.data.messages.filter((m) => !known.current?.has(m.id) && sideOf(m.senderRole) !== reader);
      const last = fresh.at(-1);
      if (last) setAnnouncement(t('list.newFrom', { name: last.senderName }));
    }
    known.current = ids;
  }, [query.data, reader, t]);

  // the other side's messages are read once shown on a visible screen
  const unread = query.data?.unread ?? 0;
  const lastSentAt = query.data?.messages.at(-1)?.sentAt;
  useEffect(() => {
    if (unread === 0 || !lastSentAt || !online) return;
    const mark = () => {
      if (document.visibilityState !== 'visible') return;
      markRead(clientId, lastSentAt)
        .then((result) => {
          queryClient.setQueryData(messageKeys.unread(), result);
          void queryClient.invalidateQueries({ queryKey: messageKeys.conversation(clientId) });
        })
        .catch(() => undefined);
    };
    mark();
    document.addEventListener('visibilitychange', mark);
    return () => document.removeEventListener('visibilitychange', mark);
  }, [unread, lastSentAt, online, clientId, queryClient]);

  // an invitation from the coach arrived: also a moment to ask for push
  const invitation = reader === 'client' && messages.some((m) => m.appointment !== null && m.appointment.answer === null && sideOf(m.senderRole) !== reader);
  useEffect(() => {
    if (invitation) pushMoment('appointment');
  }, [invitation]);

  const enqueueMessage = async (input: MessageInput, files: ComposeValues['files']) => {
    // not saved (the disk is full): the form keeps what was typed, and `saveError` says why
    if (!(await sendMessage(input, files))) throw new Error('The message was not saved on this device');
  };

  const send = (values: ComposeValues) =>
    enqueueMessage(
      { kind: 'text', body: values.body, link: values.link, appointment: null, writtenAt: new Date().toISOString(), attachmentCount: values.files.length },
      values.files,
    ).then(() => {
      if (values.link) onRemoveLink();
      // the moment to ask for push: the client waits for an answer now (issue 17)
      if (reader === 'client') pushMoment('message');
    });

  const invite = (values: InviteValues) =>
    enqueueMessage(
      {
        kind: 'appointment',
        body: values.body,
        link: null,
        appointment: { startsAt: values.startsAt, durationMinutes: values.durationMinutes, place: values.place, onlineUrl: values.onlineUrl },
        writtenAt: new Date().toISOString(),
        attachmentCount: 0,
      },
      [],
    );

  const answer = async (messageId: string, input: AppointmentAnswerInput) => {
    await writeAnswer({ payload: { clientId, messageId, input } });
  };

  return (
    <>
      <p className="visually-hidden" aria-live="polite" data-testid="message-announcement">
        {announcement}
      </p>
      {!online ? (
        <Notice kind="info">
          <p>{t('messages:offline')}</p>
        </Notice>
      ) : null}
      <QueryState query={query}>{() => <MessageList messages={messages} reader={reader} onAnswer={answer} />}</QueryState>
      <SaveError error={answerError} />
      {saveError ? (
        <Notice kind="error" live="assertive">
          <p>{saveError}</p>
        </Notice>
      ) : null}
      <ComposeForm draftKey={`${user.id}:${clientId}`} link={link} onRemoveLink={onRemoveLink} onSend={send} />
      {reader === 'coach' ? <InviteForm onInvite={invite} /> : null}
    </>
  );
}
