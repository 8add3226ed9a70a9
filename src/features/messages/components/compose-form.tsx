import { useEffect, useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '#src/shared/ui/button.tsx';
import { ErrorSummary, FieldMessages, useErrorText } from '#src/shared/ui/form.tsx';
import { useAppForm } from '#src/shared/ui/use-app-form.ts';
import { TextareaField } from '#src/shared/ui/textarea-field.tsx';
import { prepareUpload } from '#src/shared/files/files.ts';
import type { FileToUpload } from '#src/shared/files/upload.ts';
import { useDirtyForm } from '#src/shared/lib/dirty-forms.ts';
import { graphemeLength } from '#src/shared/lib/text.ts';
import { MESSAGE_MAX_CHARS, type MessageLink } from '../schemas.ts';

export type ComposeValues = { body: string; files: FileToUpload[]; link: MessageLink | null };

const MAX_FILES = 5;

/**
 * Unsent drafts per conversation, in memory only (never on disk: a public computer keeps
 * nothing), so going to another screen and back keeps what was typed.
 */
const drafts = new Map<string, string>();

/**
 * Writing a message: text (up to 5000 characters, counted as a person sees them), up to five
 * photos or PDFs, and an optional link ("vraag over deze sollicitatie"). Errors show next to
 * the field and in a summary; what was typed stays when sending fails.
 */
export function ComposeForm({
  draftKey,
  link,
  onRemoveLink,
  onSend,
}: {
  draftKey: string;
  link: MessageLink | null;
  onRemoveLink: () => void;
  onSend: (values: ComposeValues) => Promise<void>;
}) {
  const { t } = useTranslation('messages');
  const [files, setFiles] = useState<FileToUpload[]>([]);
  const [fileError, setFileError] = useState<string | undefined>();
  const [busyFiles, setBusyFiles] = useState(false);
  const [sent, setSent] = useState(false);
  const { control, submit, reset, summary, message, formState } = useAppForm<{ body: string }>({
    defaultValues: { body: drafts.get(draftKey) ?? '' },
    idPrefix: 'message',
  });
  const body = useWatch({ control, name: 'body' });
  useEffect(() => {
    if (body) drafts.set(draftKey, body);
    else drafts.delete(draftKey);
  }, [body, draftKey]);
  // a draft kept from before and chosen files are unsaved input too
  useDirtyForm(body !== '' || files.length > 0);

  const addFiles = async (list: FileList | null) => {
    if (!list) return;
    setFileError(undefined);
    setBusyFiles(true);
    const added: FileToUpload[] = [];
    try {
      for (const file of Array.from(list)) {
        if (files.length + added.length >= MAX_FILES) {
          setFileError('validation.message.tooManyFiles');
          break;
        }
        const prepared = await prepareUpload(file, 'bijlage');
        if (!prepared.ok) {
          setFileError(prepared.message);
          continue;
        }
        added.push(prepared.file);
      }
    } finally {
      setFiles((current) => [...current, ...added]);
      setBusyFiles(false);
    }
  };

  const errorText = useErrorText();
  const fileMessage = errorText(fileError);

  return (
    <form
      noValidate
      className="compose"
      aria-labelledby="compose-title"
      onSubmit={submit(async ({ body }) => {
        await onSend({ body, files, link });
        reset({ body: '' });
        setFiles([]);
        setFileError(undefined);
        setSent(true);
      })}
    >
      <h2 id="compose-title">{t('compose.title')}</h2>
      <ErrorSummary {...summary(['body', { id: 'message-files', message: fileError }])} />
      {link ? (
        <p className="compose__link">
          <span className="chip">
            <span>{t('compose.about')} </span>
            <strong dir="auto">{link.label}</strong>
          </span>{' '}
          <button type="button" className="link-button" onClick={onRemoveLink}>
            {t('compose.removeLink')}
          </button>
        </p>
      ) : null}
      <Controller
        control={control}
        name="body"
        rules={{
          validate: (value) => {
            if (value.trim() === '' && files.length === 0) return 'validation.message.empty';
            if (graphemeLength(value) > MESSAGE_MAX_CHARS) return 'validation.message.tooLong';
            return true;
          },
        }}
        render={({ field }) => (
          <TextareaField
            id="message-body"
            label={t('compose.body')}
            hint={t('compose.bodyHint')}
            error={message('body')}
            maxLength={MESSAGE_MAX_CHARS}
            rows={4}
            {...field}
            onChange={(event) => {
              setSent(false);
              field.onChange(event);
            }}
          />
        )}
      />
      <div className={`field${fileError ? ' field--invalid' : ''}`}>
        <label className="utrecht-form-label" htmlFor="message-files">
          {t('compose.files')}
        </label>
        <FieldMessages id="message-files" hint={t('compose.filesHint')} error={fileMessage} />
        <input
          id="message-files"
          type="file"
          multiple
          accept="image/*,application/pdf"
          className="file-input"
          aria-describedby={['message-files-hint', fileError ? 'message-files-error' : null].filter(Boolean).join(' ')}
          onChange={(event) => {
            void addFiles(event.target.files);
            event.target.value = '';
          }}
        />
        {files.length > 0 ? (
          <ul className="compose__files" aria-label={t('compose.chosenFiles')}>
            {files.map((file) => (
              <li key={file.fileId}>
                <span dir="auto">{file.name}</span>{' '}
                <button type="button" className="link-button" onClick={() => setFiles((current) => current.filter((f) => f.fileId !== file.fileId))}>
                  {t('compose.removeFile', { name: file.name })}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <Button type="submit" busy={formState.isSubmitting || busyFiles}>
        {t('compose.send')}
      </Button>
      <p role="status" className="field__hint">
        {sent ? t('compose.saved') : ''}
      </p>
    </form>
  );
}
