/**
 * The household and property register (台账) a secretary keeps in Excel: one row per person living
 * in a flat (a flat with nobody living in it is one row with the 住户 columns empty). The flat's
 * columns repeat on each of its rows, or are left empty after the first.
 */
export const REGISTER_COLUMNS = [
  { key: 'building', header: '楼栋', width: 10, example: '1号楼' },
  { key: 'unit', header: '单元', width: 8, example: '2单元' },
  { key: 'room', header: '房号', width: 8, example: '301' },
  { key: 'area', header: '建筑面积(㎡)', width: 12, example: '89.50' },
  { key: 'owners', header: '产权人', width: 16, example: '张建国、李梅' },
  { key: 'ownerPhones', header: '产权人电话', width: 26, example: '13900000001、13900000002' },
  { key: 'developer', header: '开发商未售', width: 10, example: '否' },
  { key: 'residentName', header: '住户姓名', width: 10, example: '张建国' },
  { key: 'residentPhone', header: '住户电话', width: 14, example: '13900000001' },
  { key: 'kinship', header: '与户主关系', width: 10, example: '本人' },
  { key: 'tenure', header: '常住/租住', width: 10, example: '常住' },
] as const;

export type RegisterColumnKey = (typeof REGISTER_COLUMNS)[number]['key'];

export const REGISTER_RULES = {
  /** More rows than a 5,000-flat compound with three people a flat; beyond it, split the file. */
  maxRows: 20_000,
  /** A 20,000-row register is under 2 MB as .xlsx; the cap only stops what is not a register. */
  maxBytes: 8 * 1024 * 1024,
  /** Errors listed in one answer: the first ones are enough to fix the file's pattern. */
  maxErrorsListed: 200,
  maxPeoplePerFlat: 30,
  /** 10,000 m²: larger is a typo (a whole building's area), not a flat. */
  maxAreaHundredths: 1_000_000,
  nameMax: 32,
  kinshipMax: 16,
  sheetName: '台账',
} as const;

export type RegisterTenure = '常住' | '租住';
export const REGISTER_TENURES: readonly RegisterTenure[] = ['常住', '租住'];

export interface RegisterPerson {
  name: string;
  /** A mainland mobile number, 11 digits; '' when none was given (a child). */
  phone: string;
}

export interface RegisterResident extends RegisterPerson {
  kinship: string;
  tenure: RegisterTenure;
}

/** One flat as the file describes it, or as the register holds it. */
export interface RegisterFlat {
  building: string;
  /** "2单元 301", the household label. */
  label: string;
  areaHundredths: number;
  developer: boolean;
  /** The title holder first (the one the Art. 278 roll counts), then co-owners; for the developer, its name. */
  owners: RegisterPerson[];
  residents: RegisterResident[];
}

/** The first spreadsheet row (1-based, as Excel numbers them) a flat came from. */
export interface ParsedRegisterFlat extends RegisterFlat {
  row: number;
}

export interface RegisterRowError {
  /** Excel's row number; 0 for a problem with the file as a whole. */
  row: number;
  /** The column header, e.g. "建筑面积(㎡)"; '' when the whole row is concerned. */
  column: string;
  message: string;
}

export type RegisterRemovalKind = 'flat' | 'member';

export interface RegisterRemovalView {
  /** What to send back in `remove` to have it removed: "flat:<householdId>" or "member:<householdId>:<userId>". */
  key: string;
  kind: RegisterRemovalKind;
  building: string;
  label: string;
  /** The person, for a member. */
  name: string | null;
}

export interface RegisterChangeView {
  building: string;
  label: string;
  /** What differs, in words: "面积 89.50 → 90.00", "产权人 张三 → 李四", "新住户 王五". */
  changes: string[];
}

export interface RegisterDryRunView {
  importId: string;
  communityId: string;
  fileName: string;
  rows: number;
  flats: number;
  people: number;
  counts: { add: number; change: number; unchanged: number; removable: number };
  /** Up to 200 of each, for the secretary to read; the counts are complete. */
  adds: { building: string; label: string }[];
  changes: RegisterChangeView[];
  /** Every flat and person the file no longer lists: removed only when ticked. */
  removals: RegisterRemovalView[];
  status: 'previewed' | 'applied';
}

export interface RegisterApplyView {
  importId: string;
  status: 'applied';
  added: number;
  changed: number;
  removedFlats: number;
  removedMembers: number;
  appliedAt: string;
}

/** One line of the owners' roll (Art. 278) as it stands: who counts once, for which flats. */
export interface OwnersRollLineView {
  key: string;
  kind: 'person' | 'developer' | 'unowned';
  name: string;
  flats: string[];
  area: string;
  /** "1 人（3 套房屋按一人计）" and the like. */
  note: string;
}

export interface OwnersRollView {
  communityId: string;
  electors: number;
  flats: number;
  area: string;
  lines: OwnersRollLineView[];
}

export interface OwnershipHistoryView {
  householdId: string;
  periods: { owners: string[]; kind: 'person' | 'developer'; validFrom: string; validTo: string | null }[];
}
