import { useTranslation } from 'react-i18next';
import { StatusTag, type StatusTone } from '#src/shared/ui/status-tag.tsx';
import { useFormatDate } from '#src/shared/lib/format.ts';
import type { Proposal, ProposalStatus } from '../matching/schemas.ts';

const TONE: Record<ProposalStatus, StatusTone> = { proposed: 'info', applied: 'info', interview: 'warning', hired: 'success', rejected: 'neutral' };

/** voorgesteld → gesolliciteerd → gesprek → aangenomen / afgewezen, in words. */
export function ProposalStatusTag({ status }: { status: ProposalStatus }) {
  const { t } = useTranslation('matching');
  return <StatusTag tone={TONE[status]}>{t(`status.${status}`)}</StatusTag>;
}

/** The client's answer to a proposal, for the regisseur and the coach. */
export function ProposalAnswerText({ answer }: { answer: Proposal['answer'] }) {
  const { t } = useTranslation('matching');
  const date = useFormatDate({ dateStyle: 'medium' });
  if (!answer) return <p>{t('proposal.noAnswer')}</p>;
  return (
    <p dir="auto">
      {answer.interested ? t('proposal.answerInterested', { date: date(answer.at) }) : t('proposal.answerNotInterested', { date: date(answer.at), reason: answer.reason })}
    </p>
  );
}
