import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { CheckboxGroup } from '#src/shared/ui/choices.tsx';
import { useAccessLog } from '../api/queries.ts';
import { usePortfolioView } from '../use-portfolio-view.ts';
import { AccessLogList, ShareForm, ShareList } from '../components/sharing.tsx';

/** Share a collection (several chosen items, with a name), see every share and revoke, and the whole access log. */
export function Component() {
  const { t } = useTranslation('portfolio');
  const id = useId();
  const { query, items, shares, today } = usePortfolioView();
  const accessLog = useAccessLog();
  const [chosen, setChosen] = useState<string[]>([]);
  const titles = useMemo(() => new Map(items.map((i) => [i.id, i.title])), [items]);
  const sendable = items.filter((i) => i.sync === 'sent' || i.version > 0);

  return (
    <Page title={t('shareAll.title')} lead={t('shareAll.lead')} back={{ to: '/portfolio', label: t('actions.backToList') }}>
      <QueryState query={query}>
        {() => (
          <>
            <section aria-labelledby={`${id}-new`}>
              <h2 id={`${id}-new`}>{t('shareAll.new')}</h2>
              {sendable.length === 0 ? (
                <p>{t('shareAll.noItems')}</p>
              ) : (
                <>
                  <CheckboxGroup
                    legend={t('shareAll.choose')}
                    choices={sendable.map((i) => ({ value: i.id, label: <span dir="auto">{i.title}</span> }))}
                    value={chosen}
                    onChange={setChosen}
                  />
                  <ShareForm itemIds={chosen} today={today} collection onShared={() => setChosen([])} />
                </>
              )}
            </section>
            <section aria-labelledby={`${id}-all`}>
              <h2 id={`${id}-all`}>{t('shareAll.all')}</h2>
              <ShareList shares={shares} today={today} titles={titles} />
            </section>
            <section aria-labelledby={`${id}-log`}>
              <h2 id={`${id}-log`}>{t('accessLog.title')}</h2>
              {accessLog.data ? <AccessLogList entries={accessLog.data.entries} titles={titles} /> : null}
            </section>
          </>
        )}
      </QueryState>
    </Page>
  );
}
