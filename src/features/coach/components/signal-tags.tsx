import { useTranslation } from 'react-i18next';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import type { Signal } from '../schemas.ts';

/** The signals as words (never colour alone); "Geen signalen" when there are none. */
export function SignalTags({ signals }: { signals: readonly Signal[] }) {
  const { t } = useTranslation('coach');
  if (signals.length === 0) return <span className="muted">{t('signals.none')}</span>;
  return (
    <ul className="signal-list">
      {signals.map((signal) => (
        <li key={signal}>
          <StatusTag tone="warning">{t(`signals.${signal}`)}</StatusTag>
        </li>
      ))}
    </ul>
  );
}
