import { useTranslation } from 'react-i18next';
import { AddToCalendar } from '#src/shared/calendar/add-to-calendar.tsx';
import { calendarFileName, calendarUid, type CalendarEvent } from '#src/shared/calendar/event.ts';
import type { Task } from './schemas.ts';

/**
 * A task's due date as an all-day event. The summary says only "Taak van je e-coach" (a calendar
 * shows it on a lock screen); the task's own words are in the description. The task's version is
 * the SEQUENCE: a changed task replaces the old event.
 */
export function taskEvent(task: Pick<Task, 'id' | 'title' | 'description' | 'dueDate' | 'version'>, summary: string): CalendarEvent | null {
  if (!task.dueDate) return null;
  return {
    uid: calendarUid('task', task.id),
    sequence: task.version,
    summary,
    description: [task.title, task.description].filter(Boolean).join('\n\n'),
    date: task.dueDate,
  };
}

/** "Zet in je agenda" under an open task whose due date is still to come (today included). */
export function TaskToCalendar({ task, today }: { task: Task; today: string }) {
  const { t } = useTranslation('tasks');
  const event = taskEvent(task, t('calendar.summary'));
  if (!event || task.doneAt || (task.dueDate ?? '') < today) return null;
  return <AddToCalendar ns="tasks" event={event} fileName={calendarFileName('taak', event)} />;
}
