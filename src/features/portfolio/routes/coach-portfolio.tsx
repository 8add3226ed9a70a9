import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import { useCoachPortfolio } from '../api/queries.ts';
import { groupByKind } from '../rules.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { ItemCard } from '../components/item-card.tsx';

/** The coach's view: only the items the client shares with them now. */
export function Component() {
  const { t } = useTranslation('portfolio');
  const { clientId = '' } = useParams();
  const query = useCoachPortfolio(clientId);
  const formatDate = useFormatDate();
  return (
    <Page title={query.data ? t('coach.title', { name: query.data.clientName }) : t('coach.titleShort')} back={{ to: '/coach', label: t('coach.back') }}>
      <p>{t('coach.lead')}</p>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <p>{t('coach.none')}</p>
          ) : (
            groupByKind(data.items).map((group) => (
              <section key={group.kind}>
                <h2>{t(`kinds.${group.kind}.plural`)}</h2>
                {group.items.map((item) => (
                  <ItemCard key={item.id} item={item} to={`/coach/clienten/${encodeURIComponent(clientId)}/portfolio/${encodeURIComponent(item.id)}`}>
                    <p className="tag-line">
                      <StatusTag tone="info">{t('coach.sharedUntil', { date: formatDate(item.sharedUntil) })}</StatusTag>
                      {item.comments.length > 0 ? <StatusTag>{t('list.comments', { count: item.comments.length })}</StatusTag> : null}
                    </p>
                  </ItemCard>
                ))}
              </section>
            ))
          )
        }
      </QueryState>
    </Page>
  );
}
