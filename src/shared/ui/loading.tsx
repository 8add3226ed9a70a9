import { useTranslation } from 'react-i18next';

/** A placeholder that keeps the space of what is loading, so the page does not jump. */
export function Loading({ lines = 3, label }: { lines?: number; label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="visually-hidden">{label ?? t('status.loading')}</span>
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} className="loading__line" aria-hidden="true" />
      ))}
    </div>
  );
}
