import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button } from './button.tsx';

/**
 * "Lees voor": reads a text aloud with the browser's speech synthesis, in a voice for the
 * current language (a voice on the device preferred: `localService`, so the text does not
 * leave the device). Hidden when the browser has no such voice; voices load asynchronously,
 * so it listens to `voiceschanged`. Stops on navigation and when it leaves the page.
 */

function synthesis(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : null;
}

/** The best voice for a language: exact or regional match (`nl` ~ `nl-NL`, `nl-BE`), local first. */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], language: string): SpeechSynthesisVoice | null {
  const base = language.toLowerCase().split('-')[0] ?? '';
  const matching = voices.filter((voice) => voice.lang.toLowerCase().replace('_', '-').split('-')[0] === base);
  return matching.find((voice) => voice.localService) ?? matching[0] ?? null;
}

function useVoice(language: string): SpeechSynthesisVoice | null {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(() => {
    const speech = synthesis();
    return speech ? pickVoice(speech.getVoices(), language) : null;
  });
  useEffect(() => {
    const speech = synthesis();
    if (!speech) return undefined;
    const update = () => setVoice(pickVoice(speech.getVoices(), language));
    update();
    speech.addEventListener('voiceschanged', update);
    return () => speech.removeEventListener('voiceschanged', update);
  }, [language]);
  return voice;
}

export function ReadAloud({ text }: { text: string }) {
  const { t, i18n } = useTranslation();
  const voice = useVoice(i18n.language);
  const [speaking, setSpeaking] = useState(false);
  const { pathname } = useLocation();
  const utterance = useRef<SpeechSynthesisUtterance | null>(null);

  const stop = useCallback(() => {
    if (!utterance.current) return;
    utterance.current = null;
    synthesis()?.cancel();
    setSpeaking(false);
  }, []);

  // stop on navigation and on unmount
  useEffect(() => stop, [pathname, stop]);

  if (!voice || text.trim() === '') return null;

  const start = () => {
    const speech = synthesis();
    if (!speech) return;
    speech.cancel();
    const next = new SpeechSynthesisUtterance(text);
    next.voice = voice;
    next.lang = voice.lang;
    const done = () => {
      if (utterance.current !== next) return;
      utterance.current = null;
      setSpeaking(false);
    };
    next.addEventListener('end', done);
    next.addEventListener('error', done);
    utterance.current = next;
    setSpeaking(true);
    speech.speak(next);
  };

  return (
    <div className="read-aloud">
      <Button variant="secondary" onClick={speaking ? stop : start}>
        {speaking ? t('readAloud.stop') : t('readAloud.start')}
      </Button>
    </div>
  );
}
