import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultLanguage, isLanguageCode, languages } from '#src/shared/i18n/languages.ts';
import { changeLanguage } from '#src/shared/i18n/i18n.ts';
import { useAppConfig } from '#src/shared/config/app-config.ts';

/**
 * A disclosure: one compact button ("🌐 Nederlands") that opens the list of languages, each named
 * in itself with its own `lang`, the current one marked with aria-current. A native <select> was
 * smaller, but arrow keys on a closed select switch the language at every press (WCAG 3.2.2), and
 * six buttons take two or three header rows on a 360 px phone. On narrow screens the button shows
 * only the globe (its name stays "Taal: Nederlands"); the list drops down from the header's end
 * edge over the page and closes when the person clicks or tabs away from it. A language that is
 * not on the device yet cannot be chosen offline: the switch says so (in the current language).
 */
export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  // the languages the municipality offers (config.json `languages`)
  const offered = useAppConfig().languages;
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [unavailable, setUnavailable] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const nav = useRef<HTMLElement>(null);
  const current = isLanguageCode(i18n.resolvedLanguage) ? i18n.resolvedLanguage : defaultLanguage;
  const currentName = languages.find((l) => l.code === current)?.name ?? current;

  useEffect(() => {
    // the list, or the message that a language needs internet, lies over the page until dismissed
    if (!open && !unavailable) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        setUnavailable(false);
        toggle.current?.focus();
      }
    };
    // the list lies over the page: a click elsewhere, or tabbing away, closes it (not a page
    // heading taking focus after a navigation: that is a script, not the person, and has tabindex -1)
    const onOutside = (event: Event) => {
      const target = event.target as HTMLElement;
      if (event.type === 'focusin' && target.tabIndex < 0) return;
      if (!nav.current?.contains(target)) {
        setOpen(false);
        setUnavailable(false);
      }
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onOutside);
    document.addEventListener('focusin', onOutside);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onOutside);
      document.removeEventListener('focusin', onOutside);
    };
  }, [open, unavailable]);

  return (
    <nav ref={nav} className="language-switch" aria-label={t('language.label')}>
      <button
        ref={toggle}
        type="button"
        className="language-switch__toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => {
          setUnavailable(false);
          setOpen((o) => !o);
        }}
      >
        <svg className="language-switch__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.5 3.8 5.5 3.8 9s-1.3 6.5-3.8 9c-2.5-2.5-3.8-5.5-3.8-9S9.5 5.5 12 3z" />
        </svg>
        <span className="visually-hidden">{t('language.label')}: </span>
        <span className="language-switch__current" lang={current}>
          {currentName}
        </span>
      </button>
      <ul className="language-switch__list" id={listId} hidden={!open}>
        {languages.filter((language) => offered.includes(language.code)).map((language) => (
          <li key={language.code}>
            <button
              type="button"
              className="language-switch__button"
              lang={language.code}
              aria-current={language.code === current ? 'true' : undefined}
              onClick={() => {
                setOpen(false);
                void changeLanguage(language.code).then((changed) => {
                  setUnavailable(!changed);
                  toggle.current?.focus();
                });
              }}
            >
              {language.name}
            </button>
          </li>
        ))}
      </ul>
      <p className="language-switch__message" role="status">
        {unavailable ? t('language.unavailableOffline') : null}
      </p>
    </nav>
  );
}
