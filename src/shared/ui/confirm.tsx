import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './button.tsx';

/**
 * An action that asks "are you sure?" in the page itself (not `window.confirm`, whose buttons
 * speak the browser's language, not the one the person chose): the button opens a warning
 * with what will happen, one button to go on and one to cancel. Focus moves to the question
 * when it opens and back to the button when it is cancelled.
 */
export function ConfirmAction({
  start,
  startLabel,
  variant = 'secondary',
  question,
  confirm,
  onConfirm,
  danger = true,
  children,
}: {
  /** The button's content. */
  start: ReactNode;
  variant?: 'secondary' | 'subtle';
  /** An accessible name for the button when its text alone is not enough (in a list). */
  startLabel?: string;
  question: string;
  /** The confirming button's text (default "Ja, verwijderen"). */
  confirm?: string;
  /** Resolves when done; an error it throws is the caller's to show. */
  onConfirm: () => Promise<void> | void;
  danger?: boolean;
  /** What will happen, shown under the question. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [step, setStep] = useState<'idle' | 'asking' | 'busy'>('idle');
  const startRef = useRef<HTMLButtonElement>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (step === 'asking') questionRef.current?.focus();
    if (step === 'idle' && returnFocus.current) {
      returnFocus.current = false;
      startRef.current?.focus();
    }
  }, [step]);

  if (step === 'idle') {
    return (
      <Button ref={startRef} variant={variant} hint={danger ? 'danger' : undefined} aria-label={startLabel} onClick={() => setStep('asking')}>
        {start}
      </Button>
    );
  }
  return (
    <div role="group" aria-labelledby={`${id}-question`} className="notice notice--warning confirm">
      <p id={`${id}-question`} ref={questionRef} tabIndex={-1} className="notice__title">
        {question}
      </p>
      {children}
      <div className="button-row">
        <Button
          hint={danger ? 'danger' : undefined}
          busy={step === 'busy'}
          onClick={async () => {
            setStep('busy');
            try {
              await onConfirm();
            } finally {
              // the caller may have navigated away; otherwise back to the start
              setStep('idle');
            }
          }}
        >
          {confirm ?? t('actions.confirmDelete')}
        </Button>
        <Button
          variant="secondary"
          disabled={step === 'busy'}
          onClick={() => {
            returnFocus.current = true;
            setStep('idle');
          }}
        >
          {t('actions.cancel')}
        </Button>
      </div>
    </div>
  );
}
