import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Notice } from '#src/shared/ui/notice.tsx';

/** A CV, section or entry that does not exist (any more) on this device. */
export function NotFoundMessage() {
  const { t } = useTranslation('cv');
  return (
    <Notice kind="warning" title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <Link to="/cv">{t('back')}</Link>
    </Notice>
  );
}
