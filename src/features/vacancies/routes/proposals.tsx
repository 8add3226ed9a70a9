import { z } from 'zod';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '#src/shared/auth/use-session.ts';
import { useCanWrite } from '#src/shared/auth/use-acting-for.ts';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { RadioGroup } from '#src/shared/ui/form.tsx';
import { FormTextareaField } from '#src/shared/ui/textarea-field.tsx';
import { useAppForm } from '#src/shared/ui/use-app-form.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { useClientProposals } from '../api/client-proposals.ts';
import { useAnswerProposal } from '../api/answer-proposal.ts';
import { MatchReasons } from '../components/match-reasons.tsx';
import { ProposalStatusTag } from '../components/proposal-status.tsx';
import type { Proposal, ProposalAnswerInput } from '../matching/schemas.ts';

/** The answer as typed: no choice yet, and a reason only needed for "no". */
const answerFormSchema = z
  .object({ interested: z.enum(['yes', 'no'], { error: 'answer.chooseError' }), reason: z.string() })
  .refine((a) => a.interested === 'yes' || a.reason.trim() !== '', { path: ['reason'], error: 'answer.reasonError' })
  .transform((a): ProposalAnswerInput => ({ interested: a.interested === 'yes', reason: a.reason.trim() }));
type AnswerValues = { interested: '' | 'yes' | 'no'; reason: string };

function AnswerForm({ proposal, clientId }: { proposal: Proposal; clientId: string }) {
  const { t } = useTranslation('matching');
  const { write, pending, saving, error } = useAnswerProposal();
  const id = `answer-${proposal.id}`;
  const { register, control, watch, submit, message } = useAppForm<AnswerValues, ProposalAnswerInput>({
    defaultValues: { interested: '', reason: '' },
    schema: answerFormSchema as unknown as z.ZodType<ProposalAnswerInput, AnswerValues>,
    idPrefix: id,
    ns: 'matching',
  });
  const waiting = pending.find((r) => r.payload.proposalId === proposal.id);
  const onSubmit = submit(async (input) => write({ payload: { clientId, proposalId: proposal.id, input }, baseVersion: proposal.version }));

  if (waiting) return <p role="status">{t('answer.saved')}</p>;
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('answer.formLabel', { title: proposal.vacancy.title })}>
      <RadioGroup
        id={id}
        legend={t('answer.question')}
        error={message('interested')}
        choices={[
          { value: 'yes', label: t('answer.yes') },
          { value: 'no', label: t('answer.no') },
        ]}
        {...register('interested')}
      />
      {watch('interested') === 'no' ? <FormTextareaField control={control} name="reason" id={`${id}-reason`} label={t('answer.reason')} hint={t('answer.reasonHint')} error={message('reason')} maxLength={500} rows={3} /> : null}
      {error ? <Notice kind="error">{error}</Notice> : null}
      <Button type="submit" busy={saving}>
        {t('answer.send')}
      </Button>
    </form>
  );
}

function ProposalCard({ proposal, clientId, canWrite }: { proposal: Proposal; clientId: string; canWrite: boolean }) {
  const { t } = useTranslation(['matching', 'vacancies']);
  const date = useFormatDate({ dateStyle: 'long' });
  const closed = proposal.status === 'hired' || proposal.status === 'rejected';
  // so nobody applies twice by mistake: the day they applied, as everywhere a vacancy appears
  const applied = proposal.steps.find((step) => step.status === 'applied');
  return (
    <li className="card-list__item" data-testid="proposal">
      <h2 className="card-list__title" lang="nl">
        {proposal.vacancy.title}
      </h2>
      <p lang="nl">{[proposal.vacancy.organisation, proposal.vacancy.place].filter(Boolean).join(' · ')}</p>
      <p>
        <ProposalStatusTag status={proposal.status} /> · {t('client.proposedOn', { name: proposal.proposedBy.name, date: date(proposal.createdAt) })}
      </p>
      {applied ? (
        <p>
          <StatusTag tone="success">{t('vacancies:applied.on', { date: date(applied.at) })}</StatusTag>
        </p>
      ) : null}
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
