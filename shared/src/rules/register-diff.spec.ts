import { ParsedRegisterFlat } from '../register';
import { canonicalRegister, CurrentRegisterFlat, diffRegister } from './register-diff';

const zhang = { name: '张三', phone: '13900000001' };
const fileFlat = (over: Partial<ParsedRegisterFlat> = {}): ParsedRegisterFlat => ({
  building: '1号楼',
  label: '1单元 101',
  areaHundredths: 8950,
  developer: false,
  owners: [zhang],
  residents: [{ ...zhang, kinship: '本人', tenure: '常住' }],
  row: 2,
  ...over,
});
const held = (over: Partial<CurrentRegisterFlat> = {}): CurrentRegisterFlat => ({
  householdId: 'h1',
  building: '1号楼',
  label: '1单元 101',
  areaHundredths: 8950,
  developer: false,
  owners: [zhang],
  residents: [{ ...zhang, kinship: '本人', tenure: '常住', userId: 'u1' }],
  ...over,
});

describe('diffRegister', () => {
  it.each([
    ['the same flat', [fileFlat()], [held()], { adds: 0, changes: 0, unchanged: 1, removals: 0 }],
    ['a new flat', [fileFlat()], [], { adds: 1, changes: 0, unchanged: 0, removals: 0 }],
    ['a new area', [fileFlat({ areaHundredths: 9000 })], [held()], { adds: 0, changes: 1, unchanged: 0, removals: 0 }],
    ['a transfer', [fileFlat({ owners: [{ name: '李四', phone: '13900000002' }] })], [held()], { adds: 0, changes: 1, unchanged: 0, removals: 0 }],
    ['a co-owner added', [fileFlat({ owners: [zhang, { name: '李四', phone: '13900000002' }] })], [held()], { adds: 0, changes: 1, unchanged: 0, removals: 0 }],
    [
      'a flat sold by the developer',
      [fileFlat()],
      [held({ developer: true, owners: [{ name: '开发商', phone: '' }] })],
      { adds: 0, changes: 1, unchanged: 0, removals: 0 },
    ],
    ['a resident gone', [fileFlat({ residents: [] })], [held()], { adds: 0, changes: 0, unchanged: 1, removals: 1 }],
    ['a flat gone', [], [held()], { adds: 0, changes: 0, unchanged: 0, removals: 1 }],
    ['a tenant now', [fileFlat({ residents: [{ ...zhang, kinship: '本人', tenure: '租住' }] })], [held()], { adds: 0, changes: 1, unchanged: 0, removals: 0 }],
  ])('%s', (_, file, current, counts) => {
    const diff = diffRegister(file, current);
    expect({ adds: diff.adds.length, changes: diff.changes.length, unchanged: diff.unchanged, removals: diff.removals.length }).toEqual(counts);
  });

  it('says what changed in words and keys removals for ticking', () => {
    const diff = diffRegister([fileFlat({ areaHundredths: 9000, residents: [] })], [held(), held({ householdId: 'h2', label: '1单元 102' })]);
    expect(diff.changes[0].words).toEqual(['面积 89.50 → 90.00']);
    expect(diff.removals.map((r) => r.key)).toEqual(['member:h1:u1', 'flat:h2']);
  });

  it('reads the register the same whatever order it came in', () => {
    const a = held();
    const b = held({ householdId: 'h2', label: '1单元 102' });
    expect(canonicalRegister([a, b])).toBe(canonicalRegister([b, a]));
    expect(canonicalRegister([a])).not.toBe(canonicalRegister([held({ areaHundredths: 1 })]));
  });
});
