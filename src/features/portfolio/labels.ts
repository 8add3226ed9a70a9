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

