import { ParsedRegisterFlat, RegisterChangeView, RegisterFlat, RegisterPerson, RegisterRemovalView, RegisterResident } from '../register';
import { formatAreaHundredths } from './area';

/** A flat as the register holds it now, with the ids the import needs to change it. */
export interface CurrentRegisterFlat extends RegisterFlat {
  householdId: string;
  residents: (RegisterResident & { userId: string })[];
}

export interface RegisterFlatChange {
  flat: ParsedRegisterFlat;
  current: CurrentRegisterFlat;
  area: boolean;
  /** Title changed hands (or co-owners changed): a dated transfer. */
  owners: boolean;
  newResidents: RegisterResident[];
  updatedResidents: { userId: string; resident: RegisterResident }[];
  words: string[];
}

export interface RegisterRemoval extends RegisterRemovalView {
  householdId: string;
  userId: string | null;
}

export interface RegisterDiff {
  adds: ParsedRegisterFlat[];
  changes: RegisterFlatChange[];
  unchanged: number;
  removals: RegisterRemoval[];
}

export const flatKey = (flat: { building: string; label: string }) => `${flat.building}\u0000${flat.label}`;
const personKey = (p: RegisterPerson) => `${p.name}\u0000${p.phone}`;
const ownersText = (flat: RegisterFlat) => (flat.developer ? `开发商（${flat.owners[0]?.name ?? ''}）` : flat.owners.map((o) => o.name).join('、') || '无');

/**
 * The dry run: what importing `file` into the register `current` would do. Flats and people the
 * file no longer lists are only candidates for removal (the secretary ticks them); everything else
 * in the file is added or brought up to date. The same file against the register it produced
 * yields no adds, no changes and no removals.
 */
export function diffRegister(file: readonly ParsedRegisterFlat[], current: readonly CurrentRegisterFlat[]): RegisterDiff {
  const existing = new Map(current.map((flat) => [flatKey(flat), flat]));
  const listed = new Set<string>();
  const diff: RegisterDiff = { adds: [], changes: [], unchanged: 0, removals: [] };
  for (const flat of file) {
    const key = flatKey(flat);
    listed.add(key);
    const now = existing.get(key);
    if (!now) {
      diff.adds.push(flat);
      continue;
    }
    const change = compareFlat(flat, now);
    if (change.area || change.owners || change.newResidents.length || change.updatedResidents.length) diff.changes.push(change);
    else diff.unchanged++;
    const kept = new Set(flat.residents.map(personKey));
    for (const resident of now.residents) {
      if (kept.has(personKey(resident))) continue;
      diff.removals.push({
        key: `member:${now.householdId}:${resident.userId}`,
        kind: 'member',
        householdId: now.householdId,
        userId: resident.userId,
        building: now.building,
        label: now.label,
        name: resident.name,
      });
    }
  }
  for (const flat of current) {
    if (listed.has(flatKey(flat))) continue;
    diff.removals.push({
      key: `flat:${flat.householdId}`,
      kind: 'flat',
      householdId: flat.householdId,
      userId: null,
      building: flat.building,
      label: flat.label,
      name: null,
    });
  }
  return diff;
}

function compareFlat(flat: ParsedRegisterFlat, now: CurrentRegisterFlat): RegisterFlatChange {
  const words: string[] = [];
  const area = flat.areaHundredths !== now.areaHundredths;
  if (area) words.push(`面积 ${formatAreaHundredths(now.areaHundredths)} → ${formatAreaHundredths(flat.areaHundredths)}`);
  const owners = flat.developer !== now.developer || flat.owners.map(personKey).join('\u0001') !== now.owners.map(personKey).join('\u0001');
  if (owners) words.push(`产权人 ${ownersText(now)} → ${ownersText(flat)}`);
  const present = new Map(now.residents.map((r) => [personKey(r), r]));
  const newResidents: RegisterResident[] = [];
  const updatedResidents: { userId: string; resident: RegisterResident }[] = [];
  for (const resident of flat.residents) {
    const was = present.get(personKey(resident));
    if (!was) {
      newResidents.push(resident);
      words.push(`新住户 ${resident.name}`);
    } else if (was.kinship !== resident.kinship || was.tenure !== resident.tenure) {
      updatedResidents.push({ userId: was.userId, resident });
      words.push(`住户 ${resident.name}：${was.kinship || '—'}/${was.tenure} → ${resident.kinship || '—'}/${resident.tenure}`);
    }
  }
  return { flat, current: now, area, owners, newResidents, updatedResidents, words };
}

/** The changes as the secretary reads them. */
export function changeViews(changes: readonly RegisterFlatChange[]): RegisterChangeView[] {
  return changes.map((c) => ({ building: c.flat.building, label: c.flat.label, changes: c.words }));
}

/**
 * A register read in a fixed order as one string: equal strings mean the same register, so the
 * import confirms only against the register its dry run saw.
 */
export function canonicalRegister(current: readonly CurrentRegisterFlat[]): string {
  return [...current]
    .sort((a, b) => (flatKey(a) < flatKey(b) ? -1 : flatKey(a) > flatKey(b) ? 1 : 0))
    .map((f) =>
      JSON.stringify([
        f.householdId,
        f.building,
        f.label,
        f.areaHundredths,
        f.developer,
        f.owners.map(personKey),
        f.residents.map((r) => [r.userId, r.name, r.phone, r.kinship, r.tenure]).sort(),
      ]),
    )
    .join('\n');
}
