import { seededRandom } from '#src/shared/lib/random.ts';
import { addDays } from '#src/shared/lib/dates.ts';
import { OCCUPATIONS, occupationByIsco, type Occupation } from '#src/features/vacancies/occupations.ts';
import { PLACES, type Place } from '#src/features/vacancies/places.ts';
import {
  EDUCATION_LEVELS,
  type Course,
  type CourseLevel,
  type CostPayer,
  type EducationLevel,
  type EmploymentType,
  type Location,
  type Vacancy,
} from '#src/features/vacancies/schemas.ts';

/**
 * Seeded, realistic demo data for the Groningen labour market region: vacancies across the
 * focusberoepen and the region's places, and the courses that lead to them (MBO routes, VCA,
 * heftruck, taal/NT2, rekenen, digitale vaardigheden). The same seed and day give the same data;
 * dates are relative to `today`, so the set is always current. Every employer is fictional.
 */

export const SEED_VACANCY_COUNT = 1000;
const VACANCY_SEED = 19_2026;
const COURSE_SEED = 60_2026;

type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const between = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const chance = (rng: Rng, p: number) => rng() < p;

/** Fictional employers per kind of work. */
const EMPLOYERS: Record<string, readonly string[]> = {
  logistics: ['Distributiecentrum Westpoort', 'Noordlogistiek', 'Transportbedrijf Oldambt', 'Hunze Logistics', 'Eemshaven Warehousing', 'Pakketdienst Noord', 'Veenkoloniaal Vervoer'],
  cleaning: ['Schoonmaakbedrijf Hunze', 'Glansrijk Schoonmaak', 'CleanNoord', 'Facilitair Groningen', 'Schoon & Fris Veendam'],
  care: ['Zorggroep Noorderlicht', 'Thuiszorg Het Hogeland', 'Zorgcentrum De Dilgt', 'Woonzorg Oldambt', 'Kinderopvang Kleine Wereld'],
  hospitality: ['Eetcafé De Poort', 'Hotel Hanzestad', 'Restaurant Het Pakhuis', 'Strandpaviljoen Lauwersmeer', 'Grand Café Winschoten'],
  production: ['Aardappelverwerking Veenkoloniën', 'Zuivelfabriek Noord', 'Kartonfabriek Hoogezand', 'Metaalwerk Delfzijl', 'Chemiepark Eemsdelta', 'Suikerfabriek Hoogkerk'],
  security: ['Beveiliging Noord-Nederland', 'SecuriGron', 'Toezicht & Service Groningen'],
  service: ['Energie Noord', 'Klantcontact Groningen', 'Verzekeraar Hanze', 'Woningcorporatie Lefier-Oost'],
  retail: ['Supermarkt De Molen', 'Modehuis Oldambt', 'Bouwmarkt Stadskanaal', 'Drogisterij Centrum', 'Tuincentrum Haren'],
  technical: ['Installatiebedrijf Westerkwartier', 'Elektro Noord', 'Warmtepomp Specialist Groningen', 'Bouwbedrijf Westerwolde', 'Autobedrijf Assen', 'Schildersbedrijf Van Dam'],
  green: ['Hoveniersbedrijf Groen Noord', 'Kwekerij Het Oldambt', 'Gemeentewerken Midden-Groningen'],
  office: ['Gemeente Groningen', 'Administratiekantoor Noord', 'Gezondheidscentrum Damsterdiep', 'Hanzehogeschool Services'],
};

const SECTOR: Record<string, keyof typeof EMPLOYERS> = {
  orderpicker: 'logistics', magazijnmedewerker: 'logistics', heftruckchauffeur: 'logistics', inpakker: 'logistics',
  chauffeur: 'logistics', bezorger: 'logistics', buschauffeur: 'logistics', postbezorger: 'logistics',
  schoonmaker: 'cleaning', glazenwasser: 'cleaning', 'huishoudelijke-hulp': 'care',
  'helpende-zorg': 'care', 'verzorgende-ig': 'care', pedagogisch: 'care',
  kok: 'hospitality', keukenhulp: 'hospitality', bediening: 'hospitality',
  productiemedewerker: 'production', operator: 'production', metaalbewerker: 'production',
  beveiliger: 'security', klantenservice: 'service', receptionist: 'office', administratief: 'office',
  verkoopmedewerker: 'retail', kassamedewerker: 'retail', vakkenvuller: 'retail',
  installatiemonteur: 'technical', elektromonteur: 'technical', timmerman: 'technical', bouwhulp: 'technical',
  schilder: 'technical', automonteur: 'technical', groenvoorziener: 'green', tuinbouw: 'green',
};

