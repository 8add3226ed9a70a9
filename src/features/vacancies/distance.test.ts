import { describe, expect, it } from 'vitest';
import { distanceKm, roundedKm } from './distance.ts';
import { PLACES, placeById, placeByName } from './places.ts';

describe('distanceKm (straight line)', () => {
  it('is zero for the same point and symmetric', () => {
    const groningen = placeById('groningen')!;
    const veendam = placeById('veendam')!;
    expect(distanceKm(groningen, groningen)).toBe(0);
    expect(distanceKm(groningen, veendam)).toBeCloseTo(distanceKm(veendam, groningen), 10);
  });

  it('matches known distances in the region', () => {
    // Groningen–Assen is about 25 km as the crow flies; Groningen–Winschoten about 33 km
    expect(distanceKm(placeById('groningen')!, placeById('assen')!)).toBeGreaterThan(24);
    expect(distanceKm(placeById('groningen')!, placeById('assen')!)).toBeLessThan(27);
    expect(distanceKm(placeById('groningen')!, placeById('winschoten')!)).toBeGreaterThan(31);
    expect(distanceKm(placeById('groningen')!, placeById('winschoten')!)).toBeLessThan(35);
  });

  it('handles a known long distance (Amsterdam–Groningen ~ 144 km)', () => {
    expect(distanceKm({ lat: 52.3728, lon: 4.8936 }, { lat: 53.2194, lon: 6.5665 })).toBeGreaterThan(140);
    expect(distanceKm({ lat: 52.3728, lon: 4.8936 }, { lat: 53.2194, lon: 6.5665 })).toBeLessThan(148);
  });

  it('rounds for display', () => {
    expect(roundedKm(0.2)).toBe(0);
    expect(roundedKm(0.6)).toBe(1);
    expect(roundedKm(12.5)).toBe(13);
  });
});

describe('places', () => {
  it('have unique ids and valid postal codes, and are found by name', () => {
    expect(new Set(PLACES.map((p) => p.id)).size).toBe(PLACES.length);
    for (const p of PLACES) expect(p.postalCode).toMatch(/^[1-9]\d{3}$/);
    expect(placeByName(' groningen ')?.id).toBe('groningen');
    expect(placeByName('Nergens')).toBeUndefined();
  });
});
