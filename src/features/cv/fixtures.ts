import type { CvProfileInput } from './schemas.ts';
import { blankEntry, personaliaDefaults } from './schemas.ts';

/** A full profile with every section, for tests (entries grouped in section order, as the app keeps them). */
export function sampleProfile(): CvProfileInput {
  return {
    personalia: {
      ...personaliaDefaults,
      name: 'Anna de Vries',
      town: 'Groningen',
      phone: '06 12345678',
      email: 'anna@example.nl',
      dateOfBirth: '1990-04-12',
      showDateOfBirth: false,
      photo: null,
      showPhoto: false,
      drivingLicences: ['B', 'AM'],
    },
    profileText: 'Ik ben een harde werker die graag met mensen werkt.',
    entries: [
      { ...blankEntry('w1', 'work'), title: 'Kok', organisation: 'Restaurant De Smaak', place: 'Groningen', startDate: '2021-03', endDate: null, description: 'Koken voor 80 gasten.' },
      { ...blankEntry('w2', 'work'), title: 'Afwasser', organisation: 'Hotel Noord', startDate: '2018', endDate: '2021-02', sourcePortfolioItemId: 'p-1' },
      { ...blankEntry('e1', 'education'), title: 'MBO Kok niveau 2', organisation: 'Noorderpoort', place: 'Groningen', startDate: '2016-09', endDate: '2018-07', diploma: true },
      { ...blankEntry('e2', 'education'), title: 'Havo', organisation: 'Praedinius', endDate: '2016', diploma: false, description: 'Tot en met 4 havo.' },
      { ...blankEntry('c1', 'course'), title: 'Sociale Hygiëne', organisation: 'SVH', endDate: '2022-05-01' },
      { ...blankEntry('c2', 'course'), title: 'BHV', startDate: '2023' },
      { ...blankEntry('s1', 'skill'), title: 'Koken voor grote groepen', description: 'Veel ervaring' },
      { ...blankEntry('s2', 'skill'), title: 'Excel' },
      { ...blankEntry('l1', 'language'), title: 'Nederlands', level: 'native' },
      { ...blankEntry('l2', 'language'), title: 'Engels', level: 'B2', description: 'Vooral spreken' },
      { ...blankEntry('l3', 'language'), title: 'Fries', description: 'Goed verstaan' },
      { ...blankEntry('i1', 'interest'), title: 'Voetbal', description: 'Trainer van een jeugdteam' },
      { ...blankEntry('r1', 'reference'), title: 'Piet Bakker', organisation: 'Restaurant De Smaak', description: 'Op aanvraag' },
      { ...blankEntry('x1', 'custom', 'cs1'), title: 'Mantelzorg voor mijn moeder', startDate: '2019', description: 'Twee dagen per week.' },
    ],
    customSections: [{ id: 'cs1', title: 'Vrijwilligerswerk en mantelzorg' }],
    kept: {},
  };
}
