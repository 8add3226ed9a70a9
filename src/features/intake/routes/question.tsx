import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Notice } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { nextUnanswered, visibleQuestions } from '../definition/engine.ts';
import { QuestionForm } from '../components/question-form.tsx';
import { DefinitionState } from '../components/definition-state.tsx';
import { useIntakeView } from '../use-intake-view.ts';
import { useSaveDraft } from '../api/save-draft.ts';
import { useQuestionnaireId } from '../questionnaire.ts';

/** One question per page; "Stap n van m" counts only the questions that apply. */
export function Component() {
  const { t } = useTranslation('intake');
  const { questionId = '' } = useParams();
  const [search] = useSearchParams();
  const fromCheck = search.get('terug') === 'controleren';
  const navigate = useNavigate();
  const view = useIntakeView(useQuestionnaireId());
  const { save, saving, failed } = useSaveDraft(view);
  const paths = view.paths;
  const CHECK = paths.check;

  if (view.pendingSubmission || view.submitted) return <Navigate to={paths.result} replace />;

  return (
    <div className="page">
      <QueryState query={view.draftQuery}>
        {() => (
          <DefinitionState view={view}>
            {(definition) => {
              if (!view.draft?.started) return <Navigate to={paths.start} replace />;
              // a newer version was published: the start page moves the draft over and says what changed
              if (view.currentVersion !== undefined && view.draft && view.currentVersion > view.draft.definitionVersion) return <Navigate to={paths.start} replace />;
              const { answers, facts } = view;
              const visible = visibleQuestions(definition, answers, facts);
              const index = visible.findIndex((v) => v.question.id === questionId);
              const current = visible[index];
              if (!current) {
                const next = nextUnanswered(definition, answers, facts);
                return <Navigate to={next ? paths.question(next.id) : CHECK} replace />;
              }
              const question = current.question;
              const back = fromCheck ? CHECK : index > 0 ? paths.question(visible[index - 1]?.question.id ?? '') : paths.start;
              const stepText = t('question.step', { n: index + 1, total: visible.length });
              return (
                <>
                  <Link className="back-link" to={back}>
                    {t('question.back')}
                  </Link>
                  <p className="question-step">{stepText}</p>
                  {failed ? (
                    <Notice kind="error" live="assertive">
                      <p>{t('question.saveFailed')}</p>
                    </Notice>
                  ) : null}
                  <QuestionForm
                    key={question.id}
                    question={question}
                    answer={answers[question.id]}
                    stepText={stepText}
                    submitting={saving}
                    onSubmit={async (answer) => {
                      const nextAnswers = { ...answers, [question.id]: answer };
                      if (!(await save({ answers: nextAnswers }))) return;
                      const nextVisible = visibleQuestions(definition, nextAnswers, facts);
                      if (fromCheck) {
                        // new follow-up questions first, then back to the check page
                        const open = nextUnanswered(definition, nextAnswers, facts);
                        navigate(open ? `${paths.question(open.id)}?terug=controleren` : CHECK);
                        return;
                      }
                      const at = nextVisible.findIndex((v) => v.question.id === question.id);
                      const next = nextVisible[at + 1];
                      navigate(next ? paths.question(next.question.id) : CHECK);
                    }}
                  />
                </>
              );
            }}
          </DefinitionState>
        )}
      </QueryState>
    </div>
  );
}
