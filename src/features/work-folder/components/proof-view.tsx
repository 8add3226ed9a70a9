import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiBlob } from '#src/shared/api/client.ts';
import { Button } from '#src/shared/ui/button.tsx';
import type { Proof } from '../schemas.ts';

type Shown = { url: string; kind: 'image' | 'pdf' };

/**
 * "Bekijk bewijs": fetches the stored file with the session's token (never a token in a URL),
 * makes an object URL and shows a photo inline with alt text, or offers a PDF to open in a new
 * tab or download. The object URL is revoked when closed or when the page goes.
 */
export function ProofView({ clientId, proof }: { clientId: string; proof: Proof }) {
  const { t } = useTranslation('workFolder');
  const [shown, setShown] = useState<Shown | null>(null);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const urlRef = useRef<string | null>(null);
  const controller = useRef<AbortController | null>(null);

  const revoke = () => {
    if (urlRef.current) URL.revokeObjectURL(urlRef.current);
    urlRef.current = null;
  };
  useEffect(
    () => () => {
      controller.current?.abort();
      revoke();
    },
    [],
  );

  const open = async () => {
    setFailed(false);
    setLoading(true);
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    try {
      const blob = await apiBlob(`/clients/${encodeURIComponent(clientId)}/files/${encodeURIComponent(proof.id)}`, abort.signal);
      revoke();
      // the server's type, or ours when it sends none
      const typed = blob.type ? blob : new Blob([blob], { type: proof.type });
      urlRef.current = URL.createObjectURL(typed);
      setShown({ url: urlRef.current, kind: proof.type === 'application/pdf' ? 'pdf' : 'image' });
    } catch (error) {
      if ((error as { name?: string } | null)?.name !== 'AbortError') setFailed(true);
    } finally {
      setLoading(false);
    }
  };

  const close = () => {
    revoke();
    setShown(null);
  };

  return (
    <div className="proof-view">
      {shown ? (
        <Button variant="subtle" onClick={close}>
          {t('proofs.close', { name: proof.name })}
        </Button>
      ) : (
        <Button variant="subtle" onClick={() => void open()} disabled={loading} aria-label={t('proofs.viewNamed', { name: proof.name })}>
          {loading ? t('proofs.loading') : t('proofs.view')}
        </Button>
      )}
      {failed ? (
        <p role="alert" className="field__error">
          {t('proofs.viewFailed')}
        </p>
      ) : null}
      {shown?.kind === 'image' ? (
        <img className="proof-view__image" src={shown.url} alt={t('proofs.imageAlt', { name: proof.name })} />
      ) : null}
      {shown?.kind === 'pdf' ? (
        <p className="tag-line">
          <a href={shown.url} target="_blank" rel="noopener noreferrer">
            {t('proofs.openPdf', { name: proof.name })}
          </a>{' '}
          <a href={shown.url} download={proof.name}>
            {t('proofs.download')}
          </a>
        </p>
      ) : null}
    </div>
  );
}
