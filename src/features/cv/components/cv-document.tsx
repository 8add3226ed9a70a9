import { cvOutline, type OutlineEntry } from '../outline.ts';
import type { ResolvedCv } from '../schemas.ts';

/**
 * One CV as it prints: semantic HTML (headings, lists) in the CV's language, so the browser's
 * "Opslaan als PDF" gives a tagged PDF with selectable text. Everything typed is rendered as text.
 * Blocks carry `data-cv-block` for the page estimate; entries never split across pages (CSS).
 * The content comes from `cvOutline`, which the Word file uses too.
 */
export function CvDocument({ cv, labelledBy }: { cv: ResolvedCv; labelledBy?: string }) {
  const doc = cvOutline(cv);
  return (
    <article className={`cv-doc cv-doc--${doc.templateId}`} lang={doc.language} aria-labelledby={labelledBy}>
      <div className="cv-doc__header" data-cv-block="header">
        {doc.photo ? <img className="cv-doc__photo" src={doc.photo} alt={doc.photoAlt} /> : null}
        <div className="cv-doc__who">
          <h2 className="cv-doc__name" dir="auto">
            {doc.name}
          </h2>
          {doc.label ? (
            <p className="cv-doc__label" dir="auto">
              {doc.label}
            </p>
          ) : null}
          {doc.contact.length > 0 ? (
            <ul className="cv-doc__contact">
              {doc.contact.map((c, i) => (
                <li key={`${i}:${c}`} dir="auto">
                  {c}
                </li>
              ))}
            </ul>
          ) : null}
          {doc.facts.length > 0 ? (
            <dl className="cv-doc__facts">
              {doc.facts.map((fact) => (
                <div key={fact.term}>
                  <dt>{fact.term}</dt>
                  <dd>{fact.value}</dd>
                </div>
              ))}
            </dl>
          ) : null}
        </div>
      </div>
      {doc.sections.map((group) => (
        <section className="cv-doc__section" key={group.key}>
          <h3 className="cv-doc__heading" data-cv-block="heading" dir="auto">
            {group.title}
          </h3>
          {group.section === 'profile' ? (
            <p className="cv-doc__profile cv-entry" dir="auto" data-cv-block="entry">
              {group.entries[0]!.text}
            </p>
          ) : (
            <ul className={`cv-doc__entries cv-doc__entries--${group.section}`}>
              {group.entries.map((entry) => (
                <li className="cv-entry" key={entry.id} data-cv-block="entry">
                  <Entry entry={entry} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </article>
  );
}

function Entry({ entry }: { entry: OutlineEntry }) {
  return (
    <>
      {entry.period ? <p className="cv-entry__period">{entry.period}</p> : null}
      <div className="cv-entry__body">
        <h4 className="cv-entry__title" dir="auto">
          {entry.title}
          {entry.level ? <span className="cv-entry__level"> – {entry.level}</span> : null}
        </h4>
        {entry.lines.map((line, i) => (
          <p className="cv-entry__where" dir="auto" key={`${i}:${line}`}>
            {line}
          </p>
        ))}
        {entry.text ? (
          <p className="cv-entry__text" dir="auto">
            {entry.text}
          </p>
        ) : null}
        {entry.bullets.length > 0 ? (
          <ul className="cv-entry__bullets">
            {entry.bullets.map((b, i) => (
              <li key={`${i}:${b}`} dir="auto">
                {b}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </>
  );
}
