import { useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { ErrorSummary, type SummaryError } from '#src/shared/ui/form.tsx';
import { getAppOutbox, isStorageFullError } from '#src/shared/offline/outbox.ts';
import { hasAnswer, pruneHiddenAnswers, visibleQuestions } from '../definition/engine.ts';
import { intakeLane } from '../api/keys.ts';
import { submitIntakeKind } from '../api/submit-intake.ts';
import { useAnswerText } from '../components/answer-text.tsx';
import { DefinitionState } from '../components/definition-state.tsx';
import { useIntakeView, useLocalized } from '../use-intake-view.ts';
import { useQuestionnaireId } from '../questionnaire.ts';
import { newId } from '#src/shared/lib/ids.ts';


/** "Controleer je antwoorden": only the questions that apply, a change link per answer. */
export function Component() {
  const { t } = useTranslation(['intake', 'sync', 'common']);
  const localized = useLocalized();
  const answerText = useAnswerText();
  const navigate = useNavigate();
  const view = useIntakeView(useQuestionnaireId());
  const paths = view.paths;
  const [attempt, setAttempt] = useState(0);
  const [missing, setMissing] = useState<SummaryError[]>([]);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (view.pendingSubmission || view.submitted) return <Navigate to={paths.result} replace />;

  return (
    <Page title={t('check.title')} lead={t('check.lead')}>
      <QueryState query={view.draftQuery}>
        {() => (
          <DefinitionState view={view}>
            {(definition) => {
              const { answers, facts, draft } = view;
              if (!draft?.started) return <Navigate to={paths.start} replace />;
              // a newer version was published: the start page moves the draft over and says what changed
              if (view.currentVersion !== undefined && view.draft && view.currentVersion > view.draft.definitionVersion) return <Navigate to={paths.start} replace />;
              const visible = visibleQuestions(definition, answers, facts);
              const submit = async () => {
                const open = visible.filter(({ question }) => !hasAnswer(question, answers[question.id]));
                if (open.length > 0) {
                  setMissing(open.map(({ question }) => ({ fieldId: `change-${question.id}`, message: t('check.missing', { question: localized(question.text) }) })));
                  setAttempt((n) => n + 1);
                  return;
                }
                const outbox = getAppOutbox();
                if (!outbox || !view.user) return;
                setSending(true);
                setError(null);
                try {
                  const submissionId = newId();
                  await outbox.enqueue({
                    lane: intakeLane(view.clientId, view.questionnaireId),
                    kind: submitIntakeKind,
                    payload: {
                      submissionId,
                      submittedAt: new Date().toISOString(),
                      definitionVersion: draft.definitionVersion,
                      answers: pruneHiddenAnswers(definition, answers, facts),
                      helper: draft.helper,
                    },
                    ownerId: view.user.id,
                  });
                  navigate(paths.result);
                } catch (cause) {
                  setError(isStorageFullError(cause) ? t('sync:page.fullDisk') : t('common:errors.server'));
                } finally {
                  setSending(false);
                }
              };
              return (
                <>
                  <ErrorSummary errors={missing} focusKey={attempt} />
                  {error ? (
                    <Notice kind="error" live="assertive">
                      <p>{error}</p>
                    </Notice>
                  ) : null}
                  <dl className="summary-list">
                    <div className="summary-list__row">
                      <dt className="summary-list__key">{t('check.helper')}</dt>
                      <dd className="summary-list__value" dir="auto">
                        {draft.helper ? [draft.helper.name, draft.helper.organisation].filter(Boolean).join(', ') : t('check.helperNone')}
                      </dd>
                    </div>
                  </dl>
                  {definition.sections.map((section) => {
                    const rows = visible.filter((v) => v.section.id === section.id);
                    if (rows.length === 0) return null;
                    return (
                      <section key={section.id}>
                        <h2>{localized(section.title)}</h2>
                        <dl className="summary-list">
                          {rows.map(({ question }) => (
                            <div className="summary-list__row" key={question.id} data-question={question.id}>
                              <dt className="summary-list__key">{localized(question.text)}</dt>
                              <dd className="summary-list__value" dir="auto">
                                {hasAnswer(question, answers[question.id]) ? answerText(question, answers[question.id]) : t('check.notAnswered')}
                              </dd>
                              <dd className="summary-list__actions">
                                <Link id={`change-${question.id}`} to={`${paths.question(question.id)}?terug=controleren`}>
                                  {t('check.change')}
                                  <span className="visually-hidden"> {localized(question.text)}</span>
                                </Link>
                              </dd>
                            </div>
                          ))}
                        </dl>
                      </section>
                    );
                  })}
                  <h2>{t('check.submitTitle')}</h2>
                  <p>{view.questionnaireId === 'participation' ? t('participation.submitText') : t('check.submitText')}</p>
                  <div className="button-row">
                    <Button onClick={() => void submit()} busy={sending}>
                      {t('check.submit')}
                    </Button>
                  </div>
                </>
              );
            }}
          </DefinitionState>
        )}
      </QueryState>
    </Page>
  );
}
