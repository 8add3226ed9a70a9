import { useTranslation } from 'react-i18next';
import { StatusTag, type StatusTone } from '#src/shared/ui/status-tag.tsx';
import type { ProposalStatus } from '../matching/schemas.ts';

const TONE: Record<ProposalStatus, StatusTone> = { proposed: 'info', applied: 'info', interview: 'warning', hired: 'success', rejected: 'neutral' };

/** voorgesteld → gesolliciteerd → gesprek → aangenomen / afgewezen, in words. */
export function ProposalStatusTag({ status }: { status: ProposalStatus }) {
  const { t } = useTranslation('matching');
  return <StatusTag tone={TONE[status]}>{t(`status.${status}`)}</StatusTag>;
}
