import type { Message, MessageInput, MessageSenderRole } from './schemas.ts';

/** The two sides of a conversation: the client (and a helper writing for them) and the coach (and their team). */
export type Side = 'client' | 'coach';

export function sideOf(role: MessageSenderRole): Side {
  return role === 'coach' ? 'coach' : 'client';
}

/** A message as it is first sent (on the server, and shown on the device before that): no files yet, an invitation not yet answered, not delivered or read. */
export function newMessage(
  input: MessageInput,
  sent: Pick<Message, 'id' | 'clientId' | 'senderId' | 'senderRole' | 'senderName' | 'onBehalfOf' | 'sentAt'>,
): Message {
  return {
    ...sent,
    kind: input.kind,
    body: input.body,
    attachments: [],
    link: input.link,
    appointment: input.appointment ? { ...input.appointment, answer: null } : null,
    writtenAt: input.writtenAt,
    deliveredAt: null,
    readAt: null,
  };
}

/** Messages from the other side that the reader has not read yet. */
export function unreadCount(messages: readonly Pick<Message, 'senderRole' | 'readAt'>[], reader: Side): number {
  return messages.filter((m) => sideOf(m.senderRole) !== reader && m.readAt === null).length;
}

/** What the sender sees of their own message. */
export function deliveryState(message: Pick<Message, 'deliveredAt' | 'readAt'>): 'sent' | 'delivered' | 'read' {
  return message.readAt ? 'read' : message.deliveredAt ? 'delivered' : 'sent';
}

/** Polling: 15 s while things change; doubled after each quiet or failed poll, up to 5 minutes. */
export const POLL_BASE_MS = 15_000;
export const POLL_MAX_MS = 5 * 60_000;

/**
 * The wait before the next poll. `previous` is the wait before the poll that just ended
 * (null: the first). New data brings it back to the base; nothing new or an error doubles it.
 */
export function nextPollDelay(previous: number | null, outcome: 'changed' | 'unchanged' | 'error', base = POLL_BASE_MS, max = POLL_MAX_MS): number {
  if (previous === null || outcome === 'changed') return base;
  return Math.min(max, Math.max(base, previous * 2));
}

/** Messages grouped per calendar day (local time), oldest first. */
export function groupByDay<T extends Pick<Message, 'sentAt'>>(messages: readonly T[], dayOf: (iso: string) => string): Array<{ day: string; messages: T[] }> {
  const groups: Array<{ day: string; messages: T[] }> = [];
  for (const message of messages) {
    const day = dayOf(message.sentAt);
    const last = groups.at(-1);
    if (last && last.day === day) last.messages.push(message);
    else groups.push({ day, messages: [message] });
  }
  return groups;
}
