import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { todayIso } from '#src/shared/lib/dates.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { useMatchingStatus } from '../api/get-matching-status.ts';
import { FACTS_NEVER_USED, FACTS_USED, whyNotProposed } from '../matching/why.ts';
import { useVacanciesView } from '../use-vacancies-view.ts';

/**
 * "Waarom word ik (niet) voorgesteld?" (`/vacatures/zoekprofiel/waarom`, docs/decisions/011): which
 * of the person's own facts the matching uses, which it never uses, and what keeps them out of the
 * regisseur's candidate lists now — computed from their zoekprofiel (with an unsent change) and
 * whether the e-coach decides; never the participatieladder rung.
 */
export function Component() {
  const { t } = useTranslation(['vacancyPages', 'vacancies']);
  const view = useVacanciesView();
  const status = useMatchingStatus(view.clientId);
  const date = useFormatDate();
  return (
    <Page title={t('why.title')} lead={t('why.lead')}>
      <p>
        <Link to="/vacatures/zoekprofiel" className="back-link">
          {t('why.back')}
        </Link>
      </p>
      <QueryState query={view.profileQuery}>
        {() => {
          const profile = view.profile!;
          const blockers = whyNotProposed(profile, { coachDecides: status.data?.coachDecides ?? false }, todayIso());
          return (
            <section aria-labelledby="why-now">
              <h2 id="why-now">{t('why.nowTitle')}</h2>
              {blockers.length === 0 ? (
                <Notice kind="success" title={t('why.onLists')} />
              ) : (
                <ul className="why-blockers" data-testid="why-blockers">
                  {blockers.map((blocker) => (
                    <li key={blocker}>{t(`why.blocker.${blocker}`, { date: profile.availableFrom ? date(profile.availableFrom) : '' })}</li>
                  ))}
                </ul>
              )}
              {blockers.some((b) => b !== 'coachDecides') ? (
                <p>
                  <Link to="/vacatures/zoekprofiel">{t('why.change')}</Link>
                </p>
              ) : null}
            </section>
          );
        }}
      </QueryState>
      <FactList id="why-uses" title={t('why.usesTitle')} facts={FACTS_USED.map((fact) => t(`why.uses.${fact}`))} />
      <FactList id="why-never" title={t('why.neverTitle')} facts={FACTS_NEVER_USED.map((fact) => t(`why.never.${fact}`))} />
      <section aria-labelledby="why-person">
        <h2 id="why-person">{t('why.personTitle')}</h2>
        <p>{t('why.person')}</p>
        <p>
          {t('why.log')} <Link to="/mijn-gegevens">{t('why.logLink')}</Link>
        </p>
      </section>
    </Page>
  );
}

function FactList({ id, title, facts }: { id: string; title: string; facts: string[] }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul>
        {facts.map((fact) => (
          <li key={fact}>{fact}</li>
        ))}
      </ul>
    </section>
  );
}
