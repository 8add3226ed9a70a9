import { documentText, formatPartialDate, formatPeriod } from '../document-text.ts';
import { sectionKeys, type CvEntry, type ResolvedCv, type SectionKey } from '../schemas.ts';

const DATED = new Set<SectionKey>(['work', 'education', 'course', 'custom']);

/**
 * One CV as it prints: semantic HTML (headings, lists) in the CV's language, so the browser's
 * "Opslaan als PDF" gives a tagged PDF with selectable text. Everything typed is rendered as text.
 * Blocks carry `data-cv-block` for the page estimate; entries never split across pages (CSS).
 */
export function CvDocument({ cv, labelledBy }: { cv: ResolvedCv; labelledBy?: string }) {
  const text = documentText[cv.language];
  const p = cv.personalia;
  const contact = [p.town, p.phone, p.email].filter(Boolean);
  const groups: Array<{ key: string; title: string; section: SectionKey; entries: CvEntry[] }> = [];
  for (const section of sectionKeys) {
    if (section === 'custom') {
      for (const custom of cv.customSections) {
        const entries = cv.entries.filter((e) => e.section === 'custom' && e.customSectionId === custom.id);
        if (entries.length > 0) groups.push({ key: custom.id, title: custom.title, section, entries });
      }
      continue;
    }
    const entries = cv.entries.filter((e) => e.section === section);
    if (entries.length > 0) groups.push({ key: section, title: text.sections[section], section, entries });
  }
  return (
    <article className={`cv-doc cv-doc--${cv.templateId}`} lang={cv.language} aria-labelledby={labelledBy}>
      <div className="cv-doc__header" data-cv-block="header">
        {p.photo ? <img className="cv-doc__photo" src={p.photo} alt={text.photoAlt(p.name)} /> : null}
        <div className="cv-doc__who">
          <h2 className="cv-doc__name" dir="auto">
            {p.name}
          </h2>
          {contact.length > 0 ? (
            <ul className="cv-doc__contact">
              {contact.map((c) => (
                <li key={c} dir="auto">
                  {c}
                </li>
              ))}
            </ul>
          ) : null}
          {p.drivingLicences.length > 0 || p.dateOfBirth ? (
            <dl className="cv-doc__facts">
              {p.drivingLicences.length > 0 ? (
                <div>
                  <dt>{text.drivingLicence}</dt>
                  <dd>{p.drivingLicences.join(', ')}</dd>
                </div>
              ) : null}
              {p.dateOfBirth ? (
                <div>
                  <dt>{text.dateOfBirth}</dt>
                  <dd>{formatPartialDate(p.dateOfBirth, cv.language)}</dd>
                </div>
              ) : null}
            </dl>
          ) : null}
        </div>
      </div>
      {cv.profileText ? (
        <section className="cv-doc__section">
          <h3 className="cv-doc__heading" data-cv-block="heading">
            {text.sections.profile}
          </h3>
          <p className="cv-doc__profile cv-entry" dir="auto" data-cv-block="entry">
            {cv.profileText}
          </p>
        </section>
      ) : null}
      {groups.map((group) => (
        <section className="cv-doc__section" key={group.key}>
          <h3 className="cv-doc__heading" data-cv-block="heading" dir="auto">
            {group.title}
          </h3>
          <ul className={`cv-doc__entries cv-doc__entries--${group.section}`}>
            {group.entries.map((entry) => (
              <li className="cv-entry" key={entry.id} data-cv-block="entry">
                <Entry entry={entry} language={cv.language} dated={DATED.has(group.section)} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}

function Entry({ entry, language, dated }: { entry: CvEntry; language: ResolvedCv['language']; dated: boolean }) {
  const text = documentText[language];
  const period = dated ? formatPeriod(entry.startDate, entry.endDate, language, entry.section === 'work' || entry.section === 'education') : '';
  const where = [entry.organisation, entry.place].filter(Boolean).join(', ');
  const extra = entry.section === 'education' && entry.diploma !== null ? (entry.diploma ? text.diploma.yes : text.diploma.no) : null;
  return (
    <>
      {period ? <p className="cv-entry__period">{period}</p> : null}
      <div className="cv-entry__body">
        <h4 className="cv-entry__title" dir="auto">
          {entry.title}
          {entry.section === 'language' && entry.level ? <span className="cv-entry__level"> – {text.levels[entry.level]}</span> : null}
        </h4>
        {where ? (
          <p className="cv-entry__where" dir="auto">
            {where}
          </p>
        ) : null}
        {extra ? <p className="cv-entry__where">{extra}</p> : null}
        {entry.description ? (
          <p className="cv-entry__text" dir="auto">
            {entry.description}
          </p>
        ) : null}
      </div>
    </>
  );
}