/** Hourly wages (EUR) roughly around the Dutch minimum wage and CAO scales. */
function hourlyWage(rng: Rng, education: EducationLevel): { min: number; max: number } {
  const base = 14.4 + EDUCATION_LEVELS.indexOf(education) * 0.9 + rng() * 1.5;
  const min = Math.round(base * 100) / 100;
  return { min, max: Math.round((min + 1 + rng() * 3) * 100) / 100 };
}

const TASK_LINES: Record<string, readonly string[]> = {
  logistics: ['Je werkt in een team in ons magazijn of onderweg.', 'Je zorgt dat bestellingen op tijd en goed bij de klant zijn.', 'Je werkt veilig en netjes.'],
  cleaning: ['Je maakt kantoren, scholen of woningen schoon.', 'Je werkt vaak zelfstandig, vroeg in de ochtend of in de avond.', 'Je zorgt dat alles er fris en verzorgd uitziet.'],
  care: ['Je helpt mensen bij hun dagelijkse zorg en in het huishouden.', 'Je hebt aandacht voor de mensen om wie het gaat.', 'Je werkt samen met collega’s in een vast team.'],
  hospitality: ['Je werkt in een gezellige zaak met veel gasten.', 'Je werkt hygiënisch en houdt van tempo.', 'Je werkt ook in de avond en in het weekend.'],
  production: ['Je werkt aan een productielijn in onze fabriek.', 'Je controleert de kwaliteit en meldt storingen.', 'Je werkt in ploegendienst.'],
  security: ['Je houdt toezicht in een gebouw of op een evenement.', 'Je blijft rustig als het spannend wordt.', 'Je schrijft korte verslagen van je dienst.'],
  service: ['Je helpt klanten aan de telefoon, per chat en per e-mail.', 'Je zoekt samen met de klant naar een oplossing.', 'Je krijgt een goede inwerkperiode.'],
  retail: ['Je helpt klanten in de winkel en aan de kassa.', 'Je zorgt dat de winkel er netjes uitziet.', 'Je werkt ook op zaterdag.'],
  technical: ['Je werkt bij klanten thuis of op de bouw.', 'Je werkt veilig en netjes volgens tekening.', 'Je krijgt een bus en goed gereedschap.'],
  green: ['Je werkt buiten in tuinen, parken of kassen.', 'Je werkt met machines en gereedschap.', 'Je werkt in een klein team.'],
  office: ['Je werkt op kantoor en met de computer.', 'Je bent het eerste aanspreekpunt voor bezoekers en bellers.', 'Je werkt nauwkeurig en houdt overzicht.'],
};

const OFFER_LINES = [
  'Een contract voor een half jaar, met kans op een vast contract.',
  'Een goed salaris volgens de cao en reiskosten.',
  'Een opleiding bij ons als je nog niet alles kunt.',
  'Een fijn team en een vaste begeleider in de eerste weken.',
  'Vakantiegeld en een pensioenregeling.',
];

function employmentTypesFor(rng: Rng, hoursMax: number): EmploymentType[] {
  const types: EmploymentType[] = [hoursMax >= 36 ? 'FULL_TIME' : 'PART_TIME'];
  if (chance(rng, 0.3)) types.push('TEMPORARY');
  return types;
}

function jitter(rng: Rng, place: Place): Location {
  // an address somewhere in the place, not exactly on its centre
  return { postalCode: place.postalCode, place: place.place, lat: Math.round((place.lat + (rng() - 0.5) * 0.02) * 1e5) / 1e5, lon: Math.round((place.lon + (rng() - 0.5) * 0.03) * 1e5) / 1e5 };
}

