import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { TaskList, type Task } from '#src/shared/ui/task-list.tsx';
import type { StatusTone } from '#src/shared/ui/status-tag.tsx';
import { useSession } from '#src/shared/auth/use-session.ts';
import { daysBetween, todayIso } from '#src/shared/lib/dates.ts';
import { useClientOverview } from '../api/client-overview.ts';
import type { ClientOverview, Obligation } from '../schemas.ts';

const hrefs: Record<Obligation['id'], string> = {
  uwvRegistration: '/profiel',
  cv: '/cv',
  applications: '/werkmap',
  intake: '/vragenlijst',
};
const tones: Record<Obligation['status'], StatusTone> = { notStarted: 'neutral', inProgress: 'info', done: 'success' };

function SearchPeriod({ overview }: { overview: ClientOverview }) {
  const { t, i18n } = useTranslation('home');
  const period = overview.searchPeriod;
  if (!period) return <p>{t('searchPeriod.unknown')}</p>;
  const format = (iso: string) => new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'long' }).format(new Date(`${iso}T12:00:00`));
  const left = daysBetween(todayIso(), period.end);
  return (
    <div className="summary-card">
      <h2 className="summary-card__title">{t('searchPeriod.title')}</h2>
      <p>{t('searchPeriod.range', { start: format(period.start), end: format(period.end) })}</p>
      <p className="summary-card__big">{left >= 0 ? t('searchPeriod.daysLeft', { count: left }) : t('searchPeriod.ended')}</p>
      <p className="field__hint">{t('searchPeriod.explain')}</p>
    </div>
  );
}

export function Component() {
  const { t } = useTranslation(['home', 'common']);
  const { user } = useSession();
  const query = useClientOverview(user?.clientId ?? '');
  return (
    <Page title={t('client.title')}>
      <QueryState query={query}>
        {(overview) => {
          const tasks: Task[] = overview.obligations.map((o) => ({
            id: o.id,
            title: t(`obligations.${o.id}.title`),
            hint:
              o.id === 'applications' && o.norm ? (
                <>
                  {t('obligations.applications.progress', { count: o.count ?? 0, norm: o.norm })}
                  {o.daysLeft !== undefined ? (
                    <>
                      <br />
                      {t('searchPeriod.daysLeft', { count: o.daysLeft })}
                    </>
                  ) : null}
                </>
              ) : (
                t(`obligations.${o.id}.hint`)
              ),
            href: hrefs[o.id],
            status: t(`status.${o.status}`),
            tone: tones[o.status],
          }));
          return (
            <>
              <p className="lead">{t('client.greeting', { name: overview.name })}</p>
              <SearchPeriod overview={overview} />
              <h2>{t('client.tasksTitle')}</h2>
              <p>{t('client.tasksLead')}</p>
              <TaskList tasks={tasks} label={t('client.tasksTitle')} />
              {overview.coachName ? <p>{t('client.coach', { name: overview.coachName })}</p> : null}
              <h2>{t('client.moreTitle')}</h2>
              <ul className="link-list">
                <li>
                  <Link to="/profiel">{t('client.links.profile')}</Link>
                </li>
                <li>
                  <Link to="/berichten">{t('client.links.messages')}</Link>
                </li>
                <li>
                  <Link to="/portfolio">{t('client.links.portfolio')}</Link>
                </li>
                <li>
                  <Link to="/mijn-gegevens">{t('common:nav.myData')}</Link>
                </li>
              </ul>
            </>
          );
        }}
      </QueryState>
    </Page>
  );
}
