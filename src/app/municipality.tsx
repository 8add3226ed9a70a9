import { useTranslation } from 'react-i18next';
import { useMunicipality } from '#src/shared/config/app-config.ts';
import { ContactList } from '#src/shared/ui/contact-list.tsx';

/**
 * The footer's "Werkmap is een dienst van Gemeente …", with its logo and contact details
 * (config.json). Not in the HTML prerendered at build time: that page is the same for every
 * municipality (useMunicipality is null there), the app adds it once config.json is read.
 */
export function MunicipalityFooter() {
  const { t } = useTranslation();
  const municipality = useMunicipality();
  if (!municipality) return null;
  return (
    <div className="site-footer__municipality">
      <p className="site-footer__service">
        {municipality.logo ? <img className="site-footer__logo" src={municipality.logo} alt="" width={32} height={32} /> : null}
        <span>{t('municipality.serviceOf', { name: municipality.name })}</span>
      </p>
      {municipality.contact ? <ContactList contact={municipality.contact} className="site-footer__contact" /> : null}
    </div>
  );
}
