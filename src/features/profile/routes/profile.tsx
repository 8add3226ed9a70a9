import { useCanWrite } from '#src/shared/auth/use-acting-for.ts';
import { useSession } from '#src/shared/auth/use-session.ts';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import { useErrorText } from '#src/shared/ui/form.tsx';
import { ProfileForm } from '../components/profile-form.tsx';
import { toFormValues } from '../form.ts';
import { useUpdateProfile } from '../api/update-profile.ts';
import { useProfileView } from '../use-profile-view.ts';
import type { ProfileInput } from '../schemas.ts';

/**
 * "Mijn gegevens" is where a client looks for everything about their data: besides the contact
 * details, the machtigingen, who changed what, and what is kept (print or download). A helper
 * acting for the client sees only who changed what (the rest is the client's own).
 */
function MoreAboutMyData() {
  const { t } = useTranslation('profile');
  const isClient = useSession().user?.role === 'client';
  return (
    <section aria-labelledby="profile-more" className="no-print">
      <h2 id="profile-more">{t('more.title')}</h2>
      <ul className="link-list">
        {isClient ? (
          <li>
            <Link to="/mijn-gegevens/machtigingen">{t('more.authorisations')}</Link>
          </li>
        ) : null}
        <li>
          <Link to="/mijn-gegevens/wijzigingen">{t('more.changes')}</Link>
        </li>
        {isClient ? (
          <li>
            <Link to="/mijn-gegevens">{t('more.stored')}</Link>
          </li>
        ) : null}
      </ul>
    </section>
  );
}

function formatDate(iso: string | null, language: string, empty: string) {
  return iso ? new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(`${iso}T12:00:00`)) : empty;
}

export function Component() {
  const canWrite = useCanWrite();
  const { t, i18n } = useTranslation(['profile', 'common', 'sync']);
  const errorText = useErrorText();
  const location = useLocation();
  const { query, clientId, ...view } = useProfileView();
  const [editing, setEditing] = useState(location.hash === '#wijzigen');
  const [savedNotice, setSavedNotice] = useState(false);
  const { replace, saving, error: saveError } = useUpdateProfile(clientId);
  const problem = view.problem;

  const save = async (input: ProfileInput) => {
    // The corrected version replaces the change the server refused (which blocks the queue
    // until then), atomically: never a moment with nothing waiting ("Verstuurd" for an edit not sent).
    const record = await replace(problem?.status === 'rejected' ? problem.id : null, { payload: { clientId, input }, baseVersion: view.baseVersion });
    if (!record) return;
    setEditing(false);
    setSavedNotice(true);
  };

  if (editing) {
    const source = problem?.status === 'rejected' ? problem.payload.input : view.profile;
    return (
      <Page title={t('editTitle')}>
        {saveError ? (
          <Notice kind="error" live="assertive">
            <p>{saveError}</p>
          </Notice>
        ) : null}
        <QueryState query={query}>
          {() => (
            <ProfileForm
              defaultValues={toFormValues(source)}
              serverErrors={problem?.status === 'rejected' ? problem.lastError?.fieldErrors : undefined}
              onSubmit={save}
              submitting={saving}
            />
          )}
        </QueryState>
        <p>
          <button type="button" className="link-button" onClick={() => setEditing(false)}>
            {t('common:actions.cancel')}
          </button>
        </p>
      </Page>
    );
  }

  return (
    <Page title={t('title')} lead={t('lead')}>
      {savedNotice && view.profile?.pending ? (
        <Notice kind="success" live="polite" title={t('saved')}>
          <p>{t('savedAndWaiting')}</p>
        </Notice>
      ) : null}
      {problem?.status === 'rejected' ? (
        <Notice kind="error" title={t('rejected')}>
          <p>{t('rejectedBody')}</p>
          <ul>
            {Object.entries(problem.lastError?.fieldErrors ?? {}).map(([field, messages]) => (
              <li key={field}>{errorText(messages[0])}</li>
            ))}
          </ul>
          <Button variant="secondary" onClick={() => setEditing(true)}>
            {t('sync:page.review')}
          </Button>
        </Notice>
      ) : null}
      {problem?.status === 'conflict' ? (
        <Notice kind="warning" title={t('conflict')}>
          <p>{t('conflictBody')}</p>
          <Link to="/wijzigingen">{t('sync:page.review')}</Link>
        </Notice>
      ) : null}
      <QueryState query={query}>
        {() => {
          const p = view.profile;
          if (!p) return null;
          const rows: [string, string][] = [
            [t('fields.preferredName.label'), p.preferredName || t('notSet')],
            [t('fields.phone.label'), p.phone || t('notSet')],
            [t('fields.email.label'), p.email || t('notSet')],
            [t('fields.town.label'), p.town || t('notSet')],
            [t('fields.benefitApplicationDate.label'), formatDate(p.benefitApplicationDate, i18n.language, t('notSet'))],
            [t('fields.registeredWithUwv.label'), p.registeredWithUwv ? t('common:answers.yes') : t('common:answers.no')],
          ];
          if (p.registeredWithUwv) rows.push([t('fields.uwvRegistrationDate.label'), formatDate(p.uwvRegistrationDate, i18n.language, t('notSet'))]);
          return (
            <>
              <h2>{t('contactTitle')}</h2>
              <p className="sent-mark" data-testid="profile-sync-state">
                <StatusTag tone={p.pending ? 'warning' : 'success'}>{p.pending ? t('sync:page.status.pending') : t('sent')}</StatusTag>
              </p>
              <dl className="summary-list">
                {rows.map(([key, value]) => (
                  <div className="summary-list__row" key={key}>
                    <dt className="summary-list__key">{key}</dt>
                    <dd className="summary-list__value" dir="auto">
                      {value}
                    </dd>
                  </div>
                ))}
              </dl>
              {p.updatedBy ? <p className="field__hint">{t('updatedBy', { name: p.updatedBy.name })}</p> : null}
              {canWrite ? (
                <Button
                  onClick={() => {
                    setSavedNotice(false);
                    setEditing(true);
                  }}
                >
                  {t('edit')}
                </Button>
              ) : null}
            </>
          );
        }}
      </QueryState>
      <MoreAboutMyData />
    </Page>
  );
}
