import { useTranslation } from 'react-i18next';
import { useErrorText } from '#src/shared/ui/form.tsx';
import type { ImportProblem, ProblemPlace } from './json-resume.ts';

/**
 * The JSON Resume fields a file may hold that the CV does not show (kept, and written back on
 * export), per place: the key of their name in words under `import.kept` ("Over de werkgever bij
 * je 1e baan"). Any other field (another tool's) is "Ander veld: <name>".
 */
export const KEPT_FIELD_TEXTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  work: { description: 'workDescription' },
  education: { score: 'educationScore' },
  projects: { roles: 'projectRoles', type: 'projectType' },
  basics: { image: 'image' },
  file: { meta: 'meta', $schema: 'schema' },
};

/** The part of i18next's `t` these texts need (keys of the `cvExchange` namespace). */
type Translate = (key: string, values?: Record<string, unknown>) => string;

const placeKey = (p: ProblemPlace) => (p.kind === 'entry' ? p.section : p.kind);

/**
 * The words for an import's problems and report, in plain language and naming the entry:
 * "Je 2e baan (Pied Piper): de begindatum 2013-12-021 bestaat niet." `t` reads the `cvExchange` texts;
 * `errorText` turns our own rules' message keys (the CV's `validation.*`) into words.
 */
export function importTexts(t: Translate, exists: (key: string) => boolean, errorText: (message: string) => string | undefined) {
  const field = (name: string | undefined) => {
    if (!name) return '';
    const key = `import.field.${name}`;
    return exists(key) ? t(key) : name;
  };
  const named = (p: ProblemPlace, group: 'place' | 'placeIn') => {
    const entry = t(`import.${group}.${placeKey(p)}`, p.kind === 'entry' ? { n: p.n } : undefined);
    return p.kind === 'entry' && p.name ? t('import.place.named', { entry, name: p.name }) : entry;
  };
  /** At the start of a sentence: "Je 2e baan (Pied Piper)". */
  const place = (p: ProblemPlace) => named(p, 'place');
  /** A kept field in words, with where it is: "Score bij je 1e opleiding (University of Oklahoma)". */
  const kept = (p: ProblemPlace, name: string) => {
    const text = KEPT_FIELD_TEXTS[placeKey(p)]?.[name];
    const entry = named(p, 'placeIn');
    return text ? t(`import.kept.${text}`, { entry }) : t('import.kept.other', { entry, name });
  };
  const problem = (p: ImportProblem): string => {
    if (p.code === 'tooBig' || p.code === 'notJson') return t(`import.${p.code}`);
    const values = { entry: place(p.place), field: field(p.field), value: p.value ?? '' };
    if (p.code === 'rule') return t('import.problem.rule', { ...values, message: (p.message && p.message !== 'import.invalid' ? errorText(p.message) : undefined) ?? t('import.invalid') });
    return t(`import.problem.${p.code}`, values);
  };
  return { place, field, kept, problem };
}

/** `importTexts` in the screen's language. */
export function useImportText() {
  const { t, i18n } = useTranslation('cvExchange');
  const errorText = useErrorText('cv');
  return importTexts(t as unknown as Translate, (key) => i18n.exists(key, { ns: 'cvExchange' }), (message) => errorText(message));
}
