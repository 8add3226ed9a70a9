import { useTranslation } from 'react-i18next';
import { languages } from '#src/shared/i18n/languages.ts';
import { changeLanguage } from '#src/shared/i18n/i18n.ts';

/** Each language named in itself, with its own `lang`; the current one marked with aria-current. */
export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  return (
    <nav className="language-switch" aria-label={t('language.label')}>
      <ul className="language-switch__list">
        {languages.map((language) => {
          const current = i18n.resolvedLanguage === language.code;
          return (
            <li key={language.code}>
              <button
                type="button"
                className="language-switch__button"
                lang={language.code}
                aria-current={current ? 'true' : undefined}
                aria-pressed={current}
                onClick={() => void changeLanguage(language.code)}
              >
                {language.name}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
