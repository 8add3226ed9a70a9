import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { CheckboxGroup } from '#src/shared/ui/choices.tsx';
import { TextareaField } from '#src/shared/ui/textarea-field.tsx';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { newId } from '#src/shared/lib/ids.ts';
import { useBrokerVacancy, useCandidates, useVacancyProposals } from '../api/broker-reads.ts';
import { useProposeVacancy } from '../api/propose-vacancy.ts';
import { useRecordProposalOutcome } from '../api/record-proposal-outcome.ts';
import { usePutBrokerVacancy } from '../api/put-broker-vacancy.ts';
import { MatchReasons, ScoreText } from '../components/match-reasons.tsx';
import { ProposalAnswerText, ProposalStatusTag } from '../components/proposal-status.tsx';
import { DEFAULT_RUNGS, OUTCOME_STATUSES, type BrokerVacancy, type MatchResultDto, type Proposal } from '../matching/schemas.ts';

function Summary({ data }: { data: BrokerVacancy }) {
  const { t } = useTranslation('matching');
  const date = useFormatDate({ dateStyle: 'long' });
  const { vacancy } = data;
  const { write, saving, error } = usePutBrokerVacancy();
  const close = async () => {
    const { id: _id, version, updatedAt: _updatedAt, ...input } = vacancy;
    await write({ payload: { vacancyId: vacancy.id, input: { ...input, status: 'closed' } }, baseVersion: version });
  };
  return (
    <section aria-labelledby="vacancy-heading">
      <h2 id="vacancy-heading">{t('vacancy.about')}</h2>
      <dl className="summary-list">
        <div>
          <dt>{t('vacancy.employer')}</dt>
          <dd lang="nl">{vacancy.hiringOrganization.name}</dd>
        </div>
        <div>
          <dt>{t('vacancy.place')}</dt>
          <dd lang="nl">{vacancy.jobLocation?.place ?? t('vacancy.remote')}</dd>
        </div>
        <div>
          <dt>{t('vacancy.occupation')}</dt>
          <dd lang="nl">{`${vacancy.occupation.name} (ISCO ${vacancy.occupation.isco})`}</dd>
        </div>
        <div>
          <dt>{t('vacancy.hours')}</dt>
          <dd>{t('vacancy.hoursValue', { min: vacancy.workHours.min, max: vacancy.workHours.max })}</dd>
        </div>
        <div>
          <dt>{t('vacancy.status')}</dt>
          <dd>
            <StatusTag tone={vacancy.status === 'open' ? 'success' : 'neutral'}>{t(`vacancyStatus.${vacancy.status}`)}</StatusTag>
            {vacancy.validThrough ? ` · ${t('broker.closes', { date: date(vacancy.validThrough) })}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('vacancy.acquiredBy')}</dt>
          <dd>{data.acquiredBy ? data.acquiredBy.name : t(`vacancy.source.${data.source}`)}</dd>
        </div>
      </dl>
      {error ? <Notice kind="error">{error}</Notice> : null}
      <p>
        <Link to={`/regisseur/vacatures/${encodeURIComponent(vacancy.id)}/wijzigen`}>{t('vacancy.edit')}</Link>
      </p>
      {vacancy.status === 'open' ? (
        <Button variant="secondary" busy={saving} onClick={() => void close()}>
          {t('vacancy.close')}
        </Button>
      ) : null}
    </section>
  );
}

function ProposalRow({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation('matching');
  const { write, pending, error } = useRecordProposalOutcome();
  const closed = proposal.status === 'hired' || proposal.status === 'rejected';
  const waiting = pending.some((r) => r.payload.proposalId === proposal.id);
  const record = (status: (typeof OUTCOME_STATUSES)[number]) =>
    write({ payload: { proposalId: proposal.id, vacancyId: proposal.vacancyId, clientId: proposal.clientId, input: { status, note: '' } }, baseVersion: proposal.version });
  return (
    <li className="card-list__item" data-testid="proposal">
      <p className="card-list__title" dir="auto">
        {proposal.clientName}
      </p>
      <p>
        <ProposalStatusTag status={proposal.status} />
        {waiting ? <> · {t('proposal.waiting')}</> : null}
      </p>
      <ProposalAnswerText answer={proposal.answer} />
      {error ? <Notice kind="error">{error}</Notice> : null}
      {closed ? null : (
        <div className="button-row">
          {OUTCOME_STATUSES.map((status) => (
            <Button key={status} variant="secondary" disabled={waiting} onClick={() => void record(status)}>
              {t(`proposal.record.${status}`, { name: proposal.clientName })}
            </Button>
          ))}
        </div>
      )}
    </li>
  );
}

function Proposals({ vacancyId }: { vacancyId: string }) {
  const { t } = useTranslation('matching');
  const query = useVacancyProposals(vacancyId);
  return (
    <section aria-labelledby="proposals-heading">
      <h2 id="proposals-heading">{t('proposal.title')}</h2>
      <QueryState query={query}>
        {({ proposals }) =>
          proposals.length === 0 ? (
            <p>{t('proposal.none')}</p>
          ) : (
            <ul className="card-list">
              {proposals.map((p) => (
                <ProposalRow key={p.id} proposal={p} />
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}

/** "Waarom past …?": the reasons are rendered only when opened (50 candidates × 8 criteria otherwise). */
function Why({ name, match }: { name: string; match: MatchResultDto }) {
  const { t } = useTranslation('matching');
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('candidates.why', { name })}</summary>
      {open ? <MatchReasons match={match} /> : null}
    </details>
  );
}

function Candidates({ vacancyId, open }: { vacancyId: string; open: boolean }) {
  const { t } = useTranslation('matching');
  const [rungs, setRungs] = useState<number[]>([...DEFAULT_RUNGS]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [done, setDone] = useState(0);
  const query = useCandidates(vacancyId, rungs);
  const { write, saving, error } = useProposeVacancy();

  const propose = async (event: FormEvent) => {
    event.preventDefault();
    let saved = 0;
    for (const clientId of chosen) {
      const record = await write({ payload: { proposalId: newId(), input: { vacancyId, clientId, note: note.trim() } } });
      if (record) saved += 1;
    }
    setDone(saved);
    setChosen([]);
    setNote('');
  };

  return (
    <section aria-labelledby="candidates-heading">
      <h2 id="candidates-heading">{t('candidates.title')}</h2>
      <p>{t('candidates.lead')}</p>
      <CheckboxGroup
        legend={t('candidates.rungs')}
        hint={t('candidates.rungsHint')}
        choices={[1, 2, 3, 4, 5, 6].map((rung) => ({ value: String(rung), label: t('candidates.rung', { rung }) }))}
        value={rungs.map(String)}
        onChange={(value) => setRungs(value.map(Number).sort())}
      />
      {done > 0 ? (
        <Notice kind="success" live="polite">
          {t('candidates.proposed', { count: done })}
        </Notice>
      ) : null}
      {rungs.length === 0 ? (
        <p>{t('candidates.chooseRung')}</p>
      ) : (
        <QueryState query={query}>
          {(list) => (
            <form onSubmit={(e) => void propose(e)} aria-labelledby="candidates-heading">
              <p role="status">{t('candidates.count', { count: list.total, consenting: list.consenting })}
                {list.total > list.candidates.length ? ` ${t('candidates.best', { shown: list.candidates.length })}` : ''}</p>
              <ol className="card-list">
                {list.candidates.map((c) => (
                  <li key={c.clientId} className="card-list__item" data-testid="candidate">
                    <p className="card-list__title" dir="auto">
                      {c.name}
                    </p>
                    <p>
                      <strong>
                        <ScoreText score={c.match.score} />
                      </strong>
                      {' · '}
                      {c.rung ? t('candidates.rung', { rung: c.rung }) : t('candidates.noRung')}
                      {c.place ? <> · {c.place}</> : null}
                    </p>
                    <Why name={c.name} match={c.match} />
                    {c.proposal ? (
                      <p>
                        <ProposalStatusTag status={c.proposal.status as Proposal['status']} />
                      </p>
                    ) : open ? (
                      <div className="checkbox">
                        <input
                          id={`choose-${c.clientId}`}
                          type="checkbox"
                          className="checkbox__input"
                          checked={chosen.includes(c.clientId)}
                          onChange={(e) => setChosen(e.target.checked ? [...chosen, c.clientId] : chosen.filter((id) => id !== c.clientId))}
                        />
                        <label htmlFor={`choose-${c.clientId}`} className="checkbox__label">
                          {t('candidates.choose', { name: c.name })}
                        </label>
                      </div>
                    ) : null}
                  </li>
                ))}
              </ol>
              {open && list.candidates.length > 0 ? (
                <>
                  <TextareaField label={t('candidates.note')} hint={t('candidates.noteHint')} value={note} maxLength={1000} rows={3} onChange={(e) => setNote(e.target.value)} />
                  {error ? <Notice kind="error">{error}</Notice> : null}
                  <Button type="submit" busy={saving} disabled={chosen.length === 0}>
                    {t('candidates.propose', { count: chosen.length })}
                  </Button>
                </>
              ) : null}
            </form>
          )}
        </QueryState>
      )}
    </section>
  );
}

/** One vacancy for the regisseur: what it is, its proposals and their steps, and ranked candidates to propose it to. */
export function Component() {
  const { t } = useTranslation('matching');
  const { vacancyId = '' } = useParams();
  const query = useBrokerVacancy(vacancyId);
  return (
    <Page title={query.data ? query.data.vacancy.title : t('vacancy.titleUnknown')} titleLang={query.data ? 'nl' : undefined}>
      <p>
        <Link to="/regisseur" className="back-link">
          {t('vacancy.back')}
        </Link>
      </p>
      <QueryState query={query}>
        {(data) => (
          <>
            <Summary data={data} />
            <Proposals vacancyId={data.vacancy.id} />
            <Candidates vacancyId={data.vacancy.id} open={data.vacancy.status === 'open'} />
          </>
        )}
      </QueryState>
    </Page>
  );
}
