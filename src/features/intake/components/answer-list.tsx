import { visibleQuestions } from '../definition/engine.ts';
import type { Answers, Facts, IntakeDefinition } from '../definition/schemas.ts';
import { useLocalized } from '../use-intake-view.ts';
import { useAnswerText } from './answer-text.tsx';

/**
 * The given answers grouped per section, readable: the client's printable copy and the
 * coach's view (of either questionnaire).
 */
export function AnswerList({
  definition,
  answers,
  facts,
  headingLevel = 3,
  includeUnanswered = false,
}: {
  definition: IntakeDefinition;
  answers: Answers;
  facts?: Facts;
  headingLevel?: 2 | 3;
  /** Also the shown questions left open ("Niet ingevuld"), as the coach sees the entree. */
  includeUnanswered?: boolean;
}) {
  const localized = useLocalized();
  const answerText = useAnswerText();
  const visible = visibleQuestions(definition, answers, facts);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      {definition.sections.map((section) => {
        const rows = visible.filter((v) => v.section.id === section.id && (includeUnanswered || answers[v.question.id] !== undefined));
        if (rows.length === 0) return null;
        return (
          <section key={section.id}>
            <Heading>{localized(section.title)}</Heading>
            <dl className="summary-list">
              {rows.map(({ question }) => (
                <div className="summary-list__row" key={question.id}>
                  <dt className="summary-list__key">{localized(question.text)}</dt>
                  <dd className="summary-list__value" dir="auto">
                    {answerText(question, answers[question.id])}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
    </>
  );
}
