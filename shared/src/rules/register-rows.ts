import {
  ParsedRegisterFlat,
  REGISTER_COLUMNS,
  REGISTER_RULES,
  REGISTER_TENURES,
  RegisterColumnKey,
  RegisterPerson,
  RegisterRowError,
  RegisterTenure,
} from '../register';

/** A cell as the reader hands it over: text, a number, a boolean, or nothing. */
export type RegisterCell = string | number | boolean | null;

export interface RegisterSheetRow {
  row: number;
  cells: Partial<Record<RegisterColumnKey, RegisterCell>>;
}

const HEADER: Record<RegisterColumnKey, string> = Object.fromEntries(REGISTER_COLUMNS.map((c) => [c.key, c.header])) as Record<RegisterColumnKey, string>;

/** Owners and their phones are lists in one cell; people type any of these separators. */
const LIST_SEPARATOR = /[、,，;；/\n]+/;

export function cellText(cell: RegisterCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return String(cell).trim();
}

/**
 * A mainland mobile number from the ways people write one (spaces, dashes, +86); null when it is
 * not one. Landlines are refused: the register's phones are how a person is matched when they join.
 */
export function normalizeMobile(text: string): string | null {
  let digits = text.replace(/[\s\-()（）]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2);
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}

/** An area cell in hundredths of a m²: a number or text with at most two decimals, above zero. */
export function areaCellHundredths(cell: RegisterCell | undefined): number | null {
  if (typeof cell === 'number') {
    const hundredths = Math.round(cell * 100);
    // A float such as 89.5 is 8950.000000001 after scaling; three decimals are not.
    if (!Number.isFinite(cell) || Math.abs(cell * 100 - hundredths) > 1e-6) return null;
    return hundredths > 0 && hundredths <= REGISTER_RULES.maxAreaHundredths ? hundredths : null;
  }
  const match = /^(\d{1,7})(?:\.(\d{1,2}))?$/.exec(cellText(cell));
  if (!match) return null;
  const hundredths = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return hundredths > 0 && hundredths <= REGISTER_RULES.maxAreaHundredths ? hundredths : null;
}

/** "2" or "2单元" → "2单元"; the household label is "2单元 301". */
export function flatLabel(unit: string, room: string): string {
  const unitName = /^\d+$/.test(unit) ? `${unit}单元` : unit;
  return `${unitName} ${room}`;
}

/** "1" or "1号楼" name the building "1号楼"; other names must match the building's name exactly. */
export function buildingNameOf(text: string, known: ReadonlySet<string>): string | null {
  if (known.has(text)) return text;
  if (/^\d+$/.test(text) && known.has(`${text}号楼`)) return `${text}号楼`;
  return null;
}

function yesNo(text: string): boolean | null {
  if (text === '' || text === '否' || text === '0' || text.toLowerCase() === 'false') return false;
  if (text === '是' || text === '1' || text.toLowerCase() === 'true') return true;
  return null;
}

interface FlatHead {
  building: string;
  label: string;
  areaText: string;
  ownersText: string;
  phonesText: string;
  developerText: string;
}

/**
 * Reads the register's rows into flats, or says what is wrong with each bad cell (row, column and
 * what to do) — all of them, so the secretary fixes the file once. A flat's rows are consecutive;
 * the same flat again further down is a duplicate.
 */
export function parseRegisterRows(
  rows: readonly RegisterSheetRow[],
  buildings: ReadonlySet<string>,
): { flats: ParsedRegisterFlat[]; errors: RegisterRowError[] } {
  const errors: RegisterRowError[] = [];
  const flats: ParsedRegisterFlat[] = [];
  const firstRowOf = new Map<string, number>();
  let current: { flat: ParsedRegisterFlat; head: FlatHead; broken: boolean } | null = null;
  const fail = (row: number, key: RegisterColumnKey | null, message: string) => errors.push({ row, column: key ? HEADER[key] : '', message });

  for (const { row, cells } of rows) {
    const text = (key: RegisterColumnKey) => cellText(cells[key]);
    if (REGISTER_COLUMNS.every((c) => text(c.key) === '')) continue;
    const buildingText = text('building');
    const unit = text('unit');
    const room = text('room');
    if (!buildingText) fail(row, 'building', '楼栋不能为空');
    if (!unit) fail(row, 'unit', '单元不能为空');
    if (!room) fail(row, 'room', '房号不能为空');
    if (!buildingText || !unit || !room) {
      current = null;
      continue;
    }
    const building = buildingNameOf(buildingText, buildings);
    if (!building) {
      fail(row, 'building', `本社区没有“${buildingText}”这栋楼，请按社区登记的楼栋名称填写`);
      current = null;
      continue;
    }
    const label = flatLabel(unit, room);
    if (label.length > 64) {
      fail(row, 'room', '单元和房号太长了');
      current = null;
      continue;
    }
    const key = `${building}\u0000${label}`;
    const head: FlatHead = {
      building,
      label,
      areaText: text('area'),
      ownersText: text('owners'),
      phonesText: text('ownerPhones'),
      developerText: text('developer'),
    };

    if (!current || current.flat.building !== building || current.flat.label !== label) {
      const earlier = firstRowOf.get(key);
      if (earlier !== undefined) {
        fail(row, 'room', `房号重复：${building} ${label} 已在第 ${earlier} 行出现；同一房屋的住户请填在相邻的行`);
        current = null;
        continue;
      }
      firstRowOf.set(key, row);
      const flat = readFlatHead(row, head, cells.area, fail);
      current = { flat: flat ?? { building, label, areaHundredths: 0, developer: false, owners: [], residents: [], row }, head, broken: !flat };
      if (flat) flats.push(flat);
    } else {
      // Later rows of a flat may leave the flat's columns empty; what they do say must agree.
      const first = current.head;
      const disagree = (k: RegisterColumnKey, mine: string, theirs: string) => {
        if (mine !== '' && mine !== theirs) fail(row, k, `与第 ${current!.flat.row} 行同一房屋的${HEADER[k]}不一致`);
      };
      disagree('area', head.areaText, first.areaText);
      disagree('owners', head.ownersText, first.ownersText);
      disagree('ownerPhones', head.phonesText, first.phonesText);
      disagree('developer', head.developerText, first.developerText);
    }
    readResident(row, cells, current.flat, fail);
  }
  if (flats.length === 0 && errors.length === 0) errors.push({ row: 0, column: '', message: '台账里没有任何房屋' });
  return { flats: errors.length ? [] : flats, errors };
}

