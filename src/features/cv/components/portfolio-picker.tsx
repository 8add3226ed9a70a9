import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '#src/shared/ui/button.tsx';
import { Loading } from '#src/shared/ui/loading.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { usePortfolioItems } from '../api/get-portfolio-items.ts';
import { entryFromPortfolioItem, portfolioKindsFor } from '../portfolio.ts';
import type { CvEntry, SectionKey } from '../schemas.ts';
import { newId } from '../use-cv-view.ts';

/**
 * "Uit je portfolio": the portfolio items that fit this section; one press makes a CV entry of
 * one (nothing typed twice). When the portfolio cannot be read, a calm message and nothing else.
 */
export function PortfolioPicker({ section, used, onPick }: { section: SectionKey; used: ReadonlySet<string>; onPick: (entry: CvEntry) => Promise<void> }) {
  const { t } = useTranslation('cv');
  const [open, setOpen] = useState(false);
  const query = usePortfolioItems(open);
  const kinds = portfolioKindsFor[section] ?? [];
  const items = (query.data?.items ?? []).filter((item) => kinds.includes(item.kind));
  return (
    <section aria-labelledby="cv-portfolio-title" className="cv-pick">
      <h2 id="cv-portfolio-title">{t('portfolio.title')}</h2>
      {!open ? (
        <>
          <p>{t('portfolio.lead')}</p>
          <Button variant="secondary" onClick={() => setOpen(true)}>
            {t('portfolio.open')}
          </Button>
        </>
      ) : query.data ? (
        items.length === 0 ? (
          <p>{t('portfolio.none')}</p>
        ) : (
          <ul className="cv-entry-list">
            {items.map((item) => (
              <li className="cv-pick__item" key={item.id}>
                <h3 className="cv-entry-list__title" dir="auto">
                  {item.title}
                </h3>
                {item.organisation ? (
                  <p className="field__hint" dir="auto">
                    {item.organisation}
                  </p>
                ) : null}
                {used.has(item.id) ? (
                  <p className="field__hint">{t('portfolio.already')}</p>
                ) : (
                  <Button variant="secondary" onClick={() => void onPick(entryFromPortfolioItem(item, section, newId()))}>
                    {t('portfolio.add')}
                    <span className="visually-hidden">: {item.title}</span>
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )
      ) : query.isError || (query.isPending && query.fetchStatus === 'paused') ? (
        <Notice kind="info" title={t('portfolio.unavailable')}>
          <p>{t('portfolio.unavailableBody')}</p>
        </Notice>
      ) : (
        <Loading lines={2} />
      )}
    </section>
  );
}
