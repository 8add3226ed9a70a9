import { useTranslation } from 'react-i18next';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { StatusTag, type StatusTone } from '#src/shared/ui/status-tag.tsx';
import type { MatchResultDto } from '../matching/schemas.ts';

const TONE: Record<MatchResultDto['criteria'][number]['outcome'], StatusTone> = {
  met: 'success',
  partly: 'warning',
  notMet: 'error',
  unknown: 'neutral',
  notNeeded: 'neutral',
};

/**
 * A match explained in words, per criterion: what it is about, whether it fits, and why (the
 * rules' reason key with its values). The same for the regisseur, the client and the coach.
 */
export function MatchReasons({ match, only }: { match: MatchResultDto; only?: 'fits' }) {
  const { t } = useTranslation('matching');
  const date = useFormatDate({ dateStyle: 'long' });
  const criteria = only === 'fits' ? match.criteria.filter((c) => c.outcome === 'met' || c.outcome === 'partly') : match.criteria;
  return (
    <dl className="summary-list match-reasons">
      {criteria.map((c) => {
        const values = { ...c.reason.values };
        if (typeof values.date === 'string') values.date = date(values.date);
        return (
          <div key={c.criterion}>
            <dt>
              {t(`criterion.${c.criterion}`)} <StatusTag tone={TONE[c.outcome]}>{t(`outcome.${c.outcome}`)}</StatusTag>
            </dt>
            <dd>{t(c.reason.key as 'reason.occupation.exact', values)}</dd>
          </div>
        );
      })}
    </dl>
  );
}

export function ScoreText({ score }: { score: number }) {
  const { t } = useTranslation('matching');
  return <>{t('score', { score })}</>;
}
