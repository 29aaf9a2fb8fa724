import { distanceMetres, fromMicroDegrees, isValidGeoPoint, isWithinRadius, toMicroDegrees } from './geo';

describe('distance and radius', () => {
  const tiananmen = { latitude: 39.908823, longitude: 116.39747 };
  it.each([
    ['the same point', tiananmen, tiananmen, 0, 0.001],
    ['0.001° of latitude', { latitude: 30, longitude: 114 }, { latitude: 30.001, longitude: 114 }, 111.19, 0.01],
    ['one degree of latitude', { latitude: 0, longitude: 0 }, { latitude: 1, longitude: 0 }, 111_195.08, 0.05],
    ['one degree of longitude on the equator', { latitude: 0, longitude: 0 }, { latitude: 0, longitude: 1 }, 111_195.08, 0.05],
    ['one degree of longitude at 60°N is half', { latitude: 60, longitude: 10 }, { latitude: 60, longitude: 11 }, 55_597.0, 1],
    ['Tiananmen to Shanghai People’s Square', tiananmen, { latitude: 31.232_0, longitude: 121.475_0 }, 1_067_000, 2_000],
    ['across the antimeridian', { latitude: 0, longitude: 179.9995 }, { latitude: 0, longitude: -179.9995 }, 111.2, 0.1],
  ])('%s', (_case, a, b, expected, tolerance) => {
    expect(Math.abs(distanceMetres(a, b) - expected)).toBeLessThanOrEqual(tolerance);
    expect(Math.abs(distanceMetres(b, a) - distanceMetres(a, b))).toBeLessThan(1e-6);
  });

  const post = { latitude: 30.5, longitude: 114.3 };
  // 0.0009° of latitude ≈ 100.08 m; 0.0018° ≈ 200.15 m.
  it.each([
    [{ latitude: 30.5009, longitude: 114.3 }, 150, true],
    [{ latitude: 30.5018, longitude: 114.3 }, 150, false],
    [{ latitude: 30.5018, longitude: 114.3 }, 201, true],
    [{ latitude: 30.4991, longitude: 114.3 }, 100, false], // 100.08 m: just outside
    [post, 20, true],
  ])('%o within %d m of the post: %s', (point, radius, inside) => {
    expect(isWithinRadius(point, post, radius)).toBe(inside);
  });

  it.each([
    [{ latitude: 30.5, longitude: 114.3 }, true],
    [{ latitude: 90, longitude: -180 }, true],
    [{ latitude: 90.1, longitude: 0 }, false],
    [{ latitude: 0, longitude: 180.5 }, false],
    [{ latitude: Number.NaN, longitude: 0 }, false],
  ])('%o is a valid point: %s', (point, valid) => {
    expect(isValidGeoPoint(point)).toBe(valid);
  });

  it.each([
    [30.123456, 30_123_456],
    [-33.8688, -33_868_800],
    [114.3000004, 114_300_000],
    [180, 180_000_000],
  ])('%d° stores as %d micro-degrees and back', (degrees, micro) => {
    expect(toMicroDegrees(degrees)).toBe(micro);
    expect(Math.abs(fromMicroDegrees(toMicroDegrees(degrees)) - degrees)).toBeLessThanOrEqual(0.0000005);
  });
});
