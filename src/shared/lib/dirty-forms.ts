import { useEffect } from 'react';

/** Forms with unsaved input register here, so nothing reloads the page under them. */
const dirty = new Set<symbol>();

export function hasDirtyForms(): boolean {
  return dirty.size > 0;
}

export function useDirtyForm(isDirty: boolean): void {
  useEffect(() => {
    if (!isDirty) return;
    const token = Symbol('form');
    dirty.add(token);
    return () => {
      dirty.delete(token);
    };
  }, [isDirty]);
}
