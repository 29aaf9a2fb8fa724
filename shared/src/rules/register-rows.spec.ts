import { areaCellHundredths, normalizeMobile, parseRegisterRows, RegisterSheetRow } from './register-rows';

const BUILDINGS = new Set(['1号楼', '2号楼']);
const row = (n: number, cells: RegisterSheetRow['cells']): RegisterSheetRow => ({ row: n, cells });
const flat = { building: '1号楼', unit: '1单元', room: '101', area: 89.5, owners: '张三', ownerPhones: '13900000001', developer: '否' };

describe('register cells', () => {
  it.each([
    ['13900000001', '13900000001'],
    ['139 0000 0001', '13900000001'],
    ['139-0000-0001', '13900000001'],
    ['+86 13900000001', '13900000001'],
    ['8613900000001', '13900000001'],
    ['010-12345678', null],
    ['12900000001', null],
    ['1390000001', null],
    ['一三九', null],
  ])('phone %s → %s', (text, phone) => expect(normalizeMobile(text)).toBe(phone));

  it.each([
    [89.5, 8950],
    [89.55, 8955],
    ['120', 12000],
    ['120.05', 12005],
    [0, null],
    [-3, null],
    ['-3', null],
    [89.555, null],
    ['abc', null],
    ['', null],
    [null, null],
    [20000, null],
  ])('area %p → %p', (cell, hundredths) => expect(areaCellHundredths(cell as never)).toBe(hundredths));
});

describe('parseRegisterRows', () => {
  it('groups a flat’s rows, with co-owners and residents', () => {
    const { flats, errors } = parseRegisterRows(
      [
        row(2, {
          ...flat,
          owners: '张三、李四',
          ownerPhones: '13900000001、13900000002',
          residentName: '张三',
          residentPhone: '13900000001',
          kinship: '本人',
          tenure: '常住',
        }),
        row(3, { building: '1号楼', unit: '1单元', room: '101', residentName: '张小明', kinship: '子女' }),
        row(4, { building: '1', unit: '2', room: '301', area: '60', developer: '是', owners: '东湖置业' }),
      ],
      BUILDINGS,
    );
    expect(errors).toEqual([]);
    expect(flats).toEqual([
      {
        building: '1号楼',
        label: '1单元 101',
        areaHundredths: 8950,
        developer: false,
        owners: [
          { name: '张三', phone: '13900000001' },
          { name: '李四', phone: '13900000002' },
        ],
        residents: [
          { name: '张三', phone: '13900000001', kinship: '本人', tenure: '常住' },
          { name: '张小明', phone: '', kinship: '子女', tenure: '常住' },
        ],
        row: 2,
      },
      { building: '1号楼', label: '2单元 301', areaHundredths: 6000, developer: true, owners: [{ name: '东湖置业', phone: '' }], residents: [], row: 4 },
    ]);
  });

  it.each([
    ['an unknown building', { ...flat, building: '9号楼' }, '楼栋', '没有“9号楼”'],
    ['a negative area', { ...flat, area: -5 }, '建筑面积(㎡)', '大于 0'],
    ['an area that is not a number', { ...flat, area: '约90' }, '建筑面积(㎡)', '大于 0'],
    ['a missing owner', { ...flat, owners: '' }, '产权人', '缺少产权人'],
    ['a landline for an owner', { ...flat, ownerPhones: '010-12345678' }, '产权人电话', '不是有效的手机号'],
    ['fewer phones than owners', { ...flat, owners: '张三、李四' }, '产权人电话', '产权人有 2 位，电话有 1 个'],
    ['a resident phone in an odd format', { ...flat, residentName: '王五', residentPhone: '139000' }, '住户电话', '不是有效的手机号'],
    ['a tenure that is neither', { ...flat, residentName: '王五', tenure: '暂住' }, '常住/租住', '常住'],
    ['resident details without a name', { ...flat, residentPhone: '13900000003' }, '住户姓名', '缺少住户姓名'],
    ['a developer flag that is not yes/no', { ...flat, developer: '未知' }, '开发商未售', '是'],
  ])('refuses %s, naming row and column', (_, cells, column, words) => {
    const { flats, errors } = parseRegisterRows([row(7, cells)], BUILDINGS);
    expect(flats).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 7, column });
    expect(errors[0].message).toContain(words);
  });

  it('refuses a flat listed twice apart, naming the first row', () => {
    const { errors } = parseRegisterRows([row(2, flat), row(3, { ...flat, room: '201' }), row(4, flat)], BUILDINGS);
    expect(errors).toEqual([{ row: 4, column: '房号', message: expect.stringContaining('已在第 2 行出现') }]);
  });

  it('refuses later rows of a flat that contradict the first', () => {
    const { errors } = parseRegisterRows([row(2, flat), row(3, { ...flat, area: 70 })], BUILDINGS);
    expect(errors).toEqual([{ row: 3, column: '建筑面积(㎡)', message: expect.stringContaining('第 2 行') }]);
  });

  it('lists every bad row, and an empty sheet is an error', () => {
    const { errors } = parseRegisterRows([row(2, { ...flat, area: 0 }), row(3, { ...flat, room: '102', ownerPhones: 'x' })], BUILDINGS);
    expect(errors.map((e) => e.row)).toEqual([2, 3]);
    expect(parseRegisterRows([row(2, {})], BUILDINGS).errors).toHaveLength(1);
  });
});
