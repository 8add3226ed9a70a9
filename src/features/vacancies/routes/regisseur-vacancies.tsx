import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { TextField } from '#src/shared/ui/form.tsx';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { useBrokerVacancies } from '../api/broker-reads.ts';

/** The regisseur werk's start: every vacancy (or only their own), to find candidates for. */
export function Component() {
  const { t } = useTranslation('matching');
  const date = useFormatDate({ dateStyle: 'medium' });
  const [mine, setMine] = useState(false);
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const query = useBrokerVacancies(mine, q);
  const search = (event: FormEvent) => {
    event.preventDefault();
    setQ(draft);
  };

  return (
    <Page title={t('broker.title')} lead={t('broker.lead')}>
      <ul className="link-list">
        <li>
          <Link to="/regisseur/vacatures/nieuw">{t('broker.add')}</Link>
        </li>
        <li>
          <Link to="/regisseur/importeren">{t('broker.import')}</Link>
        </li>
      </ul>
      <form role="search" aria-label={t('broker.searchLabel')} onSubmit={search}>
        <TextField label={t('broker.search')} value={draft} onChange={(e) => setDraft(e.target.value)} />
        <Button type="submit" variant="secondary">
          {t('broker.searchButton')}
        </Button>
      </form>
      <div className="checkbox">
        <input id="broker-mine" type="checkbox" className="checkbox__input" checked={mine} onChange={(e) => setMine(e.target.checked)} />
        <label htmlFor="broker-mine" className="checkbox__label">
          {t('broker.onlyMine')}
        </label>
      </div>
      <QueryState query={query}>
        {(list) => (
          <>
            <p role="status">{t('broker.count', { count: list.total, shown: list.items.length })}</p>
            <ul className="card-list">
              {list.items.map((v) => (
                <li key={v.id} className="card-list__item">
                  <p className="card-list__title">
                    <Link to={`/regisseur/vacatures/${encodeURIComponent(v.id)}`} lang="nl">
                      {v.title}
                    </Link>
                  </p>
                  <p lang="nl">{[v.organisation, v.place].filter(Boolean).join(' · ')}</p>
                  <p>
                    <StatusTag tone={v.status === 'open' ? 'success' : 'neutral'}>{t(`vacancyStatus.${v.status}`)}</StatusTag>
                    {v.mine ? <> {t('broker.mine')}</> : null}
                    {v.validThrough ? <> · {t('broker.closes', { date: date(v.validThrough) })}</> : null}
                    {v.proposals > 0 ? <> · {t('broker.proposals', { count: v.proposals })}</> : null}
                  </p>
                </li>
              ))}
            </ul>
          </>
        )}
      </QueryState>
    </Page>
  );
}
