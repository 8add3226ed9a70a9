import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import { safeWebUrl } from '#src/shared/lib/url.ts';
import type { Item } from '../schemas.ts';
import { usePartialDate } from '../labels.ts';

/** The period of an item in words: "mei 2021 – heden", "2019", "". */
export function usePeriod() {
  const { t } = useTranslation('portfolio');
  const partial = usePartialDate();
  return (item: Pick<Item, 'startDate' | 'endDate'>) => {
    if (!item.startDate && !item.endDate) return '';
    if (item.startDate && !item.endDate) return t('period.since', { start: partial(item.startDate) });
    if (!item.startDate) return partial(item.endDate);
    return item.startDate === item.endDate ? partial(item.startDate) : t('period.range', { start: partial(item.startDate), end: partial(item.endDate) });
  };
}

export function ItemMeta({ item }: { item: Pick<Item, 'kind' | 'subKind' | 'organisation' | 'startDate' | 'endDate'> }) {
  const { t } = useTranslation('portfolio');
  const period = usePeriod();
  const parts = [item.subKind ? t(`subKinds.${item.subKind}` as 'subKinds.work') : t(`kinds.${item.kind}.label`), item.organisation, period(item)].filter(Boolean);
  return (
    <p className="item-card__meta" dir="auto">
      {parts.join(' · ')}
    </p>
  );
}

/** One item in a list: its title as a link, its kind, where and when, and tags. */
export function ItemCard({ item, to, children }: { item: Pick<Item, 'title' | 'tags' | 'kind' | 'subKind' | 'organisation' | 'startDate' | 'endDate'>; to: string; children?: React.ReactNode }) {
  return (
    <article className="item-card">
      <h3 className="item-card__title">
        <Link to={to} dir="auto">
          {item.title}
        </Link>
      </h3>
      <ItemMeta item={item} />
      {item.tags.length > 0 ? (
        <p className="item-card__tags">
          {item.tags.map((tag) => (
            <StatusTag key={tag}>
              <span dir="auto">{tag}</span>
            </StatusTag>
          ))}
        </p>
      ) : null}
      {children}
    </article>
  );
}

/** An item's content: description, STARR answers, link and tags (all as text). */
export function ItemBody({ item }: { item: Pick<Item, 'description' | 'starr' | 'link' | 'tags'> }) {
  const { t } = useTranslation('portfolio');
  // only a web address becomes a link (also on the coach's and the public link page)
  const href = safeWebUrl(item.link);
  return (
    <>
      {item.description ? (
        <p className="item-body__text" dir="auto">
          {item.description}
        </p>
      ) : null}
      {item.starr ? (
        <dl className="summary-list">
          {(['situation', 'task', 'action', 'result', 'reflection'] as const).map((part) => (
            <div className="summary-list__row" key={part}>
              <dt className="summary-list__key">{t(`starr.${part}.label`)}</dt>
              <dd className="summary-list__value item-body__text" dir="auto">
                {item.starr?.[part]}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {item.link ? (
        <p>
          {href ? (
            <a href={href} rel="noreferrer noopener" target="_blank" dir="ltr">
              {item.link}
            </a>
          ) : (
            <span dir="ltr">{item.link}</span>
          )}
        </p>
      ) : null}
      {item.tags.length > 0 ? (
        <p>
          {t('detail.tags')}{' '}
          {item.tags.map((tag, i) => (
            <span key={tag}>
              {i > 0 ? ', ' : ''}
              <span dir="auto">{tag}</span>
            </span>
          ))}
        </p>
      ) : null}
    </>
  );
}
