import { useDeferredValue, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '#src/shared/ui/button.tsx';
import { groupByWeek } from '../list.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';

/** Weeks rendered at first; "Meer laten zien" adds more. With `content-visibility` off-screen weeks cost little. */
export const WEEKS_PER_STEP = 12;
/** Weeks in the very first render: the newest are on screen at once, the rest follow in the background (issue 15). */
export const FIRST_WEEKS = 2;

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
  // the list shows its first weeks in the first render and the rest of the step right after, without holding up the screen
  const rendered = useDeferredValue(visible, FIRST_WEEKS);
  return (
    <div className="activity-weeks" aria-label={label} role="region">
      {groups.slice(0, rendered).map((group) => (
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
