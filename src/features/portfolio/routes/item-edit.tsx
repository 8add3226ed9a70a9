import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { usePutItem } from '../api/put-item.ts';
import { formOf } from '../form.ts';
import type { ItemInput } from '../schemas.ts';
import { usePortfolioView } from '../use-portfolio-view.ts';
import { ItemForm } from '../components/item-form.tsx';

/** Changing an item: the same form, sent with If-Match on the version it was edited on. */
export function Component() {
  const { t } = useTranslation('portfolio');
  const { itemId = '' } = useParams();
  const navigate = useNavigate();
  const { query, items } = usePortfolioView();
  const item = items.find((i) => i.id === itemId);
  const { write, saving } = usePutItem();
  const back = `/portfolio/${encodeURIComponent(itemId)}`;

  const save = async (input: ItemInput) => {
    if (!item) return;
    const record = await write({ payload: { itemId: item.id, input }, baseVersion: item.pendingRecord?.baseVersion ?? item.version });
    if (record) navigate(back, { state: { saved: true } });
  };

  return (
    <Page title={t('edit.title')} back={{ to: back, label: t('actions.back') }}>
      <QueryState query={query}>
        {() => (item ? <ItemForm key={item.id} defaultValues={formOf(item)} onSubmit={save} cancelTo={back} submitting={saving} /> : <p>{t('detail.notFound')}</p>)}
      </QueryState>
    </Page>
  );
}
