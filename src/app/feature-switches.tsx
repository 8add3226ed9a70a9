import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isFeatureOn, useAppConfig, type FeatureSwitch } from '#src/shared/config/app-config.ts';
import { Page } from '#src/shared/ui/page.tsx';

/** The sections a municipality can switch off (config.json `features`), by the addresses of their screens. */
const SECTIONS: Record<FeatureSwitch, RegExp> = {
  vacancies: /^\/(?:vacatures|voorstellen|opleidingen|regisseur)(?:\/|$)|^\/coach\/clienten\/[^/]+\/voorstellen(?:\/|$)/,
  portfolio: /^\/(?:portfolio|gedeeld)(?:\/|$)|^\/coach\/clienten\/[^/]+\/portfolio(?:\/|$)/,
  messages: /^\/berichten(?:\/|$)|^\/coach\/clienten\/[^/]+\/berichten(?:\/|$)/,
};

/** The switched-off section an address belongs to, if any. */
export function switchedOffSection(pathname: string, on: (feature: FeatureSwitch) => boolean = isFeatureOn): FeatureSwitch | null {
  for (const [feature, pattern] of Object.entries(SECTIONS) as [FeatureSwitch, RegExp][]) if (!on(feature) && pattern.test(pathname)) return feature;
  return null;
}

/** Whether a navigation address (`/vacatures`, `/berichten` …) may be shown. */
export function useSectionOn(): (pathname: string) => boolean {
  const config = useAppConfig();
  return (pathname) => switchedOffSection(pathname, (feature) => isFeatureOn(feature, config)) === null;
}

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
