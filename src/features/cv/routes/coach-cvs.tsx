import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { useSharedCvs } from '../api/get-shared-cvs.ts';
import { CvDocument } from '../components/cv-document.tsx';

/** /coach/clienten/:clientId/cv — read only: the CVs the client chose to share with their coach. */
export function Component() {
  const { t, i18n } = useTranslation(['cv', 'common']);
  const { clientId = '' } = useParams();
  const query = useSharedCvs(clientId);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' });
  return (
    <Page title={query.data ? t('coach.title', { name: query.data.clientName }) : t('coach.titleUnknown')} lead={t('coach.lead')} back={{ to: "/coach", label: t('coach.back') }}>
      <QueryState query={query}>
        {(data) =>
          data.cvs.length === 0 ? (
            <p>{t('coach.none')}</p>
          ) : (
            data.cvs.map((cv) => (
              <section key={cv.cvId} aria-labelledby={`coach-cv-${cv.cvId}`}>
                <h2 id={`coach-cv-${cv.cvId}`} dir="auto">
                  {cv.title}
                </h2>
                <p className="field__hint">{t('coach.changed', { date: date.format(new Date(cv.updatedAt)) })}</p>
                <div className="cv-preview">
                  <CvDocument cv={cv} />
                </div>
              </section>
            ))
          )
        }
      </QueryState>
    </Page>
  );
}