/** Bigger places have more vacancies. */
const PLACE_WEIGHTS: Record<string, number> = { groningen: 12, assen: 4, hoogezand: 3, veendam: 3, winschoten: 3, stadskanaal: 3, delfzijl: 3, emmen: 3, leek: 2, zuidhorn: 2, appingedam: 2, haren: 2 };
const weightedPlaces = PLACES.flatMap((p) => Array<Place>(PLACE_WEIGHTS[p.id] ?? 1).fill(p));

function educationAround(rng: Rng, typical: EducationLevel): EducationLevel {
  const rank = EDUCATION_LEVELS.indexOf(typical) + (chance(rng, 0.25) ? -1 : chance(rng, 0.15) ? 1 : 0);
  return EDUCATION_LEVELS[Math.max(0, Math.min(EDUCATION_LEVELS.length - 1, rank))]!;
}

const EDUCATION_LABEL: Record<EducationLevel, string> = { none: '', vmbo: 'vmbo', mbo1: 'MBO 1', mbo2: 'MBO 2', mbo3: 'MBO 3', mbo4: 'MBO 4', hbo: 'hbo', wo: 'wo' };

function vacancy(rng: Rng, index: number, occupation: Occupation, today: string): Vacancy {
  const sector = SECTOR[occupation.id] ?? 'production';
  const employer = pick(rng, EMPLOYERS[sector]!);
  const place = pick(rng, weightedPlaces);
  const education = educationAround(rng, occupation.typicalEducation);
  const hoursMax = pick(rng, [16, 20, 24, 28, 32, 36, 38, 40]);
  const hoursMin = Math.max(8, hoursMax - pick(rng, [0, 4, 8, 12]));
  const postedDaysAgo = Math.floor(rng() ** 1.8 * 75);
  const datePosted = addDays(today, -postedDaysAgo);
  const validThrough = chance(rng, 0.15) ? null : addDays(datePosted, between(rng, 21, 80));
  const closed = validThrough !== null && validThrough < today;
  const skillCount = between(rng, 2, Math.min(4, occupation.skills.length));
  const skills = [...occupation.skills].sort(() => rng() - 0.5).slice(0, skillCount);
  const wage = hourlyWage(rng, education);
  const monthly = chance(rng, 0.3);
  const id = `vac-${String(index + 1).padStart(5, '0')}`;
  const reference = `${employer.slice(0, 3).toUpperCase()}-${between(rng, 1000, 9999)}`;
  const tasks = TASK_LINES[sector]!;
  const title = chance(rng, 0.7) ? occupation.name : `${occupation.name} ${hoursMax >= 36 ? 'fulltime' : 'parttime'}`;
  const experienceMonths = chance(rng, 0.5) ? null : pick(rng, [6, 12, 24]);
  const description = [
    `${employer} in ${place.place} zoekt een ${occupation.name.toLowerCase()} voor ${hoursMin === hoursMax ? hoursMax : `${hoursMin} tot ${hoursMax}`} uur per week.`,
    '',
    'Wat ga je doen?',
    ...tasks.map((line) => `- ${line}`),
    '',
    'Wat vragen wij?',
    `- ${education === 'none' ? 'Geen diploma nodig: wij leren je het vak.' : `Een diploma op niveau ${EDUCATION_LABEL[education]} of ervaring in het vak.`}`,
    `- Je kunt: ${skills.join(', ')}.`,
    ...(occupation.licence ? ['- Je hebt een rijbewijs.'] : []),
    '',
    'Wat bieden wij?',
    `- ${pick(rng, OFFER_LINES)}`,
    `- ${pick(rng, OFFER_LINES)}`,
  ].join('\n');
  return {
    id,
    title,
    description,
    reference,
    hiringOrganization: { name: employer },
    jobLocation: jitter(rng, place),
    remote: occupation.id === 'klantenservice' && chance(rng, 0.2),
    employmentType: employmentTypesFor(rng, hoursMax),
    workHours: { min: hoursMin, max: hoursMax },
    baseSalary: chance(rng, 0.8)
      ? monthly
        ? { min: Math.round(wage.min * 165), max: Math.round(wage.max * 165), unit: 'MONTH', currency: 'EUR' }
        : { ...wage, unit: 'HOUR', currency: 'EUR' }
      : null,
    datePosted,
    validThrough,
    occupation: { isco: occupation.isco, name: occupation.name },
    educationRequirements: education,
    experienceRequirements: { months: experienceMonths, text: experienceMonths ? `Minimaal ${experienceMonths} maanden ervaring.` : '' },
    skills,
    drivingLicenceRequired: occupation.licence && chance(rng, 0.85),
    howToApply: chance(rng, 0.7)
      ? { url: `https://werk.example.nl/vacatures/${id}`, email: null, phone: null, text: '' }
      : { url: null, email: `mailto:vacatures@${employer.toLowerCase().replace(/[^a-z]+/g, '')}.example.nl`, phone: null, text: 'Stuur je cv en een korte brief.' },
    status: closed ? 'closed' : 'open',
    version: 1,
    updatedAt: `${datePosted}T08:00:00.000Z`,
  };
}

