import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { useClientProposals } from '../api/client-proposals.ts';
import { useVacancyHistory } from '../api/get-vacancy-history.ts';
import { ApplicationItem } from '../components/application-item.tsx';
import { ProposalAnswerText, ProposalStatusTag } from '../components/proposal-status.tsx';
import type { VacancyHistory } from '../schemas.ts';
import type { Proposal } from '../matching/schemas.ts';

/**
 * For the coach, read only (`/coach/clienten/:clientId/voorstellen`): the client's saved vacancies,
 * their applications through the vacancies (vacancy → werkmap activity → outcome), and the
 * vacancies a regisseur werk proposed with the answers and every step.
 */
export function Component() {
  const { t } = useTranslation('matching');
  const { clientId = '' } = useParams();
  const history = useVacancyHistory(clientId);
  const proposals = useClientProposals(clientId);
  return (
    <Page title={t('coach.title')} lead={t('coach.lead')}>
      <p>
        <Link to={`/coach/clienten/${encodeURIComponent(clientId)}`} className="back-link">
          {t('coach.back')}
        </Link>
      </p>
      <QueryState query={history}>{(data) => <SavedAndApplied clientId={clientId} history={data} />}</QueryState>
      <section aria-labelledby="coach-proposals">
        <h2 id="coach-proposals">{t('coach.proposals')}</h2>
        <QueryState query={proposals}>{(data) => <Proposals proposals={data.proposals} />}</QueryState>
      </section>
    </Page>
  );
}

function SavedAndApplied({ clientId, history }: { clientId: string; history: VacancyHistory }) {
  const { t } = useTranslation(['matching', 'vacancies']);
  const date = useFormatDate();
  const workFolder = `/coach/clienten/${encodeURIComponent(clientId)}/werkmap`;
  return (
    <>
      <section aria-labelledby="coach-saved">
        <h2 id="coach-saved">{t('coach.saved')}</h2>
        {history.saved.length === 0 ? <p>{t('coach.noSaved')}</p> : null}
        <ul className="card-list">
          {history.saved.map((s) => (
            <li key={s.vacancyId} className="card-list__item" data-testid="saved-vacancy">
              <p className="card-list__title" lang="nl">
                {s.title}
              </p>
              <p className="item-card__meta">
                <span lang="nl">{[s.employer, s.place].filter(Boolean).join(' · ')}</span> · {t('coach.savedOn', { date: date(s.savedAt) })}
              </p>
              <p className="item-card__tags">
                {s.status === 'closed' ? (
                  <StatusTag tone="neutral">{t('coach.closed')}</StatusTag>
                ) : s.validThrough ? (
                  <StatusTag tone="info">{t('coach.closes', { date: date(s.validThrough) })}</StatusTag>
                ) : null}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="coach-applied">
        <h2 id="coach-applied">{t('coach.applications')}</h2>
        {history.applications.length === 0 ? <p>{t('coach.noApplications')}</p> : null}
        <ul className="card-list">
          {history.applications.map((a) => (
            <ApplicationItem key={a.vacancyId} application={a} vacancyHref={null} activityHref={workFolder} activityLabel={t('coach.openActivity')} />
          ))}
        </ul>
      </section>
    </>
  );
}

function Proposals({ proposals }: { proposals: Proposal[] }) {
  const { t } = useTranslation('matching');
  const date = useFormatDate({ dateStyle: 'medium' });
  if (proposals.length === 0) return <p>{t('coach.none')}</p>;
  return (
    <ul className="card-list">
      {proposals.map((p) => (
        <li key={p.id} className="card-list__item" data-testid="proposal">
          <h3 className="card-list__title" lang="nl">
            {p.vacancy.title}
          </h3>
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
  );
}
