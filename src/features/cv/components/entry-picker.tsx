import { useTranslation } from 'react-i18next';
import { Button } from '#src/shared/ui/button.tsx';
import { TextareaField } from '#src/shared/ui/textarea-field.tsx';
import { LIMITS, type CvEntry, type CvItem } from '../schemas.ts';

export type EntryGroup = { key: string; title: string; entries: CvEntry[] };

/** The error message of a chosen item's own text (`items.<index>.text`), translated. */
type ItemError = (index: number) => string | undefined;

/**
 * Which entries of the profile go on one CV, in which order, each with an optional text of its
 * own for this CV: a fieldset per section, chosen entries first. Controlled: `items` is the
 * CV's list (its order is the order on the CV), `onChange` gets the new list.
 */
export function EntryPicker({
  groups,
  items,
  onChange,
  onBlur,
  errorOf,
}: {
  groups: EntryGroup[];
  items: CvItem[];
  onChange: (items: CvItem[]) => void;
  onBlur?: () => void;
  errorOf: ItemError;
}) {
  const { t } = useTranslation('cv');
  const chosen = new Map(items.map((item, index) => [item.entryId, { ...item, index }]));
  const byPosition = (a: CvEntry, b: CvEntry) => chosen.get(a.id)!.index - chosen.get(b.id)!.index;

  const toggle = (entry: CvEntry, on: boolean) => onChange(on ? [...items, { entryId: entry.id, text: null }] : items.filter((i) => i.entryId !== entry.id));
  const move = (entry: CvEntry, picked: CvEntry[], by: -1 | 1) => {
    const other = picked[picked.indexOf(entry) + by];
    if (!other) return;
    const next = [...items];
    const i = chosen.get(entry.id)!.index;
    const j = chosen.get(other.id)!.index;
    [next[i], next[j]] = [next[j]!, next[i]!];
    onChange(next);
  };
  const setText = (entry: CvEntry, text: string) => onChange(items.map((i) => (i.entryId === entry.id ? { ...i, text: text === '' ? null : text } : i)));

  return groups.map((group) => {
    const picked = group.entries.filter((e) => chosen.has(e.id)).sort(byPosition);
    const rest = group.entries.filter((e) => !chosen.has(e.id));
    return (
      <fieldset className="utrecht-form-fieldset field" key={group.key}>
        <legend className="utrecht-form-fieldset__legend">{group.title}</legend>
        <ul className="cv-entry-list">
          {[...picked, ...rest].map((entry) => {
            const item = chosen.get(entry.id);
            const position = picked.indexOf(entry);
            const error = item ? errorOf(item.index) : undefined;
            return (
              <li className="cv-entry-list__item" key={entry.id}>
                <div className="checkbox">
                  <input id={`cv-pick-${entry.id}`} type="checkbox" className="checkbox__input" checked={Boolean(item)} onChange={(e) => toggle(entry, e.target.checked)} />
                  <label className="checkbox__label" htmlFor={`cv-pick-${entry.id}`} dir="auto">
                    {entry.title || entry.organisation}
                    {entry.organisation && entry.title ? ` – ${entry.organisation}` : ''}
                    {entry.draft ? ` (${t('entry.draft')})` : ''}
                  </label>
                </div>
                {item ? (
                  <>
                    <div className="cv-entry-list__actions">
                      {position > 0 ? (
                        <Button variant="subtle" onClick={() => move(entry, picked, -1)}>
                          {t('section.up')}
                          <span className="visually-hidden">: {entry.title}</span>
                        </Button>
                      ) : null}
                      {position < picked.length - 1 ? (
                        <Button variant="subtle" onClick={() => move(entry, picked, 1)}>
                          {t('section.down')}
                          <span className="visually-hidden">: {entry.title}</span>
                        </Button>
                      ) : null}
                    </div>
                    <details className="details" open={item.text !== null || Boolean(error)}>
                      <summary className="details__summary">
                        {t('editor.tailor')}
                        <span className="visually-hidden">: {entry.title}</span>
                      </summary>
                      <TextareaField
                        id={`cv-text-${entry.id}`}
                        label={t('editor.tailorLabel')}
                        hint={t('editor.tailorHint')}
                        error={error}
                        rows={4}
                        maxLength={LIMITS.description}
                        value={item.text ?? ''}
                        placeholder={entry.description}
                        onChange={(e) => setText(entry, e.target.value)}
                        onBlur={onBlur}
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
  });
}
