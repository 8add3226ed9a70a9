import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '#src/shared/lib/partial-date.ts';
import { useErrorText } from '#src/shared/ui/form.tsx';

/** Error keys: the portfolio's own (`validation.portfolio.*`) from this namespace, the rest from common. */
export function usePortfolioErrorText() {
  const { t } = useTranslation('portfolio');
  const common = useErrorText();
  return (message: string | undefined) => {
    if (!message) return undefined;
    return message.startsWith('validation.portfolio.') ? t(message as 'validation.portfolio.date') : common(message);
  };
}

/** A partial date as words: "2021", "mei 2021", "12 mei 2021". */
export function usePartialDate() {
  const { i18n } = useTranslation();
  return (iso: string | null) => (iso ? formatPartialDate(iso, i18n.language) : '');
}

export function useFormatDate() {
  const { i18n } = useTranslation();
  return (iso: string, withTime = false) => {
    const date = iso.length === 10 ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
    return new Intl.DateTimeFormat(i18n.language, {
      dateStyle: 'long',
      timeStyle: withTime ? 'short' : undefined,
      timeZone: iso.length === 10 ? 'UTC' : undefined,
    }).format(date);
  };
}

export function useFileSize() {
  const { i18n } = useTranslation();
  return (bytes: number) =>
    bytes >= 1024 * 1024
      ? `${new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`
      : `${new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 }).format(Math.max(1, bytes / 1024))} kB`;
}
