import type { EducationLevel, IscoCode } from './schemas.ts';

/**
 * The focusberoepen: occupations the municipality acquires vacancies for, because they fit most
 * of its caseload (seeds/000). Dutch names with their ISCO-08 unit group and the skills an
 * employer usually asks for. Several Dutch names can share one ISCO group (e.g. schoonmaker and
 * glazenwasser); `id` is this list's own key, `isco` the code that travels in the data.
 */
export type Occupation = {
  /** Stable key of this list (also used in i18n-free places such as the seed). */
  id: string;
  isco: IscoCode;
  /** Dutch name as a job seeker would search for it. */
  name: string;
  /** Other words people use for it (search finds them too). */
  synonyms: readonly string[];
  /** Skills employers usually ask for (Dutch, lower case). */
  skills: readonly string[];
  /** The level usually asked for (vacancies vary around it). */
  typicalEducation: EducationLevel;
  /** Usually needs a driving licence. */
  licence: boolean;
};

export const OCCUPATIONS: readonly Occupation[] = [
  { id: 'orderpicker', isco: '9321', name: 'Orderpicker', synonyms: ['magazijnmedewerker', 'inpakker'], skills: ['orderpicken', 'scanner', 'nauwkeurig', 'fysiek werk', 'heftruck'], typicalEducation: 'none', licence: false },
  { id: 'magazijnmedewerker', isco: '4321', name: 'Magazijnmedewerker', synonyms: ['logistiek medewerker', 'voorraadbeheer'], skills: ['voorraadbeheer', 'heftruck', 'reachtruck', 'scanner', 'laden en lossen'], typicalEducation: 'mbo1', licence: false },
  { id: 'heftruckchauffeur', isco: '8344', name: 'Heftruckchauffeur', synonyms: ['reachtruckchauffeur'], skills: ['heftruck', 'reachtruck', 'veiligheid', 'laden en lossen'], typicalEducation: 'mbo1', licence: false },
  { id: 'schoonmaker', isco: '9112', name: 'Schoonmaker', synonyms: ['schoonmaakmedewerker', 'interieurverzorger'], skills: ['schoonmaken', 'hygiëne', 'zelfstandig werken', 'nauwkeurig'], typicalEducation: 'none', licence: false },
  { id: 'glazenwasser', isco: '9122', name: 'Glazenwasser', synonyms: ['gevelreiniger'], skills: ['hoogwerker', 'schoonmaken', 'veiligheid'], typicalEducation: 'none', licence: true },
  { id: 'helpende-zorg', isco: '5322', name: 'Helpende zorg en welzijn', synonyms: ['helpende', 'thuiszorgmedewerker', 'zorghulp'], skills: ['verzorgen', 'huishoudelijk werk', 'empathie', 'communicatie'], typicalEducation: 'mbo2', licence: false },
  { id: 'verzorgende-ig', isco: '5321', name: 'Verzorgende IG', synonyms: ['verzorgende', 'zorgmedewerker'], skills: ['verzorgen', 'medicatie', 'rapporteren', 'empathie'], typicalEducation: 'mbo3', licence: false },
  { id: 'huishoudelijke-hulp', isco: '9111', name: 'Huishoudelijk medewerker', synonyms: ['huishoudelijke hulp', 'thuishulp'], skills: ['schoonmaken', 'huishoudelijk werk', 'zelfstandig werken'], typicalEducation: 'none', licence: false },
  { id: 'kok', isco: '5120', name: 'Kok', synonyms: ['zelfstandig werkend kok', 'cuisinier'], skills: ['koken', 'hygiëne', 'HACCP', 'plannen'], typicalEducation: 'mbo2', licence: false },
  { id: 'keukenhulp', isco: '9412', name: 'Keukenhulp', synonyms: ['afwasser', 'keukenassistent'], skills: ['afwassen', 'hygiëne', 'snijden', 'samenwerken'], typicalEducation: 'none', licence: false },
  { id: 'bediening', isco: '5131', name: 'Medewerker bediening', synonyms: ['serveerster', 'ober', 'horecamedewerker'], skills: ['gastvrij', 'kassa', 'samenwerken', 'klantvriendelijk'], typicalEducation: 'vmbo', licence: false },
  { id: 'chauffeur', isco: '8332', name: 'Vrachtwagenchauffeur', synonyms: ['chauffeur', 'CE-chauffeur', 'beroepschauffeur'], skills: ['rijbewijs C', 'code 95', 'tachograaf', 'laden en lossen'], typicalEducation: 'mbo2', licence: true },
  { id: 'bezorger', isco: '8322', name: 'Bezorger', synonyms: ['pakketbezorger', 'koerier', 'bestelbusbezorger'], skills: ['rijbewijs B', 'routeplanning', 'klantvriendelijk', 'zelfstandig werken'], typicalEducation: 'none', licence: true },
  { id: 'buschauffeur', isco: '8331', name: 'Buschauffeur', synonyms: ['buschauffeur', 'taxichauffeur', 'leerlingenvervoer'], skills: ['rijbewijs D', 'klantvriendelijk', 'veiligheid'], typicalEducation: 'mbo2', licence: true },
  { id: 'productiemedewerker', isco: '9329', name: 'Productiemedewerker', synonyms: ['operator', 'fabrieksmedewerker', 'lijnmedewerker'], skills: ['machines bedienen', 'kwaliteitscontrole', 'ploegendienst', 'samenwerken'], typicalEducation: 'none', licence: false },
  { id: 'operator', isco: '8189', name: 'Procesoperator', synonyms: ['operator A', 'machineoperator'], skills: ['machines bedienen', 'storingen oplossen', 'procesbewaking', 'ploegendienst'], typicalEducation: 'mbo2', licence: false },
  { id: 'inpakker', isco: '9321', name: 'Inpakker', synonyms: ['verpakker', 'sorteerder'], skills: ['inpakken', 'nauwkeurig', 'tempo', 'fysiek werk'], typicalEducation: 'none', licence: false },
  { id: 'beveiliger', isco: '5414', name: 'Beveiliger', synonyms: ['beveiligingsmedewerker', 'bewaker', 'toezichthouder'], skills: ['diploma beveiliger', 'alert', 'rapporteren', 'communicatie'], typicalEducation: 'mbo2', licence: false },
  { id: 'klantenservice', isco: '4222', name: 'Klantenservicemedewerker', synonyms: ['callcentermedewerker', 'klantcontactmedewerker'], skills: ['communicatie', 'computervaardig', 'klantvriendelijk', 'telefoneren'], typicalEducation: 'mbo2', licence: false },
  { id: 'verkoopmedewerker', isco: '5223', name: 'Verkoopmedewerker', synonyms: ['winkelmedewerker', 'verkoper'], skills: ['klantvriendelijk', 'kassa', 'verkopen', 'vakken vullen'], typicalEducation: 'vmbo', licence: false },
  { id: 'kassamedewerker', isco: '5230', name: 'Kassamedewerker', synonyms: ['caissière', 'kassière'], skills: ['kassa', 'rekenen', 'klantvriendelijk'], typicalEducation: 'none', licence: false },
  { id: 'vakkenvuller', isco: '9334', name: 'Vakkenvuller', synonyms: ['supermarktmedewerker', 'winkelhulp'], skills: ['vakken vullen', 'tempo', 'samenwerken', 'nauwkeurig'], typicalEducation: 'none', licence: false },
  { id: 'installatiemonteur', isco: '7126', name: 'Installatiemonteur', synonyms: ['monteur', 'loodgieter', 'cv-monteur'], skills: ['installeren', 'technisch inzicht', 'VCA', 'warmtepompen'], typicalEducation: 'mbo3', licence: true },
  { id: 'elektromonteur', isco: '7411', name: 'Elektromonteur', synonyms: ['elektricien', 'zonnepanelenmonteur'], skills: ['elektrotechniek', 'NEN 3140', 'VCA', 'zonnepanelen'], typicalEducation: 'mbo2', licence: true },
  { id: 'timmerman', isco: '7115', name: 'Timmerman', synonyms: ['bouwtimmerman', 'allround timmerman'], skills: ['timmeren', 'tekening lezen', 'VCA', 'gereedschap'], typicalEducation: 'mbo2', licence: true },
  { id: 'bouwhulp', isco: '9313', name: 'Bouwplaatsmedewerker', synonyms: ['bouwhulp', 'grondwerker', 'opperman'], skills: ['fysiek werk', 'VCA', 'samenwerken', 'buitenwerk'], typicalEducation: 'none', licence: false },
  { id: 'groenvoorziener', isco: '6113', name: 'Hovenier', synonyms: ['groenvoorziener', 'medewerker groen'], skills: ['snoeien', 'maaien', 'buitenwerk', 'machines bedienen'], typicalEducation: 'mbo1', licence: false },
  { id: 'tuinbouw', isco: '9214', name: 'Medewerker tuinbouw', synonyms: ['kassenmedewerker', 'oogstmedewerker'], skills: ['oogsten', 'tempo', 'buitenwerk', 'fysiek werk'], typicalEducation: 'none', licence: false },
  { id: 'administratief', isco: '4110', name: 'Administratief medewerker', synonyms: ['secretaresse', 'officemedewerker'], skills: ['computervaardig', 'Excel', 'nauwkeurig', 'archiveren'], typicalEducation: 'mbo3', licence: false },
  { id: 'receptionist', isco: '4226', name: 'Receptionist', synonyms: ['baliemedewerker', 'gastvrouw'], skills: ['telefoneren', 'gastvrij', 'computervaardig', 'communicatie'], typicalEducation: 'mbo2', licence: false },
  { id: 'pedagogisch', isco: '5311', name: 'Pedagogisch medewerker', synonyms: ['kinderopvang', 'leidster kinderdagverblijf'], skills: ['kinderen', 'VVE', 'communicatie', 'geduld'], typicalEducation: 'mbo3', licence: false },
  { id: 'schilder', isco: '7131', name: 'Schilder', synonyms: ['onderhoudsschilder', 'afwerker'], skills: ['schilderen', 'nauwkeurig', 'VCA', 'buitenwerk'], typicalEducation: 'mbo1', licence: false },
  { id: 'metaalbewerker', isco: '7212', name: 'Lasser', synonyms: ['constructiebankwerker', 'metaalbewerker'], skills: ['lassen', 'tekening lezen', 'VCA', 'technisch inzicht'], typicalEducation: 'mbo2', licence: false },
  { id: 'automonteur', isco: '7231', name: 'Automonteur', synonyms: ['autotechnicus', 'bandenmonteur'], skills: ['auto-onderhoud', 'diagnose', 'technisch inzicht', 'rijbewijs B'], typicalEducation: 'mbo2', licence: true },
  { id: 'postbezorger', isco: '9621', name: 'Postbezorger', synonyms: ['krantenbezorger', 'folderbezorger'], skills: ['zelfstandig werken', 'buitenwerk', 'fietsen', 'op tijd'], typicalEducation: 'none', licence: false },
];

const byIsco = new Map<string, Occupation>();
for (const occupation of OCCUPATIONS) if (!byIsco.has(occupation.isco)) byIsco.set(occupation.isco, occupation);
const byId = new Map(OCCUPATIONS.map((o) => [o.id, o]));

/** The first occupation in the list with this ISCO code (the list's name for it), or undefined. */
export function occupationByIsco(isco: string): Occupation | undefined {
  return byIsco.get(isco);
}

export function occupationById(id: string): Occupation | undefined {
  return byId.get(id);
}

/** Occupations for a chooser: one entry per ISCO code, sorted by name. */
export function occupationChoices(): Occupation[] {
  return [...byIsco.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
