import { OCCUPATIONS, occupationByIsco, type Occupation } from './occupations.ts';
import type { IscoCode } from './schemas.ts';

/**
 * "Wat past bij mij?" (the LDC part): from what the person told and keeps — the occupations in the
 * zoekprofiel, the entreevragenlijst's kunnen/willen answers, the skills and courses on the CV
 * (the master profile) and the talents in the portfolio — to occupations, each with the sources
 * that led there, in words. Rules as data (the two tables below), tested table-driven. Only answers
 * about work are read (wishes, strengths, work done); never health, money, care or housing.
 */

/** The entreevragenlijst's `sectors` answer (willen) → occupations of the list (by `id`). */
export const SECTOR_OCCUPATIONS: Readonly<Record<string, readonly string[]>> = {
  care: ['helpende-zorg', 'verzorgende-ig', 'huishoudelijke-hulp', 'pedagogisch'],
  retail: ['verkoopmedewerker', 'kassamedewerker', 'vakkenvuller'],
  logistics: ['orderpicker', 'magazijnmedewerker', 'heftruckchauffeur', 'bezorger'],
  hospitality: ['kok', 'keukenhulp', 'bediening'],
  cleaning: ['schoonmaker', 'huishoudelijke-hulp', 'glazenwasser'],
  construction: ['bouwhulp', 'timmerman', 'schilder', 'installatiemonteur'],
  office: ['administratief', 'receptionist', 'klantenservice'],
};

/** The entreevragenlijst's `strengths` answer (kunnen) → occupations where it counts most. */
export const STRENGTH_OCCUPATIONS: Readonly<Record<string, readonly string[]>> = {
  teamwork: ['productiemedewerker', 'vakkenvuller', 'keukenhulp'],
  customers: ['verkoopmedewerker', 'klantenservice', 'bediening', 'kassamedewerker', 'receptionist'],
  handsOn: ['bouwhulp', 'productiemedewerker', 'groenvoorziener', 'schilder'],
  planning: ['administratief', 'magazijnmedewerker', 'kok'],
  caring: ['helpende-zorg', 'verzorgende-ig', 'pedagogisch'],
  languages: ['klantenservice', 'receptionist'],
};

/** Where a suggestion comes from, most weight first (each an i18n key `fits.source.<source>`). */
export const SUGGESTION_SOURCES = ['profile', 'intakeDesiredJob', 'intakeSectors', 'cv', 'talent', 'intakeStrengths', 'intakeLastJob'] as const;
export type SuggestionSource = (typeof SUGGESTION_SOURCES)[number];
const WEIGHT: Record<SuggestionSource, number> = { profile: 10, intakeDesiredJob: 4, intakeSectors: 3, cv: 3, talent: 2, intakeStrengths: 1, intakeLastJob: 3 };

/** The answers of the entreevragenlijst that say what the person wants and can (null: not filled in). */
export type IntakeWorkAnswers = { sectors: readonly string[]; strengths: readonly string[]; desiredJob: string; lastJob: string };

export type WhatFitsInput = {
  profileOccupations: readonly IscoCode[];
  intake: IntakeWorkAnswers | null;
  /** Titles of the CV's skills and courses. */
  cvSkills: readonly string[];
  /** Titles and tags of the portfolio's talents. */
  talents: readonly string[];
};

/** One reason: the source and what in it matched (an answer's value, a skill, a talent). */
export type SuggestionReason = { source: SuggestionSource; matched: string[] };
export type Suggestion = { isco: IscoCode; occupation: Occupation; reasons: SuggestionReason[]; weight: number };

const norm = (text: string) => text.trim().toLocaleLowerCase('nl');

/** Whether a person's word ("Heftruck rijden", "schoonmaak") and a word of the occupation list name the same thing. */
export function wordsMatch(personText: string, listWord: string): boolean {
  const a = norm(personText);
  const b = norm(listWord);
  if (a === '' || b === '') return false;
  if (a === b) return true;
  if ((b.length >= 4 && a.includes(b)) || (a.length >= 4 && b.includes(a))) return true;
  const words = (text: string) => text.split(/[^\p{L}\d]+/u).filter(Boolean);
  // a short word on its own ("kok" in "kok in een restaurant"), or the same long word stem ("schoonmaak" and "schoonmaken")
  if (words(a).includes(b) || words(b).includes(a)) return true;
  const stems = (text: string) => words(text).filter((w) => w.length >= 7).map((w) => w.slice(0, 7));
  const theirs = new Set(stems(b));
  return stems(a).some((stem) => theirs.has(stem));
}

const namesOf = (o: Occupation) => [o.name, ...o.synonyms];

/** The suggested occupations, most reasons first; `limit` keeps the page short (the zoekprofiel's always stay). */
export function suggestOccupations(input: WhatFitsInput, limit = 6): Suggestion[] {
  const byIsco = new Map<IscoCode, Suggestion>();
  const add = (occupation: Occupation, source: SuggestionSource, matched: string) => {
    const suggestion = byIsco.get(occupation.isco) ?? { isco: occupation.isco, occupation: occupationByIsco(occupation.isco) ?? occupation, reasons: [], weight: 0 };
    byIsco.set(occupation.isco, suggestion);
    const reason = suggestion.reasons.find((r) => r.source === source);
    if (reason) {
      if (!reason.matched.includes(matched)) reason.matched.push(matched);
      return;
    }
    suggestion.reasons.push({ source, matched: [matched] });
    suggestion.weight += WEIGHT[source];
  };
  const byId = (id: string) => OCCUPATIONS.find((o) => o.id === id);

  for (const isco of input.profileOccupations) {
    const occupation = OCCUPATIONS.find((o) => o.isco === isco);
    if (occupation) add(occupation, 'profile', occupation.name);
  }
  const intake = input.intake;
  if (intake) {
    for (const [source, text] of [['intakeDesiredJob', intake.desiredJob], ['intakeLastJob', intake.lastJob]] as const) {
      for (const occupation of OCCUPATIONS) if (namesOf(occupation).some((name) => wordsMatch(text, name))) add(occupation, source, text.trim());
    }
    for (const sector of intake.sectors) for (const id of SECTOR_OCCUPATIONS[sector] ?? []) if (byId(id)) add(byId(id)!, 'intakeSectors', sector);
    for (const strength of intake.strengths) for (const id of STRENGTH_OCCUPATIONS[strength] ?? []) if (byId(id)) add(byId(id)!, 'intakeStrengths', strength);
  }
  for (const [source, texts] of [['cv', input.cvSkills], ['talent', input.talents]] as const) {
    for (const text of texts) {
      for (const occupation of OCCUPATIONS) if ([...occupation.skills, ...namesOf(occupation)].some((word) => wordsMatch(text, word))) add(occupation, source, text.trim());
    }
  }

  const order = (s: SuggestionReason) => SUGGESTION_SOURCES.indexOf(s.source);
  const all = [...byIsco.values()].map((s) => ({ ...s, reasons: [...s.reasons].sort((a, b) => order(a) - order(b)) }));
  all.sort((a, b) => b.weight - a.weight || b.reasons.length - a.reasons.length || a.occupation.name.localeCompare(b.occupation.name, 'nl'));
  const fromProfile = all.filter((s) => s.reasons.some((r) => r.source === 'profile'));
  const others = all.filter((s) => !s.reasons.some((r) => r.source === 'profile'));
  return [...fromProfile, ...others.slice(0, Math.max(0, limit - fromProfile.length))];
}
