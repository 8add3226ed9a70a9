import { useTranslation } from 'react-i18next';
import type { ForManyFailure } from '#src/shared/offline/write-for-many.ts';

type Clients = readonly { clientId: string; name: string }[];

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
export function namesOf(clients: Clients, ids: readonly string[]): string[] {
  return clients.filter((c) => ids.includes(c.clientId)).map((c) => c.name);
}

/**
 * A write to several clients that the server did not take for some (`useWriteForMany` with
 * `confirm`): who has it, who not and why, in plain words. The form keeps its input: trying again
 * sends the same records again to those only (the same Idempotency-Key: nobody gets it twice); a
 * changed text goes to those only, in the place of what waited for them (each gets one version).
 */
export function BulkFailures({ clients, failed, missing = [] }: { clients: Clients; failed: readonly ForManyFailure[]; missing?: readonly string[] }) {
  const { t } = useTranslation('sync');
  if (failed.length === 0) return null;
  const got = clients.filter((c) => !missing.includes(c.clientId) && !failed.some((f) => f.clientId === c.clientId));
  return (
    <div role="alert" className="utrecht-form-field-error-message">
      {got.length > 0 ? <p>{t('bulk.gotIt', { names: got.map((c) => c.name).join(', ') })}</p> : null}
      <p>{t('bulk.notFor')}</p>
      <ul>
        {failed.map(({ clientId, reason }) => (
          <li key={clientId}>
            <span dir="auto">{clients.find((c) => c.clientId === clientId)?.name ?? clientId}</span>: {t(`bulk.reason.${reason}`)}
          </li>
        ))}
      </ul>
      <p>{t('bulk.tryAgain')}</p>
    </div>
  );
}

/**
 * All a write to several clients has to say under its form: why it was not saved on the device
 * (and for whom), and for whom the server did not take it (`useWriteForMany` with `confirm`).
 */
export function BulkOutcome({ clients, error, missing, failed }: { clients: Clients; error: string | null | undefined; missing: readonly string[]; failed: readonly ForManyFailure[] }) {
  return (
    <>
      <SaveError error={error} notSavedFor={namesOf(clients, missing)} />
      <BulkFailures clients={clients} failed={failed} missing={missing} />
    </>
  );
}
