import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultLanguage, isLanguageCode, languages } from '#src/shared/i18n/languages.ts';
import { changeLanguage } from '#src/shared/i18n/i18n.ts';

/**
 * A native <select> with a visible label: six languages as buttons took two or three rows of the
 * header on a 360 px phone. Each option names its language in itself, with its own `lang`; the
 * current language is the selected option (the native equivalent of aria-current). The choice
 * applies at once: only the text changes, the page, the focus and the place in it stay the same.
 */
export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  const id = useId();
  const current = isLanguageCode(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;
  return (
    <div className="language-switch">
      <label className="language-switch__label" htmlFor={id}>
        <svg className="language-switch__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.5 3.8 5.5 3.8 9s-1.3 6.5-3.8 9c-2.5-2.5-3.8-5.5-3.8-9S9.5 5.5 12 3z" />
        </svg>
        {t('language.label')}
      </label>
      <select
        id={id}
        className="language-switch__select"
        value={current}
        onChange={(event) => {
          const chosen = event.currentTarget.value;
          if (isLanguageCode(chosen)) void changeLanguage(chosen);
        }}
      >
        {languages.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
    </div>
  );
}
