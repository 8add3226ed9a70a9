import { blankEntry, personaliaDefaults, type CvEntry } from '#src/features/cv/schemas.ts';
import type { ClientRecord, CvProfileRecord, CvRecord } from './db.ts';
import { dateTimeDaysFromNow } from './clock.ts';

/**
 * The CV part of the seed: Anna has a master profile with a few entries, a CV shared with her
 * coach ("Kok") and one she keeps to herself; Henk (another coach's client) has a shared CV,
 * which Marieke must never see. Jayden and the others start empty.
 */

const entry = (id: string, section: CvEntry['section'], fields: Partial<CvEntry>): CvEntry => ({ ...blankEntry(id, section), ...fields });

export function seedCv(clients: ClientRecord[]): { cvProfiles: CvProfileRecord[]; cvs: CvRecord[] } {
  const byId = new Map(clients.map((c) => [c.id, c]));
  const anna = byId.get('client-anna');
  const henk = byId.get('client-henk');
  const cvProfiles: CvProfileRecord[] = [];
  const cvs: CvRecord[] = [];
  const at = dateTimeDaysFromNow(-3, 10);
  if (anna) {
    cvProfiles.push({
      clientId: anna.id,
      personalia: {
        ...personaliaDefaults,
        name: anna.name,
        town: anna.town,
        phone: '06 12345678',
        email: 'anna@example.nl',
        dateOfBirth: null,
        showDateOfBirth: false,
        photo: null,
        showPhoto: false,
        drivingLicences: ['B'],
      },
      profileText: 'Ik werk graag met mensen en houd van aanpakken. In de horeca heb ik geleerd om snel en netjes te werken.',
      entries: [
        entry('cv-anna-w1', 'work', { title: 'Medewerker bediening', organisation: 'Café De Sleutel', place: 'Groningen', startDate: '2019-04', endDate: '2024-08', description: 'Gasten ontvangen, bestellingen opnemen, kassa.' }),
        entry('cv-anna-w2', 'work', { title: 'Vakkenvuller', organisation: 'Albert Heijn', place: 'Haren', startDate: '2016', endDate: '2019-03', description: 'Vakken vullen en klanten helpen.' }),
        entry('cv-anna-e1', 'education', { title: 'MBO Gastheer/gastvrouw niveau 2', organisation: 'Noorderpoort', place: 'Groningen', startDate: '2014', endDate: '2016', diploma: true }),
        entry('cv-anna-s1', 'skill', { title: 'Klantvriendelijk', description: '' }),
        entry('cv-anna-l1', 'language', { title: 'Nederlands', level: 'native' }),
        entry('cv-anna-l2', 'language', { title: 'Engels', level: 'B1' }),
      ],
      customSections: [],
      kept: {},
      version: 1,
      updatedAt: at,
    });
    const base = { clientId: anna.id, templateId: 'klassiek' as const, language: 'nl' as const, profileText: null, version: 1, createdAt: at, updatedAt: at };
    cvs.push({
      ...base,
      id: 'cv-anna-horeca',
      title: 'Horeca',
      sharedWithCoach: true,
      items: ['cv-anna-w1', 'cv-anna-w2', 'cv-anna-e1', 'cv-anna-s1', 'cv-anna-l1', 'cv-anna-l2'].map((entryId) => ({ entryId, text: null })),
    });
    cvs.push({ ...base, id: 'cv-anna-winkel', title: 'Winkel (nog bezig)', sharedWithCoach: false, items: [{ entryId: 'cv-anna-w2', text: null }] });
  }
  if (henk) {
    cvProfiles.push({
      clientId: henk.id,
      personalia: { ...personaliaDefaults, name: henk.name, town: henk.town, phone: '', email: '', dateOfBirth: null, showDateOfBirth: false, photo: null, showPhoto: false, drivingLicences: ['B', 'C', 'CE'] },
      profileText: 'Ervaren chauffeur.',
      entries: [entry('cv-henk-w1', 'work', { title: 'Vrachtwagenchauffeur', organisation: 'Transport Noord', startDate: '2001', endDate: '2025' })],
      customSections: [],
      kept: {},
      version: 1,
      updatedAt: at,
    });
    cvs.push({ id: 'cv-henk-1', clientId: henk.id, title: 'Chauffeur', templateId: 'modern', language: 'nl', sharedWithCoach: true, profileText: null, items: [{ entryId: 'cv-henk-w1', text: null }], version: 1, createdAt: at, updatedAt: at });
  }
  return { cvProfiles, cvs };
}
