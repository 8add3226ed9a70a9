import { useTranslation } from 'react-i18next';
import { isUnknownAnswer, type Answer, type Question } from '../definition/schemas.ts';
import { useLocalized } from '../use-intake-view.ts';

/** An answer in words, as on the check page and the printed copy. */
export function useAnswerText() {
  const { t, i18n } = useTranslation('intake');
  const localized = useLocalized();
  return (question: Question, answer: Answer | undefined): string => {
    if (answer === undefined || answer === null || answer === '' || (Array.isArray(answer) && answer.length === 0)) return t('answer.none');
    if (isUnknownAnswer(answer)) return t('answer.unknown');
    switch (question.type) {
      case 'single':
        return localized(question.options.find((o) => o.value === answer)?.label) || String(answer);
      case 'multiple':
        return (answer as string[]).map((v) => localized(question.options.find((o) => o.value === v)?.label) || v).join(', ');
      case 'yesNo':
        return answer === 'yes' ? t('answer.yes') : t('answer.no');
      case 'scale':
        return localized(question.points.find((p) => p.value === answer)?.label) || String(answer);
      case 'number':
        return `${new Intl.NumberFormat(i18n.language).format(answer as number)}${question.unit ? ` ${localized(question.unit)}` : ''}`;
      case 'date':
        return new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(`${answer as string}T12:00:00`));
      default:
        return String(answer);
    }
  };
}

export function formatDateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}
