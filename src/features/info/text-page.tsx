import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';

/** A page of plain text from the `pages` texts: a title, a lead and sections (privacy, accessibility). */
export function TextPage({ page, children }: { page: 'privacy' | 'accessibility'; children?: ReactNode }) {
  const { t } = useTranslation('pages');
  const sections = t(`${page}.sections`, { returnObjects: true }) as { title: string; body: string }[];
  return (
    <Page title={t(`${page}.title`)} lead={t(`${page}.lead`)}>
      {sections.map((section) => (
        <section key={section.title}>
          <h2>{section.title}</h2>
          <p>{section.body}</p>
        </section>
      ))}
      {children}
    </Page>
  );
}
