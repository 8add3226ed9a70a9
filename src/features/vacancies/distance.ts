/** A point on earth (WGS84 degrees). */
export type Point = { lat: number; lon: number };

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/**
 * Straight-line ("hemelsbreed") distance in km between two points (haversine). Travel distance by
 * road is longer; the UI says so.
 */
export function distanceKm(a: Point, b: Point): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Distance rounded to whole km for display (at least 1 when not the same place, 0 when it is). */
export function roundedKm(km: number): number {
  if (km < 0.5) return 0;
  return Math.max(1, Math.round(km));
}