/** `count` vacancies, spread over the focusberoepen (logistics, cleaning, care and production weigh more). */
export function generateVacancies(today: string, count = SEED_VACANCY_COUNT, seed = VACANCY_SEED): Vacancy[] {
  const rng = seededRandom(seed);
  const heavy = new Set(['orderpicker', 'schoonmaker', 'helpende-zorg', 'productiemedewerker', 'chauffeur', 'verkoopmedewerker', 'klantenservice', 'kok', 'beveiliger', 'installatiemonteur']);
  const weighted = OCCUPATIONS.flatMap((o) => (heavy.has(o.id) ? [o, o, o] : [o]));
  return Array.from({ length: count }, (_, index) => vacancy(rng, index, pick(rng, weighted), today));
}

type CourseSeed = { name: string; level: CourseLevel; provider: string; weeks: number; hours: number; leadsTo: string[]; paidBy: CostPayer; cost: number; online?: boolean; onlineOnly?: boolean; description: string };

const MBO_ROUTES: CourseSeed[] = [
  { name: 'Logistiek medewerker (BBL)', level: 'mbo2', provider: 'Noorderpoort', weeks: 52, hours: 8, leadsTo: ['4321', '9321', '8344'], paidBy: 'employer', cost: 1450, description: 'Leren en werken in een magazijn. Je gaat één dag per week naar school.' },
  { name: 'Helpende zorg en welzijn (BBL)', level: 'mbo2', provider: 'Noorderpoort', weeks: 52, hours: 8, leadsTo: ['5322', '9111'], paidBy: 'employer', cost: 1450, description: 'Je werkt in de zorg en haalt je diploma op niveau 2.' },
  { name: 'Verzorgende IG (BBL)', level: 'mbo3', provider: 'Alfa-college', weeks: 104, hours: 8, leadsTo: ['5321'], paidBy: 'employer', cost: 2900, description: 'Twee jaar werken en leren in de zorg.' },
  { name: 'Zelfstandig werkend kok', level: 'mbo3', provider: 'Alfa-college', weeks: 78, hours: 12, leadsTo: ['5120'], paidBy: 'municipality', cost: 2200, description: 'Van keukenhulp naar kok.' },
  { name: 'Medewerker horeca (entree)', level: 'mbo1', provider: 'Noorderpoort', weeks: 40, hours: 16, leadsTo: ['9412', '5131'], paidBy: 'municipality', cost: 900, description: 'Een eerste diploma voor werk in de horeca.' },
  { name: 'Operator A', level: 'mbo2', provider: 'Noorderpoort', weeks: 52, hours: 8, leadsTo: ['8189', '9329'], paidBy: 'employer', cost: 1450, description: 'Leren werken met machines in de procesindustrie.' },
  { name: 'Eerste monteur installatietechniek', level: 'mbo3', provider: 'Alfa-college', weeks: 104, hours: 8, leadsTo: ['7126'], paidBy: 'employer', cost: 2900, description: 'Installeren van warmtepompen, cv en sanitair.' },
  { name: 'Monteur elektrotechnische installaties', level: 'mbo2', provider: 'Noorderpoort', weeks: 78, hours: 8, leadsTo: ['7411'], paidBy: 'employer', cost: 2100, description: 'Elektra, zonnepanelen en laadpalen.' },
  { name: 'Timmerman (BBL)', level: 'mbo2', provider: 'Bouwmensen Groningen', weeks: 78, hours: 8, leadsTo: ['7115'], paidBy: 'employer', cost: 2100, description: 'Werken op de bouw en één dag naar school.' },
  { name: 'Verkoopmedewerker', level: 'mbo2', provider: 'Drenthe College', weeks: 52, hours: 8, leadsTo: ['5223', '5230'], paidBy: 'employer', cost: 1450, description: 'Leren verkopen en klanten helpen.' },
  { name: 'Medewerker klantcontactcenter', level: 'mbo2', provider: 'Noorderpoort', weeks: 40, hours: 8, leadsTo: ['4222'], paidBy: 'municipality', cost: 1200, description: 'Klanten helpen aan de telefoon en online.' },
  { name: 'Beveiliger 2', level: 'mbo2', provider: 'SVPB-opleider Noord', weeks: 16, hours: 12, leadsTo: ['5414'], paidBy: 'municipality', cost: 1650, description: 'Het diploma dat je nodig hebt om als beveiliger te werken.' },
  { name: 'Pedagogisch medewerker kinderopvang', level: 'mbo3', provider: 'Alfa-college', weeks: 104, hours: 8, leadsTo: ['5311'], paidBy: 'employer', cost: 2900, description: 'Werken met kinderen in de kinderopvang.' },
  { name: 'Medewerker groen en buitenruimte', level: 'mbo2', provider: 'Terra', weeks: 52, hours: 8, leadsTo: ['6113', '9214'], paidBy: 'employer', cost: 1450, description: 'Tuinen en parken aanleggen en onderhouden.' },
  { name: 'Chauffeur goederenvervoer', level: 'mbo2', provider: 'STC Noord', weeks: 40, hours: 12, leadsTo: ['8332'], paidBy: 'municipality', cost: 4500, description: 'Rijbewijs C/CE en code 95 in één route.' },
  { name: 'Basis schoonmaakmedewerker', level: 'mbo1', provider: 'Schoonmaakopleiding Noord', weeks: 8, hours: 8, leadsTo: ['9112', '9111'], paidBy: 'employer', cost: 350, description: 'De basis van het schoonmaakvak.' },
  { name: 'Administratief medewerker', level: 'mbo3', provider: 'Drenthe College', weeks: 52, hours: 12, leadsTo: ['4110', '4226'], paidBy: 'self', cost: 1800, description: 'Werken op kantoor met de computer.' },
  { name: 'Autotechnicus', level: 'mbo2', provider: 'Noorderpoort', weeks: 78, hours: 8, leadsTo: ['7231'], paidBy: 'employer', cost: 2100, description: 'Onderhoud en reparatie van auto’s.' },
  { name: 'Lasser (BBL)', level: 'mbo2', provider: 'Metaalunie Opleidingen Noord', weeks: 52, hours: 8, leadsTo: ['7212'], paidBy: 'employer', cost: 1900, description: 'Lassen volgens tekening.' },
  { name: 'Schilder (BBL)', level: 'mbo2', provider: 'Bouwmensen Groningen', weeks: 52, hours: 8, leadsTo: ['7131'], paidBy: 'employer', cost: 1450, description: 'Binnen en buiten schilderen.' },
];

