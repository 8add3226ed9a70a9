import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { StatusTag, type StatusTone } from './status-tag.tsx';

export type Task = {
  id: string;
  title: string;
  hint?: ReactNode;
  href?: string;
  status: string;
  tone: StatusTone;
};

/** GOV.UK / NL Design System task list: each task a row with a status in words. */
export function TaskList({ tasks, label }: { tasks: Task[]; label: string }) {
  return (
    <ul className="task-list" aria-label={label}>
      {tasks.map((task) => (
        <li key={task.id} className="task-list__item" data-task={task.id}>
          <div className="task-list__name">
            {task.href ? (
              <Link to={task.href} className="task-list__link" aria-describedby={`task-status-${task.id}`}>
                {task.title}
              </Link>
            ) : (
              <span>{task.title}</span>
            )}
            {task.hint ? <div className="task-list__hint">{task.hint}</div> : null}
          </div>
          <div className="task-list__status" id={`task-status-${task.id}`}>
            <StatusTag tone={task.tone}>{task.status}</StatusTag>
          </div>
        </li>
      ))}
    </ul>
  );
}
