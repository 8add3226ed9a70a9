import { useTranslation } from 'react-i18next';

/**
 * Why a write was not saved on this device (a full disk…): a write hook's `error`, shown next
 * to the control that made it. Nothing when there is no error. For a write to several clients
 * (`useWriteForMany`), `notSavedFor` names those it was not saved for: trying again sends it
 * only to them.
 */
export function SaveError({ error, notSavedFor = [] }: { error: string | null | undefined; notSavedFor?: readonly string[] }) {
  const { t } = useTranslation('sync');
  if (!error && notSavedFor.length === 0) return null;
  return (
    <p role="alert" className="utrecht-form-field-error-message">
      {error}
      {notSavedFor.length > 0 ? ` ${t('bulk.notSavedFor', { count: notSavedFor.length, names: notSavedFor.join(', ') })}` : null}
    </p>
  );
}

/** The names of the clients with these ids, for `notSavedFor`. */
export function namesOf(clients: readonly { clientId: string; name: string }[], ids: readonly string[]): string[] {
  return clients.filter((c) => ids.includes(c.clientId)).map((c) => c.name);
}
