import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { useClientProposals } from '../api/client-proposals.ts';
import { ProposalAnswerText, ProposalStatusTag } from '../components/proposal-status.tsx';

/** For the coach, read only: the vacancies a regisseur werk proposed to the client, the answers and every step. */
export function Component() {
  const { t } = useTranslation('matching');
  const { clientId = '' } = useParams();
  const query = useClientProposals(clientId);
  const date = useFormatDate({ dateStyle: 'medium' });
  return (
    <Page title={t('coach.title')} lead={t('coach.lead')}>
      <p>
        <Link to={`/coach/clienten/${encodeURIComponent(clientId)}`} className="back-link">
          {t('coach.back')}
        </Link>
      </p>
      <QueryState query={query}>
        {({ proposals }) =>
          proposals.length === 0 ? (
            <p>{t('coach.none')}</p>
          ) : (
            <ul className="card-list">
              {proposals.map((p) => (
                <li key={p.id} className="card-list__item" data-testid="proposal">
                  <h2 className="card-list__title" lang="nl">
                    {p.vacancy.title}
                  </h2>
                  <p lang="nl">{[p.vacancy.organisation, p.vacancy.place].filter(Boolean).join(' · ')}</p>
                  <p>
                    <ProposalStatusTag status={p.status} />
                  </p>
                  <ProposalAnswerText answer={p.answer} />
                  <ol className="timeline">
                    {p.steps.map((step) => (
                      <li key={`${step.status}:${step.at}`} className="timeline__item">
                        {t(`status.${step.status}`)} · <time dateTime={step.at}>{date(step.at)}</time>
                        {step.by ? ` · ${step.by.name}` : ''}
                      </li>
                    ))}
                  </ol>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </Page>
  );
}
