import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Page } from '#src/shared/ui/page.tsx';
import { Button } from '#src/shared/ui/button.tsx';
import { Notice } from '#src/shared/ui/notice.tsx';
import { QueryState } from '#src/shared/ui/query-state.tsx';
import { ErrorSummary, FieldMessages, TextField, type SummaryError } from '#src/shared/ui/form.tsx';
import { TextareaField } from '#src/shared/ui/textarea-field.tsx';
import { useDirtyForm } from '#src/shared/lib/dirty-forms.ts';
import { CvPreview } from '../components/cv-preview.tsx';
import { useCvErrorText } from '../components/error-text.ts';
import { NotFoundMessage } from '../components/not-found.tsx';
import { SyncTag } from '../components/sync-tag.tsx';
import { downloadJson } from '#src/shared/files/download.ts';
import { fileNameOf, resolvedToJsonResume } from '../download.ts';
import { LIMITS, cvInputSchema, resolveCv, templateIds, type CvEntry, type CvInput, type CvProfile } from '../schemas.ts';
import { standardSections } from '../sections.ts';
import { useCvListView, useCvProfileView, type CvView } from '../use-cv-view.ts';
import { ConfirmAction } from '#src/shared/ui/confirm.tsx';

/** /cv/:cvId — choose and order entries, tailor texts, template, language, title; live preview. */
export function Component() {
  const { t } = useTranslation(['cv', 'common']);
  const { cvId = '' } = useParams();
  const { query: profileQuery, profile } = useCvProfileView();
  const { query, cvs } = useCvListView();
  const cv = cvs.find((c) => c.id === cvId);
  return (
    <Page title={cv ? cv.title : t('editor.title')}>
      <p>
        <Link to="/cv" className="back-link">
          {t('back')}
        </Link>
      </p>
      <QueryState query={query}>
        {() => (
          <QueryState query={profileQuery}>
            {() => (cv && profile ? <CvEditor key={cv.id} cv={cv} profile={profile} /> : <NotFoundMessage />)}
          </QueryState>
        )}
      </QueryState>
    </Page>
  );
}

const inputOf = (cv: CvView): CvInput => ({
  title: cv.title,
  templateId: cv.templateId,
  language: cv.language,
  sharedWithCoach: cv.sharedWithCoach,
  profileText: cv.profileText,
  items: cv.items,
});