const CERTIFICATES: CourseSeed[] = [
  { name: 'VCA basis', level: 'certificate', provider: 'Veiligheidsinstituut Noord', weeks: 1, hours: 8, leadsTo: ['9313', '7126', '7411', '7115', '7131', '7212'], paidBy: 'municipality', cost: 195, online: true, description: 'Veilig werken op de bouw en in de techniek. Examen op locatie.' },
  { name: 'VCA VOL', level: 'certificate', provider: 'Veiligheidsinstituut Noord', weeks: 2, hours: 8, leadsTo: ['7126', '7411'], paidBy: 'employer', cost: 295, description: 'Voor wie leiding geeft op de werkvloer.' },
  { name: 'Heftruckcertificaat', level: 'certificate', provider: 'Logistiek Opleidingen Groningen', weeks: 1, hours: 16, leadsTo: ['8344', '4321', '9321'], paidBy: 'municipality', cost: 350, description: 'Veilig werken met de heftruck, met praktijkexamen.' },
  { name: 'Reachtruckcertificaat', level: 'certificate', provider: 'Logistiek Opleidingen Groningen', weeks: 1, hours: 16, leadsTo: ['8344', '4321'], paidBy: 'employer', cost: 395, description: 'Werken met de reachtruck in hoge stellingen.' },
  { name: 'Code 95 nascholing', level: 'certificate', provider: 'STC Noord', weeks: 1, hours: 35, leadsTo: ['8332', '8331'], paidBy: 'employer', cost: 550, description: 'Verplichte nascholing voor beroepschauffeurs.' },
  { name: 'Sociale Hygiëne', level: 'certificate', provider: 'SVH Noord', weeks: 6, hours: 4, leadsTo: ['5131', '5120'], paidBy: 'self', cost: 425, online: true, description: 'Nodig om leiding te geven in de horeca.' },
  { name: 'HACCP en hygiëne in de keuken', level: 'certificate', provider: 'Horeca Academie Noord', weeks: 1, hours: 8, leadsTo: ['5120', '9412'], paidBy: 'municipality', cost: 120, online: true, onlineOnly: true, description: 'Voedselveiligheid in een dag, online.' },
  { name: 'BHV basis', level: 'certificate', provider: 'Veiligheidsinstituut Noord', weeks: 1, hours: 16, leadsTo: ['5414', '4226'], paidBy: 'employer', cost: 225, description: 'Bedrijfshulpverlening: eerste hulp en brand.' },
  { name: 'NEN 3140 voldoende onderricht persoon', level: 'certificate', provider: 'Elektro Opleidingen Noord', weeks: 1, hours: 8, leadsTo: ['7411'], paidBy: 'employer', cost: 310, description: 'Veilig werken aan elektrische installaties.' },
  { name: 'Rijbewijs B traject', level: 'certificate', provider: 'Rijschool Stad en Ommeland', weeks: 12, hours: 3, leadsTo: ['8322', '7126', '7231'], paidBy: 'municipality', cost: 1900, description: 'Voor werk waarvoor je een rijbewijs nodig hebt. Alleen na overleg met je coach.' },
  { name: 'Hoogwerkercertificaat', level: 'certificate', provider: 'Logistiek Opleidingen Groningen', weeks: 1, hours: 8, leadsTo: ['9122'], paidBy: 'employer', cost: 275, description: 'Veilig werken op hoogte.' },
  { name: 'Zonnepanelen installeren', level: 'certificate', provider: 'Elektro Opleidingen Noord', weeks: 2, hours: 16, leadsTo: ['7411', '7126'], paidBy: 'employer', cost: 650, description: 'Zonnepanelen veilig plaatsen en aansluiten.' },
];

