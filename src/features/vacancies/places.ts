import type { Location } from './schemas.ts';

/**
 * Places in the Groningen labour market region (the province of Groningen and the nearby
 * Drenthe towns people commute to), with a postal code and the centre's coordinates (WGS84,
 * rounded). Enough to compute a straight-line distance; not an address register.
 */
export type Place = Location & { id: string };

const place = (id: string, place: string, postalCode: string, lat: number, lon: number): Place => ({ id, place, postalCode, lat, lon });

export const PLACES: readonly Place[] = [
  place('groningen', 'Groningen', '9711', 53.2194, 6.5665),
  place('haren', 'Haren', '9751', 53.1700, 6.6050),
  place('ten-boer', 'Ten Boer', '9791', 53.2764, 6.6933),
  place('hoogezand', 'Hoogezand', '9601', 53.1617, 6.7594),
  place('sappemeer', 'Sappemeer', '9611', 53.1606, 6.7906),
  place('veendam', 'Veendam', '9641', 53.1063, 6.8792),
  place('winschoten', 'Winschoten', '9671', 53.1443, 7.0347),
  place('delfzijl', 'Delfzijl', '9934', 53.3300, 6.9181),
  place('appingedam', 'Appingedam', '9901', 53.3217, 6.8583),
  place('stadskanaal', 'Stadskanaal', '9501', 52.9895, 6.9505),
  place('ter-apel', 'Ter Apel', '9561', 52.8770, 7.0660),
  place('vlagtwedde', 'Vlagtwedde', '9541', 52.9560, 7.1070),
  place('oude-pekela', 'Oude Pekela', '9665', 53.1040, 7.0090),
  place('musselkanaal', 'Musselkanaal', '9581', 52.9330, 7.0130),
  place('scheemda', 'Scheemda', '9679', 53.1730, 6.9690),
  place('leek', 'Leek', '9351', 53.1628, 6.3764),
  place('zuidhorn', 'Zuidhorn', '9801', 53.2467, 6.4058),
  place('grootegast', 'Grootegast', '9861', 53.2120, 6.2710),
  place('bedum', 'Bedum', '9781', 53.3008, 6.6028),
  place('winsum', 'Winsum', '9951', 53.3300, 6.5170),
  place('uithuizen', 'Uithuizen', '9981', 53.4080, 6.6710),
  place('loppersum', 'Loppersum', '9919', 53.3330, 6.7480),
  place('slochteren', 'Slochteren', '9621', 53.2200, 6.8040),
  place('assen', 'Assen', '9401', 52.9925, 6.5649),
  place('roden', 'Roden', '9301', 53.1380, 6.4210),
  place('zuidlaren', 'Zuidlaren', '9471', 53.0940, 6.6820),
  place('emmen', 'Emmen', '7811', 52.7792, 6.9069),
];

const byId = new Map(PLACES.map((p) => [p.id, p]));
const byName = new Map(PLACES.map((p) => [p.place.toLocaleLowerCase('nl'), p]));

export function placeById(id: string | null | undefined): Place | undefined {
  return id ? byId.get(id) : undefined;
}

/** A place by its name as people write it (case-insensitive), e.g. a profile's town. */
export function placeByName(name: string | null | undefined): Place | undefined {
  return name ? byName.get(name.trim().toLocaleLowerCase('nl')) : undefined;
}
