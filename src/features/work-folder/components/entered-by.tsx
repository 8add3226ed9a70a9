import { useTranslation } from 'react-i18next';
import type { Activity } from '../schemas.ts';

/**
 * "Ingevoerd door Ria Kamminga (hulp)" on an activity someone else made for the client. Only the
 * client or a helper acting for them may write activities, so anyone but the client is a helper.
 */
export function EnteredBy({ activity, reader }: { activity: Pick<Activity, 'clientId' | 'createdBy'>; reader: 'client' | 'coach' }) {
  const { t } = useTranslation('workFolder');
  if (activity.createdBy.id === activity.clientId) return null;
  return (
    <p className="activity-card__meta" data-testid="entered-by" dir="auto">
      {t(reader === 'coach' ? 'coach.enteredBy' : 'detail.enteredBy', { name: activity.createdBy.name })}
    </p>
  );
}
