/** Money as people read and type it (yuan) and as the API keeps it (integer fen). */

/** Yuan as typed: a whole number or up to two decimals ("150", "12.5"). */
export const YUAN_PATTERN = /^\d{1,7}(\.\d{1,2})?$/;

/** "12.5" yuan (matching YUAN_PATTERN) → 1250 fen, exactly (no floating point). */
export function yuanToFen(yuan: string): number {
  const [whole, decimals = ''] = yuan.trim().split('.');
  return Number(whole) * 100 + Number(`${decimals}00`.slice(0, 2));
}

/** 15000 fen → "150", 1250 → "12.50". */
export function fenToYuan(fen: number): string {
  return fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2);
}

/** "¥150" or "¥12.50" for an amount in fen. */
export function formatYuan(fen: number): string {
  return `¥${fenToYuan(fen)}`;
}
