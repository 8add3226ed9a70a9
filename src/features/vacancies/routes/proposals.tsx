import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '#src/shared/auth/use-session.ts';
import { useCanWrite } from '#src/shared/auth/use-acting-for.ts';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { RadioGroup } from '#src/shared/ui/form.tsx';
import { TextareaField } from '#src/shared/ui/textarea-field.tsx';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { useClientProposals } from '../api/client-proposals.ts';
import { useAnswerProposal } from '../api/answer-proposal.ts';
import { MatchReasons } from '../components/match-reasons.tsx';
import { ProposalStatusTag } from '../components/proposal-status.tsx';
import type { Proposal } from '../matching/schemas.ts';

function AnswerForm({ proposal, clientId }: { proposal: Proposal; clientId: string }) {
  const { t } = useTranslation('matching');
  const { write, pending, saving, error } = useAnswerProposal();
  const [interested, setInterested] = useState<'yes' | 'no' | null>(null);
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<{ choice?: string; reason?: string }>({});
  const waiting = pending.find((r) => r.payload.proposalId === proposal.id);
  const id = `answer-${proposal.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = { choice: interested === null ? t('answer.chooseError') : undefined, reason: interested === 'no' && reason.trim() === '' ? t('answer.reasonError') : undefined };
    setInvalid(problems);
    if (problems.choice || problems.reason) return;
    await write({ payload: { clientId, proposalId: proposal.id, input: { interested: interested === 'yes', reason: reason.trim() } }, baseVersion: proposal.version });
  };

  if (waiting) return <p role="status">{t('answer.saved')}</p>;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('answer.formLabel', { title: proposal.vacancy.title })}>
      <RadioGroup
        id={id}
        name={id}
        legend={t('answer.question')}
        error={invalid.choice}
        choices={[
          { value: 'yes', label: t('answer.yes') },
          { value: 'no', label: t('answer.no') },
        ]}
        onChange={(e) => setInterested(e.target.value as 'yes' | 'no')}
      />
      {interested === 'no' ? <TextareaField id={`${id}-reason`} label={t('answer.reason')} hint={t('answer.reasonHint')} error={invalid.reason} value={reason} maxLength={500} rows={3} onChange={(e) => setReason(e.target.value)} /> : null}
      {error ? <Notice kind="error">{error}</Notice> : null}
      <Button type="submit" busy={saving}>
        {t('answer.send')}
      </Button>
    </form>
  );
}

function ProposalCard({ proposal, clientId, canWrite }: { proposal: Proposal; clientId: string; canWrite: boolean }) {
  const { t } = useTranslation('matching');
  const date = useFormatDate({ dateStyle: 'long' });
  const closed = proposal.status === 'hired' || proposal.status === 'rejected';
  return (
    <li className="card-list__item" data-testid="proposal">
      <h2 className="card-list__title" lang="nl">
        {proposal.vacancy.title}
      </h2>
      <p lang="nl">{[proposal.vacancy.organisation, proposal.vacancy.place].filter(Boolean).join(' · ')}</p>
      <p>
        <ProposalStatusTag status={proposal.status} /> · {t('client.proposedOn', { name: proposal.proposedBy.name, date: date(proposal.createdAt) })}
      </p>
      <p>{t('client.because')}</p>
      <MatchReasons match={proposal.match} only="fits" />
      {proposal.note ? (
        <blockquote className="proposal-note" dir="auto">
          {proposal.note}
        </blockquote>
      ) : null}
      <details>
        <summary>{t('client.allReasons')}</summary>
        <MatchReasons match={proposal.match} />
      </details>
      <p>
        <Link to={`/vacatures/${encodeURIComponent(proposal.vacancyId)}`}>{t('client.toVacancy', { title: proposal.vacancy.title })}</Link>
      </p>
      {proposal.answer ? (
        <p>{proposal.answer.interested ? t('client.youSaidYes', { date: date(proposal.answer.at) }) : t('client.youSaidNo', { date: date(proposal.answer.at), reason: proposal.answer.reason })}</p>
      ) : null}
      {!closed && canWrite && !proposal.answer ? <AnswerForm proposal={proposal} clientId={clientId} /> : null}
    </li>
  );
}

/** The vacancies a regisseur werk proposed to the person, why, and their answer. */
export function Component() {
  const { t } = useTranslation('matching');
  const { user } = useSession();
  const canWrite = useCanWrite();
  const clientId = user?.clientId ?? '';
  const query = useClientProposals(clientId);
  return (
    <Page title={t('client.title')} lead={t('client.lead')}>
      <QueryState query={query}>
        {({ proposals }) =>
          proposals.length === 0 ? (
            <p>{t('client.none')}</p>
          ) : (
            <ul className="card-list">
              {proposals.map((p) => (
                <ProposalCard key={p.id} proposal={p} clientId={clientId} canWrite={canWrite} />
              ))}
            </ul>
          )
        }
      </QueryState>
    </Page>
  );
}
