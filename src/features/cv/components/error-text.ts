import { useTranslation } from 'react-i18next';
import { useErrorText } from '#src/shared/ui/form.tsx';

/** Error keys: `validation.cv.*` and `import.*` live in the cv namespace; the rest in common. */
export function useCvErrorText() {
  const { t } = useTranslation('cv');
  const common = useErrorText();
  return (message: string | undefined) => {
    if (!message) return undefined;
    if (message.startsWith('validation.cv.')) return t(message.slice('validation.'.length) as 'cv.title.required');
    if (message.startsWith('import.')) return t(message as 'import.invalid');
    return common(message);
  };
}
