import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { ErrorSummary, RadioGroup } from '#src/shared/ui/form.tsx';
import { useSession } from '#src/shared/auth/use-session.ts';
import { newId } from '../api/keys.ts';
import { usePutItem } from '../api/put-item.ts';
import { emptyForm } from '../form.ts';
import { ITEM_KINDS, itemKindSchema, type ItemInput } from '../schemas.ts';
import { ItemForm } from '../components/item-form.tsx';

/** A new item: first choose the kind (explained in a line each), then that kind's form. */
export function Component() {
  const { t } = useTranslation('portfolio');
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const { user } = useSession();
  const { write } = usePutItem();
  const kind = itemKindSchema.safeParse(params.get('soort'));
  const [choice, setChoice] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<string | undefined>();
  const [itemId] = useState(newId);
  const [saving, setSaving] = useState(false);

  if (!kind.success) {
    return (
      <Page key="choose" title={t('new.title')} back={{ to: '/portfolio', label: t('actions.back') }}>
        <form
          noValidate
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            if (!choice) {
              setError(t('validation.portfolio.kind'));
              setAttempt((n) => n + 1);
              return;
            }
            setParams({ soort: choice });
          }}
        >
          <ErrorSummary errors={error ? [{ fieldId: 'item-kind', message: error }] : []} focusKey={attempt} />
          <RadioGroup
            id="item-kind"
            name="kind"
            legend={t('new.chooseKind')}
            error={error}
            choices={ITEM_KINDS.map((k) => ({
              value: k,
              label: t(`kinds.${k}.label`),
              hint: t(`kinds.${k}.hint`),
            }))}
            onChange={(event) => {
              setChoice(event.target.value);
              setError(undefined);
            }}
          />
          <Button type="submit">{t('actions.next')}</Button>
        </form>
      </Page>
    );
  }

  const save = async (input: ItemInput) => {
    if (!user) return;
    setSaving(true);
    try {
      const record = await write({ payload: { itemId, input }, baseVersion: 0 });
      if (record) navigate(`/portfolio/${encodeURIComponent(itemId)}`, { state: { saved: true } });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Page key={kind.data} title={t('new.titleKind', { kind: t(`kinds.${kind.data}.label`) })} back={{ to: '/portfolio/nieuw', label: t('new.otherKind') }}>
      <ItemForm defaultValues={emptyForm(kind.data)} onSubmit={save} cancelTo="/portfolio" submitting={saving} />
    </Page>
  );
}
