export const messageKeys = {
  all: ['messages'] as const,
  conversation: (clientId: string) => [...messageKeys.all, 'conversation', clientId] as const,
  unread: () => [...messageKeys.all, 'unread'] as const,
};

/** One lane per message: the message first, then its attachments, then an answer to it. */
export function messageLane(messageId: string): string {
  return `message:${messageId}`;
}

export { newId } from '#src/shared/lib/ids.ts';
