import { useTranslation } from 'react-i18next';
import { useAppConfig } from '#src/shared/config/app-config.ts';
import { ContactList } from '#src/shared/ui/contact-list.tsx';
import { TextPage } from '../text-page.tsx';

/** The privacy page, ending with the municipality's privacy contact (config.json `municipality.privacyContact`). */
export function Component() {
  const { t } = useTranslation('pages');
  const { municipality } = useAppConfig();
  const contact = municipality.privacyContact ?? municipality.contact;
  return (
    <TextPage page="privacy">
      <section>
        <h2>{t('privacy.contact.title')}</h2>
        <p>{t('privacy.contact.body', { name: municipality.name })}</p>
        {contact ? <ContactList contact={contact} className="contact-list" /> : null}
      </section>
    </TextPage>
  );
}
