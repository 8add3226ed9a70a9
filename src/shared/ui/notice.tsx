import type { ReactNode } from 'react';

type Kind = 'info' | 'success' | 'warning' | 'error';

/** A box with a message. `role` only when it must be announced at once. */
export function Notice({
  kind = 'info',
  title,
  children,
  live,
}: {
  kind?: Kind;
  title?: ReactNode;
  children?: ReactNode;
  live?: 'polite' | 'assertive';
}) {
  return (
    <div className={`notice notice--${kind}`} role={live === 'assertive' ? 'alert' : live === 'polite' ? 'status' : undefined}>
      {title ? <p className="notice__title">{title}</p> : null}
      {children ? <div className="notice__body">{children}</div> : null}
    </div>
  );
}

/** A save that failed on the device (e.g. a full disk): announced at once; nothing when there is none. */
export function SaveError({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <Notice kind="error" live="assertive">
      <p>{message}</p>
    </Notice>
  );
}
