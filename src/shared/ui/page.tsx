import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

let firstHeading = true;

/**
 * What the app shell shows on every page right below its heading and lead (the push prompt,
 * issue 17): the h1 comes first, as people expect. The layout provides it; a page inside a page
 * does not show it twice.
 */
export const AfterPageHeading = createContext<ReactNode>(null);

/**
 * The heading of a page. It sets `document.title` and takes focus after a
 * navigation, so screen-reader and keyboard users start at the new page
 * (not on the first load: then the skip link comes first).
 */
export function PageHeading({ children, title, lang }: { children: ReactNode; title?: string; lang?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { t } = useTranslation();
  const text = title ?? (typeof children === 'string' ? children : '');
  useEffect(() => {
    document.title = text ? `${text} – ${t('app.name')}` : t('app.name');
  }, [text, t]);
  useEffect(() => {
    if (firstHeading) {
      firstHeading = false;
      return;
    }
    const heading = ref.current;
    if (!heading) return;
    // Focus the heading, and for a short while give it back when focus falls to the body: a
    // part of the page that loads later (a lazy component, a language file) briefly hides the
    // page while it loads, which drops focus to the body on a slow phone. Once the person
    // moves focus elsewhere, it is theirs.
    let frame = 0;
    let tries = 0;
    const keep = () => {
      const active = document.activeElement;
      if (active !== heading && active !== null && active !== document.body) return;
      if (active !== heading && heading.isConnected) heading.focus({ preventScroll: false });
      tries += 1;
      if (tries < 90) frame = requestAnimationFrame(keep);
    };
    keep();
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading" lang={lang} dir={lang ? 'auto' : undefined}>
      {children}
    </h1>
  );
}

/**
 * A page: an optional link back (to the list it belongs to; not printed), its heading and an
 * optional lead. The back link comes before the heading on every page, as in the questionnaire
 * (GOV.UK: the back link at the top). `titleLang` marks a title that is content in its own language
 * (a vacancy's or a course's title stays as posted, `nl`) whatever the language of the screens.
 */
export function Page({
  title,
  titleLang,
  children,
  lead,
  back,
}: {
  title: string;
  titleLang?: string;
  lead?: ReactNode;
  back?: { to: string; label: string };
  children?: ReactNode;
}) {
  const afterHeading = useContext(AfterPageHeading);
  return (
    <div className="page">
      {back ? (
        <p className="no-print">
          <Link to={back.to} className="back-link">
            {back.label}
          </Link>
        </p>
      ) : null}
      <PageHeading lang={titleLang}>{title}</PageHeading>
      {lead ? <p className="lead">{lead}</p> : null}
      {afterHeading}
      <AfterPageHeading value={null}>{children}</AfterPageHeading>
    </div>
  );
}
