import { useTranslation } from 'react-i18next';
import type { AppConfig } from '#src/shared/config/app-config.ts';

export type Contact = NonNullable<AppConfig['municipality']['contact']>;

/** A municipality's phone, e-mail and website as links (tel:, mailto:, https:). */
export function ContactList({ contact, className }: { contact: Contact; className?: string }) {
  const { t } = useTranslation();
  // checked by config.json's schema (an http(s) address); no zod here: the footer is part of the shell
  const website = contact.website;
  const items = [
    contact.phone ? { key: 'phone' as const, href: `tel:${contact.phone.replace(/[^0-9+]/g, '')}`, text: contact.phone } : null,
    contact.email ? { key: 'email' as const, href: `mailto:${contact.email}`, text: contact.email } : null,
    website ? { key: 'website' as const, href: website, text: new URL(website).host } : null,
  ].filter((item) => item !== null);
  if (items.length === 0) return null;
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.key}>
          {t(`municipality.${item.key}`)}: <a href={item.href}>{item.text}</a>
        </li>
      ))}
    </ul>
  );
}

