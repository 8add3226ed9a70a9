import { Suspense } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSectionOn } from '#src/shared/config/sections.ts';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { TaskList, type Task } from '#src/shared/ui/task-list.tsx';
import { StatusTag, type StatusTone } from '#src/shared/ui/status-tag.tsx';
import { useSession } from '#src/shared/auth/use-session.ts';
import { useActingFor } from '#src/shared/auth/use-acting-for.ts';
import { helperMayOpen } from '#src/shared/auth/helper-scope.ts';
import { todayIso } from '#src/shared/lib/dates.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { searchPeriodDaysLeft, searchPeriodEnd, searchPeriodStatus } from '#src/shared/lib/search-period.ts';
import { useClientOverview } from '../api/client-overview.ts';
import type { ClientOverview, Obligation } from '../schemas.ts';
import { LatestReview } from '../components/latest-review.tsx';
import { AddToCalendar } from '#src/shared/calendar/add-to-calendar.tsx';
import { calendarFileName, calendarUid, sequenceAt, type CalendarEvent } from '#src/shared/calendar/event.ts';

const hrefs: Record<Obligation['id'], string> = {
  uwvRegistration: '/profiel',
  cv: '/cv',
  applications: '/werkmap',
  intake: '/vragenlijst',
};
const tones: Record<Obligation['status'], StatusTone> = { notStarted: 'neutral', inProgress: 'info', done: 'success' };

/** Open tasks from the werkplan, with "Te laat" in words when overdue. */
function OpenTasks({ tasks }: { tasks: NonNullable<ClientOverview['tasks']> }) {
  const { t, i18n } = useTranslation('tasks');
  const format = (iso: string) => new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));
  return (
    <section aria-labelledby="home-tasks">
      <h2 id="home-tasks">{t('home.title')}</h2>
      {tasks.length === 0 ? <p>{t('list.empty')}</p> : null}
      <ul className="task-items">
        {tasks.map((task) => (
          <li key={task.id} className={`task-item${task.overdue ? ' task-item--overdue' : ''}`}>
            <p className="task-item__title" dir="auto">
              {task.title}
            </p>
            <p className="tag-line">
              <span>{task.dueDate ? t('list.due', { date: format(task.dueDate) }) : t('list.noDueDate')}</span>{' '}
              {task.overdue ? <StatusTag tone="error">{t('list.overdue')}</StatusTag> : null}
            </p>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/taken">{t('home.all')}</Link>
      </p>
    </section>
  );
}

/** The coach reacted to activities the client has not opened yet (read state kept on the server). */
function NewFeedback({ count }: { count: number }) {
  const { t } = useTranslation('workFolder');
  return (
    <Notice kind="info" title={t('newFeedback.title')}>
      <p>
        {t('newFeedback.body', { count })} <Link to="/werkmap">{t('newFeedback.link')}</Link>
      </p>
    </Notice>
  );
}

/**
 * The zoekperiode's last day as an all-day event, one UID per client. When the start date changes we
 * do not learn when, so each file made is the newest version (SEQUENCE from now) and replaces the last.
 */
function lastDayEvent(clientId: string, start: string, texts: { summary: string; description: string }): CalendarEvent {
  return { uid: calendarUid('search-period-end', clientId), sequence: sequenceAt(new Date().toISOString()), ...texts, date: searchPeriodEnd(start) };
}

/** The zoekperiode with its last day (inclusive), the days left (by the shared rule) and, while it runs, "Zet in je agenda". */
function SearchPeriod({ overview }: { overview: ClientOverview }) {
  const { t } = useTranslation('home');
  const format = useFormatDate();
  const period = overview.searchPeriod;
  if (!period) return <p>{t('searchPeriod.unknown')}</p>;
  const today = todayIso();
  const running = searchPeriodStatus(period.start, today) === 'running';
  const event = lastDayEvent(overview.clientId, period.start, { summary: t('calendar.summary'), description: t('calendar.description') });
  return (
    <div className="summary-card" data-testid="search-period">
      <h2 className="summary-card__title">{t('searchPeriod.title')}</h2>
      <p>{t('searchPeriod.range', { start: format(period.start), end: format(searchPeriodEnd(period.start)) })}</p>
      <p className="summary-card__big">
        {running ? t('searchPeriod.daysLeft', { count: searchPeriodDaysLeft(period.start, today) }) : t('searchPeriod.ended')}
      </p>
      <p className="field__hint">{t('searchPeriod.explain')}</p>
      {running ? <AddToCalendar ns="home" event={event} fileName={calendarFileName('zoekperiode', event)} /> : null}
    </div>
  );
}

/**
 * The service line the e-coach decided, in plain words (the intake's own explanation of each
 * line; never the participatieladder rung).
 */
function DecidedLine({ line }: { line: NonNullable<ClientOverview['serviceLine']> }) {
  const { t } = useTranslation(['home', 'intake']);
  return (
    <section className="summary-card" aria-labelledby="decided-line-title" data-testid="decided-line">
      <h2 id="decided-line-title" className="summary-card__title">
        {t('client.lineTitle')}
      </h2>
      <p>{t(`intake:lines.${line}.explain`)}</p>
    </section>
  );
}

/** "Meer": a helper acting for the client sees only what they may open. */
const moreLinks = [
  { to: '/profiel', label: 'client.links.profile' },
  { to: '/berichten', label: 'client.links.messages' },
  { to: '/portfolio', label: 'client.links.portfolio' },
  { to: '/mijn-gegevens', label: 'common:nav.myData' },
] as const;

export function Component() {
  const { t } = useTranslation(['home', 'common']);
  const { user } = useSession();
  const acting = useActingFor() !== null;
  const sectionOn = useSectionOn();
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
              {overview.obligations.find((o) => o.id === 'applications')?.newFeedback ? (
                <NewFeedback count={overview.obligations.find((o) => o.id === 'applications')?.newFeedback ?? 0} />
              ) : null}
              <SearchPeriod overview={overview} />
              <h2>{t('client.tasksTitle')}</h2>
              <p>{t('client.tasksLead')}</p>
              <TaskList tasks={tasks} label={t('client.tasksTitle')} />
              {overview.tasks ? <OpenTasks tasks={overview.tasks} /> : null}
              {overview.coachName ? <p>{t('client.coach', { name: overview.coachName })}</p> : null}
              {overview.serviceLine && !overview.latestReview ? (
                // a later three-month review says in its own words what happens now (below);
                // the intake's texts load beside the home: the page does not wait for them
                <Suspense fallback={null}>
                  <DecidedLine line={overview.serviceLine} />
                </Suspense>
              ) : null}
              {overview.latestReview ? <LatestReview review={overview.latestReview} /> : null}
              <h2>{t('client.moreTitle')}</h2>
              <ul className="link-list">
                {moreLinks
                  .filter((link) => sectionOn(link.to) && (!acting || helperMayOpen(link.to)))
                  .map((link) => (
                    <li key={link.to}>
                      <Link to={link.to}>{t(link.label)}</Link>
                    </li>
                  ))}
              </ul>
            </>
          );
        }}
      </QueryState>
    </Page>
  );
}
