import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSectionOn } from '#src/shared/config/sections.ts';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import { useCoachClient } from '../api/get-client.ts';
import { useTimeline } from '../api/get-timeline.ts';
import { useAddNote } from '../api/add-note.ts';
import { newId } from '../api/keys.ts';
import { NoteForm } from '../components/note-form.tsx';
import { SignalTags } from '../components/signal-tags.tsx';
import { LadderSection } from '../components/ladder-section.tsx';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { searchPeriodEnd } from '#src/shared/lib/search-period.ts';
import type { CoachClient, CoachNoteInput, TimelineItem } from '../schemas.ts';
import { SaveError } from '#src/shared/ui/save-error.tsx';
import '#src/shared/ui/styles/coach.css';

function Overview({ client }: { client: CoachClient }) {
  const { t } = useTranslation('coach');
  const date = useFormatDate({ dateStyle: 'medium' });
  const longDate = useFormatDate();
  return (
    <section aria-labelledby="overview-heading">
      <h2 id="overview-heading">{t('client.overview')}</h2>
      <dl className="summary-list">
        <div>
          <dt>{t('caseload.columns.serviceLine')}</dt>
          <dd>{client.serviceLine ? t(`serviceLine.${client.serviceLine}`) : t('serviceLine.none')}</dd>
        </div>
        <div>
          <dt>{t('caseload.columns.searchPeriod')}</dt>
          <dd>
            {t(`searchPeriod.${client.searchPeriodStatus}`)}
            {client.searchPeriodStart
              ? ` (${t('client.fromTo', { from: longDate(client.searchPeriodStart), to: longDate(searchPeriodEnd(client.searchPeriodStart)) })})`
              : ''}
          </dd>
        </div>
        <div>
          <dt>{t('caseload.columns.progress')}</dt>
          <dd>
            {client.progress.required > 0
              ? `${t('caseload.progress', { count: client.progress.count, required: client.progress.required })} · ${t('client.periodUntil', { date: date(client.progress.periodEnd) })}`
              : t('caseload.noNorm')}
          </dd>
        </div>
        <div>
          <dt>{t('client.intake')}</dt>
          <dd>{t(`intakeStatus.${client.intakeStatus}`)}</dd>
        </div>
        {client.reviewDueOn ? (
          <div>
            <dt>{t('client.reviewDue')}</dt>
            <dd>{date(client.reviewDueOn)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('caseload.columns.lastContact')}</dt>
          <dd>{client.lastContactAt ? date(client.lastContactAt) : t('caseload.never')}</dd>
        </div>
        <div>
          <dt>{t('caseload.columns.signals')}</dt>
          <dd>
            <SignalTags signals={client.signals} />
          </dd>
        </div>
      </dl>
    </section>
  );
}

function Sections({ client }: { client: CoachClient }) {
  const { t } = useTranslation('coach');
  const sectionOn = useSectionOn();
  const base = `/coach/clienten/${encodeURIComponent(client.clientId)}`;
  const links: Array<[string, string, string | null]> = [
    ['vragenlijst', t('client.sections.intake'), null],
    ['werkmap', t('client.sections.workFolder'), null],
    ['cv', t('client.sections.cv'), null],
    ['portfolio', t('client.sections.portfolio'), null],
    ['berichten', t('client.sections.messages'), client.unreadMessages > 0 ? t('client.unread', { n: client.unreadMessages }) : null],
    ['taken', t('client.sections.tasks'), client.openTasks > 0 ? t('client.open', { n: client.openTasks }) : null],
    ['voorstellen', t('client.sections.proposals'), t('client.vacancyCounts', client.vacancies)],
  ];
  if (client.serviceLine === 'selfReliant') links.push(['evaluatie', t('client.sections.review'), client.signals.includes('reviewDue') ? t('signals.reviewDue') : null]);
  // a section the municipality switched off (config.json `features`) has no link
  const shown = links.filter(([path]) => sectionOn(`${base}/${path}`));
  return (
    <nav aria-labelledby="sections-heading">
      <h2 id="sections-heading">{t('client.sectionsTitle')}</h2>
      <ul className="link-list">
        {shown.map(([path, label, extra]) => (
          <li key={path}>
            <Link to={`${base}/${path}`}>{label}</Link>
            {extra ? <> · {extra}</> : null}
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Notes({ client }: { client: CoachClient }) {
  const { t } = useTranslation('coach');
  const dateTime = useFormatDate({ dateStyle: 'medium', time: true });
  const { write, pending, error } = useAddNote(client.clientId);
  const add = async (input: CoachNoteInput) => {
    await write({ payload: { clientId: client.clientId, noteId: newId(), input } });
  };
  return (
    <section aria-labelledby="notes-heading" className="coach-notes">
      <h2 id="notes-heading">{t('notes.title')}</h2>
      <Notice kind="info" title={t('notes.onlyCoaches')} />
      <NoteForm onSubmit={add} />
      <SaveError error={error} />
      <ul className="card-list">
        {pending.map((record) => {
          const payload = record.payload;
          return (
            <li key={record.id} className="card-list__item">
              <p className="note__text" dir="auto">
                {payload.input.text}
              </p>
              <StatusTag tone="neutral">{t('notes.pending')}</StatusTag>
            </li>
          );
        })}
        {client.notes.map((note) => (
          <li key={note.id} className="card-list__item">
            <p className="note__text" dir="auto">
              {note.text}
            </p>
            <p className="field__hint">{t('notes.by', { name: note.createdBy.name, when: dateTime(note.createdAt) })}</p>
          </li>
        ))}
      </ul>
      {client.notes.length === 0 && pending.length === 0 ? <p>{t('notes.empty')}</p> : null}
    </section>
  );
}

function itemLabel(t: ReturnType<typeof useTranslation<'coach'>>['t'], item: TimelineItem): string {
  switch (item.kind) {
    case 'feedback':
      return t('timeline.feedback', { verdict: item.tag ? t(`verdicts.${item.tag as 'approved'}`) : '' });
    case 'intakeSubmitted':
      return t('timeline.intakeSubmitted');
    case 'intakeDecided':
      return t('timeline.intakeDecided', { line: item.tag ? t(`serviceLine.${item.tag as 'selfReliant'}`) : '' });
    case 'review':
      return t('timeline.review', { decision: item.tag ? t(`review.decisions.${item.tag as 'continue'}`) : '' });
    case 'vacancyApplied':
      return t('timeline.vacancyApplied', { outcome: item.tag ? t(`applicationOutcome.${item.tag as 'sent'}`) : '' });
    case 'proposal':
      return t('timeline.proposal', { status: t(`proposalStatus.${(item.tag ?? 'proposed') as 'proposed'}`) });
    case 'handIn':
      return t('timeline.handIn', { n: Number(item.tag ?? 0) });
    default:
      return t(`timeline.${item.kind}`);
  }
}

function Timeline({ clientId }: { clientId: string }) {
  const { t } = useTranslation('coach');
  const query = useTimeline(clientId);
  const dateTime = useFormatDate({ dateStyle: 'medium', time: true });
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const total = query.data?.pages[0]?.total ?? 0;
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('timeline.title')}</h2>
      <QueryState query={query}>
        {() =>
          items.length === 0 ? (
            <p>{t('timeline.empty')}</p>
          ) : (
            <>
              <p>{t('timeline.shown', { shown: items.length, total })}</p>
              <ol className="timeline">
                {items.map((item) => (
                  <li key={item.id} className="timeline__item">
                    <p className="timeline__what">
                      <strong>{itemLabel(t, item)}</strong>
                      <span className="field__hint">
                        {' · '}
                        <time dateTime={item.at}>{dateTime(item.at)}</time>
                        {item.by ? ` · ${item.by}` : ''}
                      </span>
                    </p>
                    {item.text ? (
                      <p className="timeline__text" dir="auto">
                        {item.text}
                      </p>
                    ) : null}
                  </li>
                ))}
              </ol>
              {query.hasNextPage ? (
                <Button variant="secondary" busy={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
                  {t('timeline.more')}
                </Button>
              ) : null}
            </>
          )
        }
      </QueryState>
    </section>
  );
}

/** One client for their coach: overview, the client's parts, coach-only notes and one timeline. */
export function Component() {
  const { t } = useTranslation('coach');
  const { clientId = '' } = useParams();
  const query = useCoachClient(clientId);
  return (
    <Page title={query.data ? query.data.name : t('client.titleUnknown')} back={{ to: '/coach', label: t('client.back') }}>
      <QueryState query={query}>
        {(client) => (
          <div className="coach-client">
            <div className="coach-client__side">
              <Overview client={client} />
              <Sections client={client} />
              <LadderSection clientId={client.clientId} />
            </div>
            <div className="coach-client__main">
              <Notes client={client} />
              <Timeline clientId={client.clientId} />
            </div>
          </div>
        )}
      </QueryState>
    </Page>
  );
}
