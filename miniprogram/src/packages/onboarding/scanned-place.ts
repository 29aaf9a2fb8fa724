/**
 * The place a scanned code names. The H5 code carries ?p=<place id>; WeChat's mini-program code
 * carries ?scene=<the id without its dashes> (its scene allows 32 characters; the server drops
 * the dashes in onboarding/join-codes.ts), which are put back here.
 */
export function scannedPlace(params: Partial<Record<string, string>>): string {
  if (params.p) return decodeURIComponent(params.p);
  const scene = decodeURIComponent(params.scene ?? '');
  if (!/^[0-9a-f]{32}$/i.test(scene)) return '';
  return `${scene.slice(0, 8)}-${scene.slice(8, 12)}-${scene.slice(12, 16)}-${scene.slice(16, 20)}-${scene.slice(20)}`;
}
