/**
 * Cache-Control for a file of the H5 build. A name carrying a content hash (js/app.1a2b3c4d.js)
 * never changes meaning, so a phone keeps it for a year without asking again; everything else
 * (index.html above all, which names the current hashes) is revalidated on each visit, so a
 * deploy reaches everyone on their next open.
 */
const HASHED = /\.[0-9a-f]{8,}\.[a-z0-9]+(\.br|\.gz)?$/i;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

export function h5CacheControl(path: string): string {
  return HASHED.test(path) ? IMMUTABLE : REVALIDATE;
}
