/**
 * Cross-tab coordination, injectable for tests: a lock so one tab drains at a
 * time, and a channel so every tab's snapshot stays current.
 */

/** The part of `navigator.locks` the outbox uses. */
export type OutboxLockManager = {
  request<T>(name: string, options: { ifAvailable: true }, callback: (lock: unknown) => Promise<T>): Promise<T>;
};

/**
 * An in-process lock manager with the Web Locks semantics the outbox needs
 * (`ifAvailable`: the callback gets null when the lock is held). Used where
 * `navigator.locks` is missing: it keeps concurrent drains inside one tab
 * apart, not tabs.
 */
export function createLocalLocks(): OutboxLockManager {
  const held = new Set<string>();
  return {
    async request(name, _options, callback) {
      if (held.has(name)) return callback(null);
      held.add(name);
      try {
        return await callback({ name });
      } finally {
        held.delete(name);
      }
    },
  };
}

const localLocks = createLocalLocks();

export function defaultLocks(): OutboxLockManager {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { locks?: LockManager }).locks;
  if (locks && typeof locks.request === 'function') {
    return {
      request: (name, options, callback) =>
        locks.request(name, options, (lock) => callback(lock)) as Promise<never>,
    };
  }
  return localLocks;
}

/** A message bus between the tabs of this origin. */
export type OutboxChannel = {
  postMessage(message: unknown): void;
  subscribe(listener: (message: unknown) => void): () => void;
  close(): void;
};

export function broadcastChannel(name: string): OutboxChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  return {
    postMessage(message) {
      try {
        channel.postMessage(message);
      } catch {
        // Closed: nobody to tell.
      }
    },
    subscribe(listener) {
      const handler = (event: MessageEvent) => listener(event.data);
      channel.addEventListener('message', handler);
      return () => channel.removeEventListener('message', handler);
    },
    close: () => channel.close(),
  };
}

/**
 * An in-process stand-in for BroadcastChannel: every connected channel gets the
 * messages of the others (not its own), asynchronously, like the real thing.
 */
export function createChannelHub(): { connect(): OutboxChannel } {
  const members = new Set<{ listeners: Set<(message: unknown) => void> }>();
  return {
    connect() {
      const self = { listeners: new Set<(message: unknown) => void>() };
      members.add(self);
      return {
        postMessage(message) {
          const copy = structuredClone(message);
          for (const member of members) {
            if (member === self) continue;
            setTimeout(() => {
              for (const listener of member.listeners) listener(copy);
            }, 0);
          }
        },
        subscribe(listener) {
          self.listeners.add(listener);
          return () => self.listeners.delete(listener);
        },
        close() {
          members.delete(self);
          self.listeners.clear();
        },
      };
    },
  };
}
