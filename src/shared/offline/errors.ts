/**
 * The device has no room left for the write. Nothing already saved was lost;
 * the caller shows "Je apparaat is vol…" and keeps the form filled in.
 */
export class StorageFullError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('The device storage is full: the record was not saved.', options);
    this.name = 'StorageFullError';
  }
}

export function isStorageFullError(error: unknown): error is StorageFullError {
  return error instanceof StorageFullError;
}

/** QuotaExceededError from IndexedDB, as the browsers report it. */
export function isQuotaExceeded(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  // Legacy DOMException code 22 (QUOTA_EXCEEDED_ERR).
  if (code === 22 && name !== 'AbortError') return true;
  // A transaction aborted because of a quota error carries it as `error` on the abort event.
  const inner = (error as { error?: unknown; cause?: unknown }).error ?? (error as { cause?: unknown }).cause;
  return inner !== undefined && inner !== error && isQuotaExceeded(inner);
}
