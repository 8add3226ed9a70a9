import { Link, Navigate, useNavigate } from 'react-router';
import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { useActingFor, useCanWrite } from '#src/shared/auth/use-acting-for.ts';
import { useSession } from '#src/shared/auth/use-session.ts';
import { Notice } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { Loading } from '#src/shared/ui/loading.tsx';
import { ErrorSummary, RadioGroup, TextField } from '#src/shared/ui/form.tsx';
import { useAppForm } from '#src/shared/ui/use-app-form.ts';
import { hasAnswer, nextUnanswered, progress, visibleQuestions } from '../definition/engine.ts';
import { helperInfoSchema, type HelperInfo } from '../schemas.ts';
import { useIntakeView, useLocalized } from '../use-intake-view.ts';
import { useMigrateDraft } from '../use-migrate-draft.ts';
import { useSaveDraft } from '../api/save-draft.ts';
import { DefinitionState } from '../components/definition-state.tsx';
import { useQuestionnaireId } from '../questionnaire.ts';

const helperFormSchema = z
  .object({ help: z.enum(['', 'yes', 'no']), name: z.string(), organisation: z.string() })
  .superRefine((v, ctx) => {
    if (v.help === '') ctx.addIssue({ code: 'custom', path: ['help'], message: 'validation.helper.choose' });
    if (v.help !== 'yes') return;
    const parsed = helperInfoSchema.safeParse({ name: v.name, organisation: v.organisation });
    if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  })
  .transform((v): HelperInfo | null => (v.help === 'yes' ? { name: v.name.trim(), organisation: v.organisation.trim() } : null));
type HelperForm = z.input<typeof helperFormSchema>;

function HelperQuestion({ initial, onSubmit, busy }: { initial: HelperInfo | null; onSubmit: (helper: HelperInfo | null) => void; busy: boolean }) {
  const { t } = useTranslation('intake');
  const { user } = useSession();
  // a helper acting for the client: "Ja, iemand helpt mij" with the helper's name, already chosen
  const helping = useActingFor() !== null && user ? { name: user.name, organisation: '' } : null;
  const known = initial ?? helping;
  const { register, control, submit, summary, message } = useAppForm<HelperForm, HelperInfo | null>({
    defaultValues: { help: known ? 'yes' : '', name: known?.name ?? '', organisation: known?.organisation ?? '' },
    schema: helperFormSchema,
    idPrefix: 'helper',
    ns: 'intake',
  });
  const help = useWatch({ control, name: 'help' });
  return (
    <form noValidate className="form" onSubmit={submit(onSubmit)}>
      <ErrorSummary {...summary(['help', 'name', 'organisation'])} />
      <RadioGroup
        id="helper-help"
        legend={<span className="legend--large">{t('start.helpQuestion')}</span>}
        hint={t('start.helpHint')}
        error={message('help')}
        choices={[
          { value: 'no', label: t('start.helpNo') },
          { value: 'yes', label: t('start.helpYes') },
        ]}
        {...register('help')}
      />
      {help === 'yes' ? (
        <>
          <TextField id="helper-name" label={t('start.helperName')} autoComplete="off" error={message('name')} {...register('name')} />
          <TextField
            id="helper-organisation"
            label={t('start.helperOrganisation')}
            hint={t('start.helperOrganisationHint')}
            autoComplete="organization"
            error={message('organisation')}
            {...register('organisation')}
          />
        </>
      ) : null}
      <div className="button-row">
        <Button type="submit" busy={busy}>
          {t('start.begin')}
        </Button>
      </div>
    </form>
  );
}

/** After the draft was moved to a newer version: which answers to give again. */
function MigrationNotice({ questions, all }: { questions: { id: string; text: string }[]; all: boolean }) {
  const { t } = useTranslation('intake');
  if (all) {
    return (
      <Notice kind="info">
        <p>{t('start.migratedAll')}</p>
      </Notice>
    );
  }
  if (questions.length === 0) return null;
  return (
    <Notice kind="warning" title={t('start.migratedTitle')}>
      <p>{t('start.migrated')}</p>
      <ul data-testid="migration-questions">
        {questions.map((q) => (
          <li key={q.id}>{q.text}</li>
        ))}
      </ul>
    </Notice>
  );
}

/** The start page: what, why, how long, that answers are kept, who decides; "met hulp?". */
export function Component() {
  const { t } = useTranslation('intake');
  const navigate = useNavigate();
  const view = useIntakeView(useQuestionnaireId());
  const { save, saving, failed } = useSaveDraft(view);
  const moving = useMigrateDraft(view, save);
  const localized = useLocalized();
  const paths = view.paths;
  const participation = view.questionnaireId === 'participation';
  const canWrite = useCanWrite();

  if (view.pendingSubmission || view.submitted) return <Navigate to={paths.result} replace />;

  return (
    <Page title={participation ? t('participation.title') : t('title')} lead={participation ? t('participation.lead') : t('start.lead')}>
      <h2>{t('start.whatTitle')}</h2>
      <p>{participation ? t('participation.what') : t('start.what')}</p>
      <ul>
        <li>{participation ? t('participation.time') : t('start.time')}</li>
        <li>{t('start.kept')}</li>
      </ul>
      <h2>{t('start.decidesTitle')}</h2>
      <p>{participation ? t('participation.decides') : t('start.decides')}</p>
      {failed ? (
        <Notice kind="error" live="assertive">
          <p>{t('question.saveFailed')}</p>
        </Notice>
      ) : null}
      <QueryState query={view.draftQuery}>
        {(server) => (
          <DefinitionState view={view}>
            {(definition) => {
              if (moving) return <Loading />;
              const draft = view.draft ?? server;
              const facts = server.facts;
              // a helper who may only look: what has been answered so far, nothing to fill in
              if (!canWrite) {
                if (!draft.started) return <p>{t('start.readOnlyNotStarted')}</p>;
                const sofar = progress(definition, draft.answers, facts);
                return (
                  <>
                    <p>{t('start.progress', { answered: sofar.answered, total: sofar.total })}</p>
                    <p>
                      <Link to={paths.check}>{t('start.readOnlyView')}</Link>
                    </p>
                  </>
                );
              }
              if (!draft.started) {
                return (
                  <HelperQuestion
                    initial={draft.helper}
                    busy={saving}
                    onSubmit={async (helper) => {
                      if (await save({ helper, started: true })) {
                        const first = nextUnanswered(definition, draft.answers, facts);
                        navigate(first ? paths.question(first.id) : paths.check);
                      }
                    }}
                  />
                );
              }
              const done = progress(definition, draft.answers, facts);
              const next = nextUnanswered(definition, draft.answers, facts);
              return (
                <>
                  {draft.migration ? <MigrationNotice questions={visibleQuestions(definition, draft.answers, facts)
                    .filter(({ question }) => draft.migration?.questionIds.includes(question.id) && !hasAnswer(question, draft.answers[question.id]))
                    .map(({ question }) => ({ id: question.id, text: localized(question.text) }))} all={draft.migration.questionIds.length === 0} /> : null}
                  <h2>{t('start.continueTitle')}</h2>
                  <p>{t('start.progress', { answered: done.answered, total: done.total })}</p>
                  <p>
                    <Link className="button-link" to={next ? paths.question(next.id) : paths.check}>
                      {next ? t('start.continue') : t('start.check')}
                    </Link>
                  </p>
                </>
              );
            }}
          </DefinitionState>
        )}
      </QueryState>
    </Page>
  );
}
