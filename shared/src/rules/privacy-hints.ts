/**
 * A simple check for private details a secretary should take out before a wish goes on the
 * wall: a phone number (11 digits in a row), a door number (3号楼, 2单元, 301室) and the
 * beneficiary's full name. It only points at text to look at; the secretary decides.
 */

export interface PrivateMatch {
  start: number;
  end: number;
  kind: '手机号' | '门牌号' | '全名';
}

const D = '[0-9０-９]';
const PATTERNS: { kind: PrivateMatch['kind']; regex: RegExp }[] = [
  { kind: '手机号', regex: new RegExp(`${D}{11,}`, 'g') },
  { kind: '门牌号', regex: new RegExp(`${D}+\\s*(?:号楼|栋|幢|单元)|${D}{3,4}\\s*(?:室|房)`, 'g') },
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where the text may hold private details, in order, overlaps merged into the first. */
export function findPrivateDetails(text: string, fullName?: string): PrivateMatch[] {
  const patterns = [...PATTERNS];
  const name = fullName?.trim() ?? '';
  if (name.length >= 2) patterns.push({ kind: '全名', regex: new RegExp(escapeRegExp(name), 'g') });

  const found: PrivateMatch[] = [];
  for (const { kind, regex } of patterns) {
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      found.push({ start: match.index, end: match.index + match[0].length, kind });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: PrivateMatch[] = [];
  for (const m of found) {
    const last = merged[merged.length - 1];
    if (last && m.start < last.end) last.end = Math.max(last.end, m.end);
    else merged.push({ ...m });
  }
  return merged;
}

/** The text cut into plain and marked pieces, for highlighting. */
export function splitMarked(text: string, matches: PrivateMatch[]): { text: string; marked: boolean }[] {
  const pieces: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const m of matches) {
    if (m.start > at) pieces.push({ text: text.slice(at, m.start), marked: false });
    pieces.push({ text: text.slice(m.start, m.end), marked: true });
    at = m.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}

/** One line per kind found, quoting what was found: "手机号：13800000042". */
export function describeMatches(texts: string[], fullName?: string): string[] {
  const byKind = new Map<PrivateMatch['kind'], Set<string>>();
  for (const text of texts) {
    for (const m of findPrivateDetails(text, fullName)) {
      const quotes = byKind.get(m.kind) ?? new Set<string>();
      quotes.add(text.slice(m.start, m.end));
      byKind.set(m.kind, quotes);
    }
  }
  return [...byKind.entries()].map(([kind, quotes]) => `${kind}：${[...quotes].join('、')}`);
}
