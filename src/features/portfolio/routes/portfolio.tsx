import { useId, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { SelectField } from '#src/shared/ui/select-field.tsx';
import { TextField } from '#src/shared/ui/form.tsx';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import { filterItems, groupByKind, sharedUntil } from '../rules.ts';
import { ITEM_KINDS, type ItemKind } from '../schemas.ts';
import { usePortfolioView } from '../use-portfolio-view.ts';
import { ItemCard } from '../components/item-card.tsx';
import { SyncTag } from '#src/shared/ui/sync-tag.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { useOutboxSnapshot } from '#src/shared/offline/react.ts';
import { PORTFOLIO_ITEM_DELETE } from '../api/delete-item.ts';

/** The client's portfolio: items grouped by kind, a filter, and what a portfolio is when empty. */
export function Component() {
  const { t } = useTranslation('portfolio');
  const id = useId();
  const { query, items, shares, today } = usePortfolioView();
  const [kind, setKind] = useState<ItemKind | ''>('');
  const [words, setWords] = useState('');
  const shown = filterItems(items, kind, words);
  const activeShares = shares.filter((s) => s.sync === 'sent');
  const deleted = (useLocation().state as { deleted?: string } | null)?.deleted;
  const deleteWaiting = useOutboxSnapshot().records.some((r) => r.kind === PORTFOLIO_ITEM_DELETE);

  return (
    <Page title={t('title')} lead={t('lead')}>
      {deleted ? (
        <Notice kind="success" live="polite" title={t('delete.done', { title: deleted })}>
          {deleteWaiting ? <p>{t('delete.waiting')}</p> : null}
        </Notice>
      ) : null}
      <div className="button-row">
        <Link to="/portfolio/nieuw" className="button-link">
          {t('actions.new')}
        </Link>
      </div>
      <QueryState query={query}>
        {() =>
          items.length === 0 ? (
            <section className="empty-state" aria-labelledby={`${id}-empty`}>
              <h2 id={`${id}-empty`}>{t('empty.title')}</h2>
              <p>{t('empty.what')}</p>
              <p>{t('empty.examples')}</p>
              <p>{t('empty.yours')}</p>
              <p>
                <Link to="/portfolio/bewaren">{t('actions.keep')}</Link>
              </p>
            </section>
          ) : (
            <>
              <nav aria-label={t('nav.label')}>
                <ul className="link-list">
                  <li>
                    <Link to="/portfolio/delen">{t('actions.share')}</Link>
                  </li>
                  <li>
                    <Link to="/portfolio/bewaren">{t('actions.keep')}</Link>
                  </li>
                </ul>
              </nav>
              <search className="filter">
                <h2 className="visually-hidden">{t('filter.title')}</h2>
                <SelectField
                  label={t('filter.kind')}
                  value={kind}
                  onChange={(e) => setKind(e.target.value as ItemKind | '')}
                  options={[{ value: '', label: t('filter.all') }, ...ITEM_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}.plural`) }))]}
                />
                <TextField label={t('filter.words')} type="search" value={words} onChange={(e) => setWords(e.target.value)} />
              </search>
              <p role="status" className="list-count">
                {t('filter.count', { count: shown.length })}
              </p>
              {groupByKind(shown).map((group) => (
                <section key={group.kind} aria-labelledby={`${id}-${group.kind}`}>
                  <h2 id={`${id}-${group.kind}`}>{t(`kinds.${group.kind}.plural`)}</h2>
                  {group.items.map((item) => {
                    const coachUntil = sharedUntil(item.id, activeShares, today, 'coach');
                    const linked = sharedUntil(item.id, activeShares, today, 'link');
                    return (
                      <ItemCard key={item.id} item={item} to={`/portfolio/${encodeURIComponent(item.id)}`}>
                        <p className="tag-line">
                          <SyncTag sync={item.sync} />
                          {coachUntil ? <StatusTag tone="info">{t('list.sharedCoach')}</StatusTag> : null}
                          {linked ? <StatusTag tone="info">{t('list.sharedLink')}</StatusTag> : null}
                          {item.comments.length > 0 ? <StatusTag>{t('list.comments', { count: item.comments.length })}</StatusTag> : null}
                        </p>
                      </ItemCard>
                    );
                  })}
                </section>
              ))}
            </>
          )
        }
      </QueryState>
    </Page>
  );
}