const BASIC_SKILLS: CourseSeed[] = [
  { name: 'Nederlands op je werk (NT2, A2)', level: 'course', provider: 'Taal voor het Leven', weeks: 20, hours: 4, leadsTo: [], paidBy: 'free', cost: 0, online: false, description: 'Beter Nederlands praten en lezen op je werk.' },
  { name: 'Nederlands B1 (NT2)', level: 'course', provider: 'Alfa-college', weeks: 30, hours: 6, leadsTo: [], paidBy: 'municipality', cost: 850, online: true, description: 'Naar taalniveau B1, voor werk en opleiding.' },
  { name: 'Taalcafé', level: 'course', provider: 'Bibliotheek Groningen', weeks: 10, hours: 2, leadsTo: [], paidBy: 'free', cost: 0, description: 'Oefenen met Nederlands praten, in een kleine groep.' },
  { name: 'Beter lezen en schrijven', level: 'course', provider: 'Taal voor het Leven', weeks: 16, hours: 3, leadsTo: [], paidBy: 'free', cost: 0, description: 'Voor wie Nederlands spreekt maar moeite heeft met lezen en schrijven.' },
  { name: 'Rekenen voor je werk', level: 'course', provider: 'Bibliotheek Groningen', weeks: 10, hours: 2, leadsTo: ['5230', '4321'], paidBy: 'free', cost: 0, description: 'Rekenen met geld, maten en tijden.' },
  { name: 'Rekenen 2F', level: 'course', provider: 'Noorderpoort', weeks: 12, hours: 3, leadsTo: [], paidBy: 'municipality', cost: 300, online: true, description: 'Rekenen op het niveau van een MBO 2 diploma.' },
  { name: 'Klik & Tik: werken met de computer', level: 'course', provider: 'Bibliotheek Groningen', weeks: 8, hours: 2, leadsTo: ['4222', '4110'], paidBy: 'free', cost: 0, description: 'De eerste stappen met een computer en internet.' },
  { name: 'Digisterker: DigiD en de overheid', level: 'course', provider: 'Bibliotheek Groningen', weeks: 4, hours: 2, leadsTo: [], paidBy: 'free', cost: 0, description: 'Zaken regelen met de overheid op internet.' },
  { name: 'Word en Excel voor beginners', level: 'course', provider: 'Computerschool Noord', weeks: 8, hours: 3, leadsTo: ['4110', '4226'], paidBy: 'municipality', cost: 250, online: true, onlineOnly: true, description: 'Brieven en lijsten maken op de computer.' },
  { name: 'Solliciteren met je telefoon', level: 'course', provider: 'Werkplein Groningen', weeks: 2, hours: 3, leadsTo: [], paidBy: 'free', cost: 0, description: 'Vacatures vinden en je cv sturen met je telefoon.' },
  { name: 'Klantvriendelijk werken', level: 'course', provider: 'Werkplein Groningen', weeks: 3, hours: 4, leadsTo: ['5223', '4222', '5131'], paidBy: 'municipality', cost: 150, description: 'Goed omgaan met klanten en gasten.' },
  { name: 'Orderpicken in de praktijk', level: 'course', provider: 'Logistiek Opleidingen Groningen', weeks: 2, hours: 16, leadsTo: ['9321', '4321'], paidBy: 'municipality', cost: 200, description: 'Twee weken oefenen in een echt magazijn.' },
];

