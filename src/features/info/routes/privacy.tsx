import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';

export function Component() {
  const { t } = useTranslation('pages');
  const sections = t('privacy.sections', { returnObjects: true }) as { title: string; body: string }[];
  return (
    <Page title={t('privacy.title')} lead={t('privacy.lead')}>
      {sections.map((section) => (
        <section key={section.title}>
          <h2>{section.title}</h2>
          <p>{section.body}</p>
        </section>
      ))}
    </Page>
  );
}
