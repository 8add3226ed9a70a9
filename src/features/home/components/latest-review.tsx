import { useTranslation } from 'react-i18next';
import type { ClientOverview } from '../schemas.ts';

type LatestReview = NonNullable<ClientOverview['latestReview']>;

/** The coach's three-month review as the client sees it: what happens now and why, in plain words. */
export function LatestReview({ review }: { review: LatestReview }) {
  const { t, i18n } = useTranslation('home');
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(review.reviewedAt));
  return (
    <section className="summary-card" aria-labelledby="latest-review-title">
      <h2 id="latest-review-title" className="summary-card__title">
        {t('review.title')}
      </h2>
      <p>{t(`review.${review.decision}`)}</p>
      <p>
        <strong>{t('review.reason')}</strong>{' '}
        <span dir="auto" className="note__text">
          {review.reason}
        </span>
      </p>
      <p className="field__hint">{t('review.date', { date })}</p>
    </section>
  );
}
