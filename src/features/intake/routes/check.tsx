import { useEffect, useRef, useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { ErrorSummary, type SummaryError } from '#src/shared/ui/form.tsx';
import { hasAnswer, pruneHiddenAnswers, visibleQuestions } from '../definition/engine.ts';
import { useSubmitIntake } from '../api/submit-intake.ts';
import { useAnswerText } from '../components/answer-text.tsx';
import { DefinitionState } from '../components/definition-state.tsx';
import { useIntakeView, useLocalized } from '../use-intake-view.ts';
import { useQuestionnaireId } from '../questionnaire.ts';
import { newId } from '#src/shared/lib/ids.ts';
import { useCanWrite } from '#src/shared/auth/use-acting-for.ts';
import type { Answers } from '../definition/schemas.ts';

/** How long "Verstuur" waits for the server's newest draft before it sends what this device shows. */
export const FRESH_DRAFT_WAIT_MS = 8_000;

function sameAnswers(a: Answers, b: Answers): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if (JSON.stringify(a[key] ?? null) !== JSON.stringify(b[key] ?? null)) return false;
  return true;
}

/**
 * "Controleer je antwoorden": only the questions that apply, a change link per answer.
 *
 * The page may show this device's saved copy of the draft (opened offline, or before the
 * refetch came back). When nothing of this device waits to be sent, "Verstuur" first asks the
 * server for the newest draft (at most FRESH_DRAFT_WAIT_MS): if the answers were changed on
 * another device in the meantime, it sends nothing and shows them to check again — never an
 * older set of answers over newer ones. Offline or without an answer it sends what is shown.
 */
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
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  const { write: submitIntake, error: submitError } = useSubmitIntake(view.clientId, view.questionnaireId);
  const canWrite = useCanWrite();
  const changedNotice = useRef<HTMLDivElement>(null);
  // once the notice is on the screen (a frame was not always enough on a slow device)
  useEffect(() => {
    if (changedElsewhere) changedNotice.current?.focus();
  }, [changedElsewhere]);

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
                if (!view.user) return;
                setSending(true);
                setError(null);
                setChangedElsewhere(false);
                try {
                  if (view.unsentDrafts === 0 && navigator.onLine) {
                    const shown = view.draftQuery.data;
                    let timer: number | undefined;
                    const fresh = await Promise.race([
                      view.draftQuery.refetch().then((result) => result.data),
                      new Promise<undefined>((resolve) => (timer = window.setTimeout(resolve, FRESH_DRAFT_WAIT_MS))),
                    ]).finally(() => window.clearTimeout(timer));
                    if (shown && fresh && (fresh.version !== shown.version || !sameAnswers(fresh.answers, shown.answers))) {
                      setChangedElsewhere(true);
                      return;
                    }
                  }
                  const submissionId = newId();
                  const record = await submitIntake({
                    payload: {
                      clientId: view.clientId,
                      questionnaireId: view.questionnaireId,
                      submissionId,
                      submittedAt: new Date().toISOString(),
                      definitionVersion: draft.definitionVersion,
                      answers: pruneHiddenAnswers(definition, answers, facts),
                      helper: draft.helper,
                    },
                  });
                  if (record) navigate(paths.result);
                } catch {
                  setError(t('common:errors.server'));
                } finally {
                  setSending(false);
                }
              };
              return (
                <>
                  <ErrorSummary errors={missing} focusKey={attempt} />
                  {changedElsewhere ? (
                    <div ref={changedNotice} tabIndex={-1}>
                      <Notice kind="warning" title={t('check.changedElsewhereTitle')}>
                        <p>{t('check.changedElsewhere')}</p>
                      </Notice>
                    </div>
                  ) : null}
                  {error ?? submitError ? (
                    <Notice kind="error" live="assertive">
                      <p>{error ?? submitError}</p>
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
                              {canWrite ? (
                                <dd className="summary-list__actions">
                                  <Link id={`change-${question.id}`} to={`${paths.question(question.id)}?terug=controleren`}>
                                    {t('check.change')}
                                    <span className="visually-hidden"> {localized(question.text)}</span>
                                  </Link>
                                </dd>
                              ) : null}
                            </div>
                          ))}
                        </dl>
                      </section>
                    );
                  })}
                  {canWrite ? (
                    <>
                      <h2>{t('check.submitTitle')}</h2>
                      <p>{view.questionnaireId === 'participation' ? t('participation.submitText') : t('check.submitText')}</p>
                      <div className="button-row">
                        <Button onClick={() => void submit()} busy={sending}>
                          {t('check.submit')}
                        </Button>
                      </div>
                    </>
                  ) : null}
                </>
              );
            }}
          </DefinitionState>
        )}
      </QueryState>
    </Page>
  );
}
