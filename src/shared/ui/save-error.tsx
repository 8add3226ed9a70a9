/**
 * Why a write was not saved on this device (a full disk…): a write hook's `error`, shown next
 * to the control that made it. Nothing when there is no error.
 */
export function SaveError({ error }: { error: string | null | undefined }) {
  return error ? (
    <p role="alert" className="utrecht-form-field-error-message">
      {error}
    </p>
  ) : null;
}
