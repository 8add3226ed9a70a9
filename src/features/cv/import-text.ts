import { useTranslation } from 'react-i18next';
import { useErrorText } from '#src/shared/ui/form.tsx';
import type { ImportProblem, ProblemPlace } from './json-resume.ts';

/**
 * The words for an import's problems and report, in plain language and naming the entry:
 * "Je 2e baan (Pied Piper): de begindatum 2013-12-021 bestaat niet."
 */
export function useImportText() {
  const { t, i18n } = useTranslation('cv');
  const errorText = useErrorText('cv');
  const field = (name: string | undefined) => {
    if (!name) return '';
    const key = `import.field.${name}`;
    return i18n.exists(key, { ns: 'cv' }) ? t(key as 'import.field.url') : name;
  };
  const place = (p: ProblemPlace) => {
    if (p.kind !== 'entry') return t(`import.place.${p.kind}`);
    const entry = t(`import.place.${p.section}`, { n: p.n });
    return p.name ? t('import.place.named', { entry, name: p.name }) : entry;
  };
  const problem = (p: ImportProblem): string => {
    if (p.code === 'tooBig' || p.code === 'notJson') return t(`import.${p.code}`);
    const values = { entry: place(p.place), field: field(p.field), value: p.value ?? '' };
    if (p.code === 'rule') return t('import.problem.rule', { ...values, message: errorText(p.message ?? 'import.invalid') });
    return t(`import.problem.${p.code}`, values);
  };
  return { place, field, problem };
}
