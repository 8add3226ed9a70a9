import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { Notice, SaveError } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { StatusTag } from '#src/shared/ui/status-tag.tsx';
import { todayIso } from '#src/shared/lib/dates.ts';
import { newId } from '#src/shared/lib/ids.ts';
import { useFormatDate } from '#src/shared/lib/format.ts';
import { safeContactUrl, safeWebUrl } from '#src/shared/lib/url.ts';
import { useVacancy } from '../api/get-vacancy.ts';
import { AppliedTag, ClosingTag, VacancyFacts } from '../components/vacancy-card.tsx';
import { distanceFrom } from '../search.ts';
import type { Vacancy } from '../schemas.ts';
import { useVacanciesView } from '../use-vacancies-view.ts';
import { useFit, useFitReasons } from '../use-fit.ts';
import { ClosingToCalendar } from '../calendar.tsx';

/** One vacancy (`/vacatures/:vacancyId`): as posted (Dutch), Bewaren, and "Ik heb gesolliciteerd". */
export function Component() {
  const { vacancyId = '' } = useParams();
  const view = useVacanciesView();
  const known = view.byId.get(vacancyId);
  // not in the offline set (an old link, a closed one): ask the server
  const fetched = useVacancy(vacancyId, view.query.isSuccess && !known);
  const { t } = useTranslation('vacancies');
  if (known) return <VacancyPage vacancy={known} view={view} />;
  return (
    <Page title={t('vacancy.loading')}>
      <QueryState query={fetched}>{(vacancy) => <VacancyPage vacancy={vacancy} view={view} />}</QueryState>
    </Page>
  );
}

function VacancyPage({ vacancy, view }: { vacancy: Vacancy; view: ReturnType<typeof useVacanciesView> }) {
  const { t } = useTranslation('vacancies');
  const date = useFormatDate();
  const today = todayIso();
  const saved = view.savedIds.has(vacancy.id);
  const application = view.applications.get(vacancy.id);
  const [justApplied, setJustApplied] = useState(false);
  const { canWrite } = view.saveWrite;
  const error = view.saveWrite.error ?? view.applyWrite.error;

  const toggleSave = () => {
    void view.saveWrite.write({ payload: { clientId: view.clientId, vacancyId: vacancy.id, saved: !saved, savedAt: new Date().toISOString() } });
  };
  const apply = async () => {
    if (application) return;
    const record = await view.applyWrite.write({ payload: { clientId: view.clientId, vacancyId: vacancy.id, activityId: newId(), date: today } });
    if (record) setJustApplied(true);
  };

  const fit = useFit(view.profile, [vacancy], today);
  const reasons = useFitReasons()(fit?.get(vacancy.id));
  const web = safeWebUrl(vacancy.howToApply.url);
  const mail = safeContactUrl(vacancy.howToApply.email);
  const phone = safeContactUrl(vacancy.howToApply.phone);
  const salary = vacancy.baseSalary;

  return (
    <Page title={vacancy.title} titleLang="nl">
      <div className="vacancy-page">
        <VacancyFacts vacancy={vacancy} km={distanceFrom(view.home, vacancy)} />
        <p className="item-card__tags">
          {saved ? <StatusTag>{t('list.saved')}</StatusTag> : null}
          {application ? <AppliedTag application={application} /> : null}
          <ClosingTag vacancy={vacancy} today={today} saved={saved} />
        </p>
        {reasons.length > 0 ? (
          <div className="vacancy-card__fit">
            <p className="vacancy-card__fit-title">{t('fit.title')}</p>
            <ul>
              {reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <SaveError message={error} />
        {justApplied && application ? (
          <Notice kind="success" live="polite" title={t('applied.done')}>
            <p>{application.pending ? t('applied.waiting') : t('applied.inWorkFolder')}</p>
          </Notice>
        ) : null}
        {canWrite ? (
          <div className="button-row">
            {application ? (
              <Link to={`/werkmap/${encodeURIComponent(application.activityId)}`}>{t('applied.open')}</Link>
            ) : (
              <Button onClick={() => void apply()} disabled={view.applyWrite.saving}>
                {t('applied.button')}
              </Button>
            )}
            <Button variant="secondary" onClick={toggleSave} aria-pressed={saved}>
              {saved ? t('save.saved') : t('save.button')}
            </Button>
          </div>
        ) : null}
        {!application ? <p className="field__hint">{t('applied.hint')}</p> : null}

        <dl className="vacancy-details">
          <dt>{t('vacancy.occupation')}</dt>
          <dd lang="nl">{vacancy.occupation.name}</dd>
          <dt>{t('vacancy.contract')}</dt>
          <dd>{vacancy.employmentType.map((c) => t(`contract.${c}`)).join(', ')}</dd>
          {salary ? (
            <>
              <dt>{t('vacancy.salary')}</dt>
              <dd>{t(salary.unit === 'HOUR' ? 'vacancy.salaryHour' : 'vacancy.salaryMonth', { min: salary.min.toFixed(2).replace('.', ','), max: salary.max.toFixed(2).replace('.', ',') })}</dd>
            </>
          ) : null}
          <dt>{t('vacancy.education')}</dt>
          <dd>{t(`education.${vacancy.educationRequirements}`)}</dd>
          <dt>{t('vacancy.licence')}</dt>
          <dd>{vacancy.drivingLicenceRequired ? t('vacancy.yes') : t('vacancy.no')}</dd>
          <dt>{t('vacancy.posted')}</dt>
          <dd>{date(vacancy.datePosted)}</dd>
          <dt>{t('vacancy.closes')}</dt>
          <dd>{vacancy.validThrough ? date(vacancy.validThrough) : t('vacancy.noClosing')}</dd>
        </dl>
        {saved && !application ? <ClosingToCalendar vacancy={vacancy} today={today} /> : null}

        <h2>{t('vacancy.about')}</h2>
        <div className="item-body__text" lang="nl">
          {vacancy.description}
        </div>
        {vacancy.skills.length > 0 ? (
          <>
            <h2>{t('vacancy.skills')}</h2>
            <ul lang="nl">
              {vacancy.skills.map((skill) => (
                <li key={skill}>{skill}</li>
              ))}
            </ul>
          </>
        ) : null}
        <h2>{t('vacancy.howToApply')}</h2>
        <ul>
          {web ? (
            <li>
              <a href={web} target="_blank" rel="noopener noreferrer">
                {t('vacancy.applyWeb')}
              </a>
            </li>
          ) : null}
          {mail ? (
            <li>
              <a href={mail}>{t('vacancy.applyMail', { address: mail.slice('mailto:'.length) })}</a>
            </li>
          ) : null}
          {phone ? (
            <li>
              <a href={phone}>{t('vacancy.applyPhone', { number: phone.slice('tel:'.length) })}</a>
            </li>
          ) : null}
          {vacancy.howToApply.text ? <li lang="nl">{vacancy.howToApply.text}</li> : null}
          {vacancy.reference ? <li>{t('vacancy.reference', { reference: vacancy.reference })}</li> : null}
        </ul>
        <p>
          <Link to="/vacatures">{t('vacancy.back')}</Link>
        </p>
      </div>
    </Page>
  );
}
