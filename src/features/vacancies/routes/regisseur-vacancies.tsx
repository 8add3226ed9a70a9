import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';

/** The regisseur werk's start: the vacancies, to find candidates for and propose. */
export function Component() {
  const { t } = useTranslation('matching');
  return <Page title={t('broker.title')} lead={t('broker.lead')} />;
}
