import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '#src/shared/lib/partial-date.ts';

/** A partial date as words: "2021", "mei 2021", "12 mei 2021". */
export function usePartialDate() {
  const { i18n } = useTranslation();
  return (iso: string | null) => (iso ? formatPartialDate(iso, i18n.language) : '');
}