function CvEditor({ cv, profile }: { cv: CvView; profile: CvProfile }) {
  const { t } = useTranslation(['cv', 'common']);
  const errorText = useCvErrorText();
  const navigate = useNavigate();
  const { saveCv, deleteCv } = useCvListView();
  const [saved, setSaved] = useState<CvInput>(() => inputOf(cv));
  const [draft, setDraft] = useState<CvInput>(() => inputOf(cv));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const dirty = JSON.stringify(saved) !== JSON.stringify(draft);
  useDirtyForm(dirty);

  const update = (patch: Partial<CvInput>) => {
    setNotice(null);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const chosen = new Map(draft.items.map((item, index) => [item.entryId, { ...item, index }]));
  const resolved = useMemo(() => resolveCv(profile, { ...cv, ...draft }), [profile, cv, draft]);

  const toggle = (entry: CvEntry, on: boolean) =>
    update({ items: on ? [...draft.items, { entryId: entry.id, text: null }] : draft.items.filter((i) => i.entryId !== entry.id) });
  const move = (entry: CvEntry, group: CvEntry[], by: -1 | 1) => {
    const ids = group.filter((e) => chosen.has(e.id)).sort((a, b) => chosen.get(a.id)!.index - chosen.get(b.id)!.index);
    const at = ids.findIndex((e) => e.id === entry.id);
    const other = ids[at + by];
    if (!other) return;
    const items = [...draft.items];
    const i = chosen.get(entry.id)!.index;
    const j = chosen.get(other.id)!.index;
    [items[i], items[j]] = [items[j]!, items[i]!];
    update({ items });
  };
  const setText = (entry: CvEntry, text: string) =>
    update({ items: draft.items.map((i) => (i.entryId === entry.id ? { ...i, text: text === '' ? null : text } : i)) });

  const save = async () => {
    const parsed = cvInputSchema.safeParse(draft);
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] === 'items' && typeof issue.path[1] === 'number' ? `cv-text-${draft.items[issue.path[1]]?.entryId}` : `cv-${String(issue.path[0])}`;
        found[key] ??= errorText(issue.message) ?? '';
      }
      setErrors(found);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    await saveCv(cv.id, parsed.data, cv.version);
    setSaved(parsed.data);
    setDraft(parsed.data);
    setNotice(t('editor.saved'));
  };
  const remove = async () => {
    await deleteCv(cv.id, cv.version);
    void navigate('/cv');
  };

  const groups: Array<{ key: string; title: string; entries: CvEntry[] }> = [
    ...standardSections.map((s) => ({ key: s, title: t(`sections.${s}`), entries: profile.entries.filter((e) => e.section === s) })),
    ...profile.customSections.map((s) => ({ key: s.id, title: s.title, entries: profile.entries.filter((e) => e.customSectionId === s.id) })),
  ].filter((g) => g.entries.length > 0);
  const summary: SummaryError[] = Object.entries(errors).map(([fieldId, message]) => ({ fieldId, message }));

  return (
    <>
      <SyncTag sync={cv.sync} />
      {notice ? (
        <Notice kind="success" live="polite" title={notice}>
          <p>{cv.sync === 'sent' ? t('editor.savedSent') : t('editor.savedWaiting')}</p>
        </Notice>
      ) : null}
      <form
        noValidate
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <ErrorSummary errors={summary} focusKey={attempt} />
        <TextField id="cv-title" label={t('editor.cvTitle')} hint={t('editor.cvTitleHint')} value={draft.title} error={errors['cv-title']} onChange={(e) => update({ title: e.target.value })} />
        <ControlledRadios
          id="cv-templateId"
          legend={t('editor.template')}
          value={draft.templateId}
          choices={templateIds.map((id) => ({ value: id, label: t(`templates.${id}`) }))}
          onChange={(value) => update({ templateId: value as CvInput['templateId'] })}
        />
        <ControlledRadios
          id="cv-language"
          legend={t('editor.language')}
          hint={t('editor.languageHint')}
          value={draft.language}
          choices={[
            { value: 'nl', label: t('languages.nl') },
            { value: 'en', label: t('languages.en') },
          ]}
          onChange={(value) => update({ language: value as CvInput['language'] })}
        />
        <div className="field checkbox">
          <input id="cv-shared" type="checkbox" className="checkbox__input" aria-describedby="cv-shared-hint" checked={draft.sharedWithCoach} onChange={(e) => update({ sharedWithCoach: e.target.checked })} />
          <label className="checkbox__label" htmlFor="cv-shared">
            {t('editor.share')}
          </label>
          <p className="field__hint checkbox__hint" id="cv-shared-hint">
            {t('editor.shareHint')}
          </p>
        </div>

        <h2>{t('editor.entriesTitle')}</h2>
        <p>{t('editor.entriesLead')}</p>
        {groups.length === 0 ? (
          <p>
            {t('editor.noEntries')} <Link to="/cv">{t('editor.toProfile')}</Link>
          </p>
        ) : null}
        {groups.map((group) => {
          const picked = group.entries.filter((e) => chosen.has(e.id)).sort((a, b) => chosen.get(a.id)!.index - chosen.get(b.id)!.index);
          const rest = group.entries.filter((e) => !chosen.has(e.id));
          return (
            <fieldset className="utrecht-form-fieldset field" key={group.key}>
              <legend className="utrecht-form-fieldset__legend">{group.title}</legend>
              <ul className="cv-entry-list">
                {[...picked, ...rest].map((entry) => {
                  const item = chosen.get(entry.id);
                  const position = picked.indexOf(entry);
                  return (
                    <li className="cv-entry-list__item" key={entry.id}>
                      <div className="checkbox">
                        <input id={`cv-pick-${entry.id}`} type="checkbox" className="checkbox__input" checked={Boolean(item)} onChange={(e) => toggle(entry, e.target.checked)} />
                        <label className="checkbox__label" htmlFor={`cv-pick-${entry.id}`} dir="auto">
                          {entry.title}
                          {entry.organisation ? ` – ${entry.organisation}` : ''}
                        </label>
                      </div>
                      {item ? (
                        <>
                          <div className="cv-entry-list__actions">
                            {position > 0 ? (
                              <Button variant="subtle" onClick={() => move(entry, group.entries, -1)}>
                                {t('section.up')}
                                <span className="visually-hidden">: {entry.title}</span>
                              </Button>
                            ) : null}
                            {position < picked.length - 1 ? (
                              <Button variant="subtle" onClick={() => move(entry, group.entries, 1)}>
                                {t('section.down')}
                                <span className="visually-hidden">: {entry.title}</span>
                              </Button>
                            ) : null}
                          </div>
                          <details className="details" open={item.text !== null || Boolean(errors[`cv-text-${entry.id}`])}>
                            <summary className="details__summary">
                              {t('editor.tailor')}
                              <span className="visually-hidden">: {entry.title}</span>
                            </summary>
                            <TextareaField
                              id={`cv-text-${entry.id}`}
                              label={t('editor.tailorLabel')}
                              hint={t('editor.tailorHint')}
                              error={errors[`cv-text-${entry.id}`]}
                              rows={4}
                              maxLength={LIMITS.description}
                              value={item.text ?? ''}
                              placeholder={entry.description}
                              onChange={(e) => setText(entry, e.target.value)}
                            />
                          </details>
                        </>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            </fieldset>
          );
        })}
        <TextareaField
          id="cv-profileText"
          label={t('editor.profileText')}
          hint={t('editor.profileTextHint')}
          error={errors['cv-profileText']}
          rows={5}
          maxLength={LIMITS.profileText}
          value={draft.profileText ?? ''}
          placeholder={profile.profileText}
          onChange={(e) => update({ profileText: e.target.value === '' ? null : e.target.value })}
        />
        <div className="button-row">
          <Button type="submit">{t('editor.save')}</Button>
        </div>
      </form>

      <CvPreview cv={resolved} />

      <div className="button-row">
        <Link className="button-link" to={`/cv/${cv.id}/afdrukken`}>
          {t('editor.print')}
        </Link>
        <Button variant="secondary" onClick={() => downloadJson(resolvedToJsonResume(resolved), fileNameOf(draft.title))}>
          {t('editor.export')}
        </Button>
      </div>
      <ConfirmAction start={t('editor.delete')} question={t('editor.confirmDelete', { title: cv.title })} onConfirm={remove} />
    </>
  );
}

/** A controlled group of radio buttons (the CV editor keeps its draft in state). */
function ControlledRadios({
  id,
  legend,
  hint,
  value,
  choices,
  onChange,
}: {
  id: string;
  legend: string;
  hint?: string;
  value: string;
  choices: Array<{ value: string; label: string }>;
  onChange: (value: string) => void;
}) {
  return (
    <fieldset className="utrecht-form-fieldset field radio-group" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend className="utrecht-form-fieldset__legend">{legend}</legend>
      <FieldMessages id={id} hint={hint} />
      <div className="radio-group__choices">
        {choices.map((choice, index) => {
          const inputId = index === 0 ? id : `${id}-${choice.value}`;
          return (
            <div className="radio" key={choice.value}>
              <input id={inputId} type="radio" name={id} value={choice.value} className="radio__input" checked={value === choice.value} onChange={() => onChange(choice.value)} />
              <label className="radio__label" htmlFor={inputId}>
                {choice.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
