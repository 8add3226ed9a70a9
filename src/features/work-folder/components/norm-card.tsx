import { useTranslation } from 'react-i18next';
import type { PeriodProgress } from '../rules.ts';
import type { Norm } from '../schemas.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';

/** "3 van 4 — nog 9 dagen" for the current period, with the norm and free days explained. */
export function NormCard({ progress, norm, reader = 'client' }: { progress: PeriodProgress; norm: Norm; reader?: 'client' | 'coach' }) {
  // the coach reads the same figures in their own words (not "Goed zo!", not "4 van 3")
  const words = reader === 'coach' ? 'coachNorm' : 'norm';
  const { t } = useTranslation('workFolder');
  const formatDate = useFormatDate();
  return (
    <div className="summary-card norm-card" data-testid="norm-card">
      <h2 className="summary-card__title">{t('norm.title')}</h2>
      <p>{t('norm.period', { start: formatDate(progress.start), end: formatDate(progress.end) })}</p>
      {progress.required === 0 ? (
        <p className="summary-card__big">{t(`${words}.none`)}</p>
      ) : (
        <p className="summary-card__big">
          {t(`${words}.progress`, { count: progress.count, required: progress.required })}
          {' — '}
          {t('norm.daysLeft', { count: progress.daysLeft })}
        </p>
      )}
      {progress.required > 0 && progress.met ? <p>{t(`${words}.met`)}</p> : null}
      <p className="field__hint">
        {t('norm.explain', { count: norm.count, days: norm.periodDays })}
        {progress.freeDays > 0 ? ` ${t('norm.free', { count: progress.freeDays })}` : ''}
      </p>
    </div>
  );
}
