import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { ErrorSummary } from '#src/shared/ui/form.tsx';
import { TextareaField } from '#src/shared/ui/textarea-field.tsx';
import { useDirtyForm } from '#src/shared/lib/dirty-forms.ts';
import { useCvErrorText } from '../components/error-text.ts';
import { LIMITS, cvProfileInputSchema } from '../schemas.ts';
import { useCvProfileView } from '../use-cv-view.ts';

/** /cv/gegevens/profiel — the short text about yourself, with a character count and writing tips. */
export function Component() {
  const { t } = useTranslation(['cv', 'common']);
  const { query, profile } = useCvProfileView();
  return (
    <Page title={t('sections.profile')}>
      <p>
        <Link to="/cv" className="back-link">
          {t('back')}
        </Link>
      </p>
      <QueryState query={query}>{() => (profile ? <ProfileTextForm initial={profile.profileText} /> : null)}</QueryState>
    </Page>
  );
}

function ProfileTextForm({ initial }: { initial: string }) {
  const { t } = useTranslation(['cv', 'common']);
  const errorText = useCvErrorText();
  const navigate = useNavigate();
  const { profile, save } = useCvProfileView();
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  useDirtyForm(text !== initial);
  const tips = [t('profileText.tip1'), t('profileText.tip2'), t('profileText.tip3'), t('profileText.tip4')];
  return (
    <form
      noValidate
      className="form"
      onSubmit={async (event) => {
        event.preventDefault();
        if (!profile) return;
        const parsed = cvProfileInputSchema.shape.profileText.safeParse(text);
        if (!parsed.success) {
          setError(errorText(parsed.error.issues[0]?.message));
          setAttempt((n) => n + 1);
          return;
        }
        await save({ personalia: profile.personalia, profileText: parsed.data, entries: profile.entries, customSections: profile.customSections });
        void navigate('/cv');
      }}
    >
      <ErrorSummary errors={error ? [{ fieldId: 'profile-text', message: error }] : []} focusKey={attempt} />
      <details className="details cv-tips">
        <summary className="details__summary">{t('profileText.tipsTitle')}</summary>
        <ul className="details__text">
          {tips.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
      </details>
      <TextareaField
        id="profile-text"
        label={t('profileText.label')}
        hint={t('profileText.hint')}
        error={error}
        rows={8}
        maxLength={LIMITS.profileText}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="button-row">
        <Button type="submit">{t('entry.save')}</Button>
      </div>
    </form>
  );
}
