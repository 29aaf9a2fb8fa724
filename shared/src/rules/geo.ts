/** A point on the earth in decimal degrees (WGS-84 / GCJ-02 alike: the radius check is local). */
export interface GeoPoint {
  latitude: number;
  longitude: number;
}

/** The mean earth radius (IUGG), in metres. */
export const EARTH_RADIUS_METRES = 6_371_008.8;

/** Great-circle distance in metres by the haversine formula (good to well under a metre at site scale). */
export function distanceMetres(a: GeoPoint, b: GeoPoint): number {
  const rad = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLng = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Whether `point` lies within `radiusMetres` of `centre` (the boundary counts as inside). */
export function isWithinRadius(point: GeoPoint, centre: GeoPoint, radiusMetres: number): boolean {
  return distanceMetres(point, centre) <= radiusMetres;
}

export function isValidGeoPoint(point: GeoPoint): boolean {
  const { latitude, longitude } = point;
  return Number.isFinite(latitude) && Number.isFinite(longitude) && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180;
}

/**
 * Coordinates are stored as integer micro-degrees (about 0.11 m of latitude): exact, and compared
 * the same way by MySQL and SQLite, with no floating-point columns.
 */
export function toMicroDegrees(degrees: number): number {
  return Math.round(degrees * 1_000_000);
}

export function fromMicroDegrees(micro: number): number {
  return micro / 1_000_000;
}