type Fail = (row: number, key: RegisterColumnKey | null, message: string) => void;

function readFlatHead(row: number, head: FlatHead, areaCell: RegisterCell | undefined, fail: Fail): ParsedRegisterFlat | null {
  let ok = true;
  const areaHundredths = areaCellHundredths(areaCell);
  if (areaHundredths === null) {
    ok = false;
    fail(row, 'area', head.areaText === '' ? '建筑面积不能为空' : `建筑面积“${head.areaText}”不对：应为大于 0 的数字，最多两位小数`);
  }
  const developer = yesNo(head.developerText);
  if (developer === null) {
    ok = false;
    fail(row, 'developer', '开发商未售请填“是”或“否”');
  }
  const names = head.ownersText
    .split(LIST_SEPARATOR)
    .map((n) => n.trim())
    .filter(Boolean);
  const phones = head.phonesText
    .split(LIST_SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  const owners: RegisterPerson[] = [];
  if (developer) {
    // The developer's unsold (or undelivered) stock: one owner, the developer, whatever its name.
    owners.push({ name: names[0] ?? '开发商', phone: '' });
  } else if (names.length === 0) {
    ok = false;
    fail(row, 'owners', '缺少产权人：请填写产权人姓名（开发商未售的房屋请在“开发商未售”填“是”）');
  } else if (phones.length !== names.length) {
    ok = false;
    fail(row, 'ownerPhones', `产权人有 ${names.length} 位，电话有 ${phones.length} 个：请按产权人的顺序逐一填写手机号，用顿号分隔`);
  } else {
    names.forEach((name, i) => {
      const phone = normalizeMobile(phones[i]);
      if (name.length > REGISTER_RULES.nameMax) {
        ok = false;
        fail(row, 'owners', `产权人姓名“${name}”太长了`);
      }
      if (!phone) {
        ok = false;
        fail(row, 'ownerPhones', `产权人电话“${phones[i]}”不是有效的手机号（11 位，1 开头）`);
      } else if (owners.some((o) => o.name === name && o.phone === phone)) {
        ok = false;
        fail(row, 'owners', `产权人“${name}”重复填写了`);
      } else owners.push({ name, phone });
    });
  }
  if (!ok) return null;
  return { building: head.building, label: head.label, areaHundredths: areaHundredths!, developer: developer!, owners, residents: [], row };
}

function readResident(row: number, cells: RegisterSheetRow['cells'], flat: ParsedRegisterFlat, fail: Fail): void {
  const name = cellText(cells.residentName);
  const phoneText = cellText(cells.residentPhone);
  const kinship = cellText(cells.kinship);
  const tenureText = cellText(cells.tenure);
  if (!name) {
    if (phoneText || kinship || tenureText) fail(row, 'residentName', '填写了住户信息但缺少住户姓名');
    return;
  }
  let ok = true;
  if (name.length > REGISTER_RULES.nameMax) {
    ok = false;
    fail(row, 'residentName', `住户姓名“${name}”太长了`);
  }
  const phone = phoneText ? normalizeMobile(phoneText) : '';
  if (phone === null) {
    ok = false;
    fail(row, 'residentPhone', `住户电话“${phoneText}”不是有效的手机号（11 位，1 开头；没有手机的可以不填）`);
  }
  if (kinship.length > REGISTER_RULES.kinshipMax) {
    ok = false;
    fail(row, 'kinship', '与户主关系太长了（如 本人、配偶、子女、父母）');
  }
  const tenure = (tenureText || '常住') as RegisterTenure;
  if (!REGISTER_TENURES.includes(tenure)) {
    ok = false;
    fail(row, 'tenure', '居住类型请填“常住”或“租住”');
  }
  if (flat.residents.length >= REGISTER_RULES.maxPeoplePerFlat) {
    ok = false;
    fail(row, 'residentName', `一套房屋最多登记 ${REGISTER_RULES.maxPeoplePerFlat} 位住户`);
  }
  if (ok && flat.residents.some((r) => r.name === name && r.phone === phone)) {
    ok = false;
    fail(row, 'residentName', `住户“${name}”在这套房屋里重复登记了`);
  }
  if (ok) flat.residents.push({ name, phone: phone!, kinship, tenure });
}
