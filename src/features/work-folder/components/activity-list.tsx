import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '#src/shared/ui/button.tsx';
import { groupByWeek } from '../list.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';

/** Weeks rendered at first; "Meer laten zien" adds more. With `content-visibility` off-screen weeks cost little. */
export const WEEKS_PER_STEP = 12;

/**
 * A newest-first list grouped per week. Only the first weeks are rendered, more on request,
 * so thousands of activities stay smooth on a phone.
 */
export function ActivityWeeks<A extends { id: string; date: string }>({
  activities,
  renderItem,
  label,
}: {
  activities: readonly A[];
  renderItem: (activity: A) => ReactNode;
  label: string;
}) {
  const { t } = useTranslation('workFolder');
  const formatDate = useFormatDate();
  const [visible, setVisible] = useState(WEEKS_PER_STEP);
  const groups = useMemo(() => groupByWeek(activities), [activities]);
  return (
    <div className="activity-weeks" aria-label={label} role="region">
      {groups.slice(0, visible).map((group) => (
        <section key={group.start} className="week-group" aria-labelledby={`week-${group.start}`}>
          <h3 className="week-group__title" id={`week-${group.start}`}>
            {t('list.week', { week: group.week, start: formatDate(group.start), end: formatDate(group.end) })}
          </h3>
          <ul className="activity-list">
            {group.activities.map((activity) => (
              <li key={activity.id} className="activity-list__item">
                {renderItem(activity)}
              </li>
            ))}
          </ul>
        </section>
      ))}
      {groups.length > visible ? (
        <div className="button-row">
          <Button variant="secondary" onClick={() => setVisible((n) => n + WEEKS_PER_STEP)}>
            {t('actions.showMore', { count: groups.length - visible })}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
