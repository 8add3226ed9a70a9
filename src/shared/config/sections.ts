import { isFeatureOn, useAppConfig, type FeatureSwitch } from './app-config.ts';

/**
 * The sections a municipality can switch off (config.json `features`), by the addresses of their
 * screens: the navigation, the home pages and every in-screen link ask `useSectionOn()` before they
 * show a link, and the layout shows "Dit onderdeel is er niet" at such an address.
 */
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

/** Whether a link to an address (`/vacatures`, `/berichten`, `/coach/clienten/…/portfolio` …) may be shown. */
export function useSectionOn(): (pathname: string) => boolean {
  const config = useAppConfig();
  return (pathname) => switchedOffSection(pathname, (feature) => isFeatureOn(feature, config)) === null;
}