const COURSE_PLACES = ['groningen', 'assen', 'hoogezand', 'veendam', 'winschoten', 'stadskanaal', 'delfzijl', 'emmen'];

/** About 60 courses: each MBO route, certificate and basic-skills course in one or two places. */
export function generateCourses(today: string, seed = COURSE_SEED): Course[] {
  const rng = seededRandom(seed);
  const courses: Course[] = [];
  for (const template of [...MBO_ROUTES, ...CERTIFICATES, ...BASIC_SKILLS]) {
    const placeCount = template.onlineOnly ? 1 : 1 + (chance(rng, 0.4) ? 1 : 0);
    const places = [...COURSE_PLACES].sort(() => rng() - 0.5).slice(0, placeCount);
    for (const placeId of places) {
      const place = PLACES.find((p) => p.id === placeId)!;
      const startCount = template.weeks > 30 ? 2 : 4;
      const firstStart = between(rng, 7, 40);
      const gap = template.weeks > 30 ? 182 : between(rng, 21, 60);
      courses.push({
        id: `course-${String(courses.length + 1).padStart(3, '0')}`,
        name: template.name,
        description: template.description,
        provider: { name: template.provider },
        level: template.level,
        durationWeeks: template.weeks,
        hoursPerWeek: template.hours,
        startDates: Array.from({ length: startCount }, (_, i) => addDays(today, firstStart + i * gap)),
        location: template.onlineOnly ? null : { postalCode: place.postalCode, place: place.place, lat: place.lat, lon: place.lon },
        online: template.online ?? false,
        cost: { amount: template.cost, paidBy: template.paidBy },
        leadsTo: template.leadsTo.filter((isco) => occupationByIsco(isco) !== undefined),
        url: `https://opleidingen.example.nl/${template.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`,
        version: 1,
      });
    }
  }
  return courses;
}

let cached: { today: string; seed: { vacancies: Vacancy[]; courses: Course[] } } | null = null;

/**
 * The seed's tables for vacancies and courses. Made once per day and reused: the store is reset
 * after every unit test, and the store copies what it is given (each record is parsed on `put`).
 */
export function seedVacancies(today: string): { vacancies: Vacancy[]; courses: Course[] } {
  if (cached?.today !== today) cached = { today, seed: { vacancies: generateVacancies(today), courses: generateCourses(today) } };
  return cached.seed;
}
