import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAppConfig } from '#src/shared/config/app-config.ts';
import { Page } from '#src/shared/ui/page.tsx';

export { switchedOffSection, useSectionOn } from '#src/shared/config/sections.ts';

/** The page in place of a screen of a section the municipality switched off. */
export function FeatureOffPage() {
  const { t } = useTranslation();
  const { municipality } = useAppConfig();
  return (
    <Page title={t('featureOff.title')}>
      <p>{t('featureOff.body', { name: municipality.name })}</p>
      <p>
        <Link to="/">{t('nav.backHome')}</Link>
      </p>
    </Page>
  );
}
