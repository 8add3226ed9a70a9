import type { LanguageCode } from '#src/shared/i18n/languages.ts';
import type { PushTextKey } from './rules.ts';

/**
 * What a push says on a lock screen, in the person's own language: one sentence per group, no
 * name, no content (the app shows the rest after the person opened it). The server's copy: a
 * push is written while the app is closed.
 */
export const PUSH_TEXTS: Record<LanguageCode, { title: string } & Record<PushTextKey, string>> = {
  nl: {
    title: 'Werkmap',
    message: 'Je hebt een nieuw bericht in Werkmap',
    appointment: 'Je hebt een nieuwe afspraak in Werkmap',
    reminder: 'Je hebt een herinnering in Werkmap',
    news: 'Er is iets nieuws voor je in Werkmap',
  },
  en: {
    title: 'Werkmap',
    message: 'You have a new message in Werkmap',
    appointment: 'You have a new appointment in Werkmap',
    reminder: 'You have a reminder in Werkmap',
    news: 'There is something new for you in Werkmap',
  },
  ar: {
    title: 'Werkmap',
    message: 'لديك رسالة جديدة في Werkmap',
    appointment: 'لديك موعد جديد في Werkmap',
    reminder: 'لديك تذكير في Werkmap',
    news: 'هناك شيء جديد لك في Werkmap',
  },
  pl: {
    title: 'Werkmap',
    message: 'Masz nową wiadomość w Werkmap',
    appointment: 'Masz nowe spotkanie w Werkmap',
    reminder: 'Masz przypomnienie w Werkmap',
    news: 'Jest coś nowego dla ciebie w Werkmap',
  },
  tr: {
    title: 'Werkmap',
    message: "Werkmap'te yeni bir mesajın var",
    appointment: "Werkmap'te yeni bir randevun var",
    reminder: "Werkmap'te bir hatırlatman var",
    news: "Werkmap'te senin için yeni bir şey var",
  },
  uk: {
    title: 'Werkmap',
    message: 'У вас нове повідомлення у Werkmap',
    appointment: 'У вас нова зустріч у Werkmap',
    reminder: 'У вас нагадування у Werkmap',
    news: 'Для вас є щось нове у Werkmap',
  },
};
