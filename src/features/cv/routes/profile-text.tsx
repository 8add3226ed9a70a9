import { z } from 'zod';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { ErrorSummary } from '#src/shared/ui/form.tsx';
import { FormTextareaField } from '#src/shared/ui/textarea-field.tsx';
import { useAppForm } from '#src/shared/ui/use-app-form.ts';
import { LIMITS, cvProfileInputSchema } from '../schemas.ts';
import { useCvProfileView } from '../use-cv-view.ts';

/** /cv/gegevens/profiel — the short text about yourself, with a character count and writing tips. */
export function Component() {
  const { t } = useTranslation(['cv', 'common']);
  const { query, profile } = useCvProfileView();
  return (
    <Page title={t('sections.profile')} back={{ to: "/cv", label: t('back') }}>
      <QueryState query={query}>{() => (profile ? <ProfileTextForm initial={profile.profileText} /> : null)}</QueryState>
    </Page>
  );
}

const profileTextSchema = z.object({ text: cvProfileInputSchema.shape.profileText });

function ProfileTextForm({ initial }: { initial: string }) {
  const { t } = useTranslation(['cv', 'common']);
  const navigate = useNavigate();
  const { profile, save } = useCvProfileView();
  const { control, submit, summary, message } = useAppForm<z.input<typeof profileTextSchema>, z.output<typeof profileTextSchema>>({
    defaultValues: { text: initial },
    schema: profileTextSchema,
    idPrefix: 'profile',
    ns: 'cv',
  });
  const tips = [t('profileText.tip1'), t('profileText.tip2'), t('profileText.tip3'), t('profileText.tip4')];
  return (
    <form
      noValidate
      className="form"
      onSubmit={submit(async ({ text }) => {
        if (!profile) return;
        await save({ profileText: text });
        void navigate('/cv');
      })}
    >
      <ErrorSummary {...summary(['text'])} />
      <details className="details cv-tips">
        <summary className="details__summary">{t('profileText.tipsTitle')}</summary>
        <ul className="details__text">
          {tips.map((tip) => (
            <li key={tip}>{tip}</li>
          ))}
        </ul>
      </details>
      <FormTextareaField control={control} name="text" id="profile-text" label={t('profileText.label')} hint={t('profileText.hint')} error={message('text')} rows={8} maxLength={LIMITS.profileText} />
      <div className="button-row">
        <Button type="submit">{t('entry.save')}</Button>
      </div>
    </form>
  );
}
