import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '#src/shared/ui/button.tsx';
import { useSession } from '#src/shared/auth/use-session.ts';
import { downloadBlob } from '#src/shared/files/download.ts';
import type { CalendarEvent } from './event.ts';

/**
 * The namespaces that hold the button's texts (`calendar.add`, `calendar.hint`, `calendar.failed`;
 * `calendar.remove` only in messages, where an appointment can be cancelled): the feature's own, so
 * nothing is added to the texts of the first download. The locales test checks the keys in each.
 */
export type CalendarTextNamespace = 'messages' | 'home' | 'tasks' | 'vacancies';

/** The `.ics` writer, loaded on the first click (precached with the app, so offline too). */
function loadCalendarWriter() {
  return import('./ical.ts');
}

/**
 * "Zet in je agenda": downloads one event as an `.ics` file made on this device. Not on a public
 * computer: a download stays in that computer's Downloads folder for the next person.
 */
export function AddToCalendar({ ns, event, fileName }: { ns: CalendarTextNamespace; event: CalendarEvent; fileName: string }) {
  // the feature's `calendar.*` texts: the locales test checks them in each namespace of CalendarTextNamespace
  const { t } = useTranslation(ns);
  const { session } = useSession();
  const hintId = useId();
  const [failed, setFailed] = useState(false);
  if (!session || session.publicComputer) return null;
  const download = async () => {
    try {
      const { calendarBlob } = await loadCalendarWriter();
      downloadBlob(calendarBlob(event), fileName);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  return (
    <div className="add-to-calendar">
      <Button variant="secondary" aria-describedby={hintId} onClick={() => void download()}>
        {/* only an appointment (messages) is ever cancelled: `calendar.remove` is in that namespace alone */}
        {event.cancelled ? t('calendar.remove', { ns: 'messages' }) : t('calendar.add')}
      </Button>
      <p id={hintId} className="field__hint">
        {t('calendar.hint')}
      </p>
      {failed ? (
        <p className="field__error" role="alert">
          {t('calendar.failed')}
        </p>
      ) : null}
    </div>
  );
}
