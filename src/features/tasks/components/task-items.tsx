import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import { todayIso } from '#src/shared/lib/dates.ts';
import { isOverdue } from '../rules.ts';
import type { TaskView } from '../use-tasks-view.ts';
import { ReadAloud } from '#src/shared/ui/read-aloud.tsx';

function useDueText() {
  const { t, i18n } = useTranslation('tasks');
  return (task: TaskView) => {
    if (!task.dueDate) return t('list.noDueDate');
    const date = new Intl.DateTimeFormat(i18n.language, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${task.dueDate}T12:00:00Z`));
    return t('list.due', { date });
  };
}

/**
 * The werkplan's tasks: title, description, due date, "Te laat" in words when overdue,
 * done or not, and whether a change is still on this device. `onToggle` (the client) adds
 * a checkbox per task; `actions` (the coach) adds what follows each task.
 */
export function TaskItems({ tasks, onToggle, actions }: { tasks: TaskView[]; onToggle?: (task: TaskView, done: boolean) => void; actions?: (task: TaskView) => ReactNode }) {
  const { t } = useTranslation('tasks');
  const dueText = useDueText();
  const today = todayIso();
  // The tick shows at once; the task's own state follows when the change is saved on the device.
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  useEffect(() => {
    setTicked((current) => {
      const open = Object.entries(current).filter(([id, done]) => tasks.some((task) => task.id === id && (task.doneAt !== null) !== done));
      return open.length === Object.keys(current).length ? current : Object.fromEntries(open);
    });
  }, [tasks]);
  if (tasks.length === 0) return <p>{t('list.empty')}</p>;
  return (
    <ul className="task-items" data-testid="task-items">
      {tasks.map((task) => {
        const overdue = isOverdue(task, today);
        return (
          <li key={task.id} className={`task-item${overdue ? ' task-item--overdue' : ''}${task.doneAt ? ' task-item--done' : ''}`}>
            {onToggle ? (
              <div className="checkbox task-item__check">
                <input id={`task-${task.id}`} type="checkbox" className="checkbox__input" checked={ticked[task.id] ?? task.doneAt !== null}
                  onChange={(event) => {
                    const done = event.target.checked;
                    setTicked((current) => ({ ...current, [task.id]: done }));
                    onToggle(task, done);
                  }}
                />
                <label className="checkbox__label task-item__title" htmlFor={`task-${task.id}`} dir="auto">
                  {task.title}
                </label>
              </div>
            ) : (
              <h3 className="task-item__title" dir="auto">
                {task.title}
              </h3>
            )}
            {task.description ? (
              <>
                <p className="task-item__description" dir="auto">
                  {task.description}
                </p>
                <ReadAloud text={`${task.title}. ${task.description}`} />
              </>
            ) : null}
            <p className="tag-line">
              <span>{dueText(task)}</span>{' '}
              {task.doneAt ? <StatusTag tone="success">{t('list.done')}</StatusTag> : overdue ? <StatusTag tone="error">{t('list.overdue')}</StatusTag> : <StatusTag tone="neutral">{t('list.open')}</StatusTag>}
              {task.sync !== 'sent' ? <StatusTag tone={task.sync === 'problem' ? 'error' : 'warning'}>{t(`sync.${task.sync}`)}</StatusTag> : null}
            </p>
            {actions?.(task)}
          </li>
        );
      })}
    </ul>
  );
}
