import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { useSession } from '#src/shared/auth/use-session.ts';
import { getAppOutbox } from '#src/shared/offline/outbox.ts';
import { itemLane } from '../api/keys.ts';
import { putItemKind } from '../api/put-item.ts';
import { formOf } from '../form.ts';
import type { ItemInput } from '../schemas.ts';
import { usePortfolioView } from '../use-portfolio-view.ts';
import { ItemForm } from '../components/item-form.tsx';

/** Changing an item: the same form, sent with If-Match on the version it was edited on. */
export function Component() {
  const { t } = useTranslation('portfolio');
  const { itemId = '' } = useParams();
  const navigate = useNavigate();
  const { user } = useSession();
  const { query, items } = usePortfolioView();
  const item = items.find((i) => i.id === itemId);
  const [saving, setSaving] = useState(false);
  const back = `/portfolio/${encodeURIComponent(itemId)}`;

  const save = async (input: ItemInput) => {
    const outbox = getAppOutbox();
    if (!outbox || !user || !item) return;
    setSaving(true);
    try {
      await outbox.enqueue({
        lane: itemLane(item.id),
        kind: putItemKind,
        payload: { itemId: item.id, input },
        ownerId: user.id,
        baseVersion: item.pendingRecord?.baseVersion ?? item.version,
      });
      navigate(back, { state: { saved: true } });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Page title={t('edit.title')}>
      <p>
        <Link to={back} className="back-link">
          {t('actions.back')}
        </Link>
      </p>
      <QueryState query={query}>
        {() => (item ? <ItemForm key={item.id} defaultValues={formOf(item)} onSubmit={save} cancelTo={back} submitting={saving} /> : <p>{t('detail.notFound')}</p>)}
      </QueryState>
    </Page>
  );
}
