import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '#src/shared/api/client.ts';
import { conversationSchema, markReadInputSchema, unreadSchema } from '../schemas.ts';
import { messageKeys } from './keys.ts';
import { usePollingInterval } from './use-polling.ts';

export async function getConversation(clientId: string) {
  const { data } = await apiRequest({ path: `/clients/${encodeURIComponent(clientId)}/messages`, schema: conversationSchema });
  return data;
}

export function conversationQueryOptions(clientId: string) {
  return queryOptions({ queryKey: messageKeys.conversation(clientId), queryFn: () => getConversation(clientId), meta: { persist: true }, staleTime: 0 });
}

/** The conversation, polled with back-off while the screen is open. */
export function useConversation(clientId: string) {
  const refetchInterval = usePollingInterval();
  return useQuery({ ...conversationQueryOptions(clientId), enabled: clientId !== '', refetchInterval });
}

/** Read receipts ("gelezen"): not through the outbox; the next visit marks them again when this fails. */
export async function markRead(clientId: string, upTo: string) {
  const { data } = await apiRequest({
    method: 'POST',
    path: `/clients/${encodeURIComponent(clientId)}/messages/read`,
    body: markReadInputSchema.parse({ upTo }),
    schema: unreadSchema,
  });
  return data;
}

export async function getUnread() {
  const { data } = await apiRequest({ path: '/me/unread', schema: unreadSchema });
  return data;
}

/** The signed-in person's unread messages (navigation badge), polled with back-off. */
export function useUnread(enabled: boolean) {
  const refetchInterval = usePollingInterval();
  return useQuery({ queryKey: messageKeys.unread(), queryFn: getUnread, enabled, refetchInterval, staleTime: 0, meta: { persist: true } });
}
