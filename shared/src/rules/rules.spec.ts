import { PlaceLevel } from '../places';
import { Role } from '../roles';
import { formatAreaHundredths, parseAreaHundredths } from './area';
import { maskPersonName, maskPhone } from './masking';
import { childLevelOf, childPath, communityIdOnPath, isValidParent, isWithin, placeIdsOnPath } from './place-tree';
import { rankByBalance } from './ranking';
import { canBeGrantedAt, grantersOf, GRANTABLE_BY } from './role-grants';

describe('place tree', () => {
  it.each([
    [PlaceLevel.District, PlaceLevel.Street],
    [PlaceLevel.Street, PlaceLevel.Community],
    [PlaceLevel.Community, PlaceLevel.Grid],
    [PlaceLevel.Grid, PlaceLevel.Building],
    [PlaceLevel.Building, null],
  ])('below a %s comes %s', (parent, child) => {
    expect(childLevelOf(parent)).toBe(child);
  });

  it.each([
    [PlaceLevel.District, null, true],
    [PlaceLevel.Street, null, false],
    [PlaceLevel.Community, PlaceLevel.Street, true],
    [PlaceLevel.Grid, PlaceLevel.Street, false],
    [PlaceLevel.Building, PlaceLevel.Grid, true],
    [PlaceLevel.Street, PlaceLevel.Community, false],
  ])('%s under %s valid: %s', (child, parent, valid) => {
    expect(isValidParent(child, parent)).toBe(valid);
  });

  it('paths list ancestors root first and answer containment', () => {
    const district = childPath(null, 'd1');
    const street = childPath(district, 's1');
    const community = childPath(street, 'c1');
    expect(community).toBe('/d1/s1/c1/');
    expect(placeIdsOnPath(community)).toEqual(['d1', 's1', 'c1']);
    expect(isWithin(community, street)).toBe(true);
    expect(communityIdOnPath(childPath(community, 'g1'))).toBe('c1');
    expect(communityIdOnPath(community)).toBe('c1');
    expect(communityIdOnPath(street)).toBeNull();
    expect(isWithin(street, community)).toBe(false);
    // a sibling whose id starts with the same characters is not inside
    expect(isWithin('/d1/s10/', '/d1/s1/')).toBe(false);
  });
});

describe('who may grant which role', () => {
  it.each([
    [Role.Secretary, [Role.Admin, Role.StreetOfficer]],
    [Role.GridWorker, [Role.Admin, Role.StreetOfficer, Role.Secretary]],
    [Role.PartyMember, [Role.Admin, Role.Secretary]],
    [Role.BuildingLeader, [Role.Admin, Role.StreetOfficer, Role.Secretary]],
    [Role.Deputy, [Role.Admin, Role.StreetOfficer, Role.Secretary]],
    [Role.StreetOfficer, [Role.Admin]],
    [Role.Admin, [Role.Admin]],
  ])('%s is granted by %j', (role, granters) => {
    expect(grantersOf(role).sort()).toEqual([...granters].sort());
  });

  it.each([
    [Role.Secretary, PlaceLevel.Community, true],
    [Role.Secretary, PlaceLevel.Street, false],
    [Role.StreetOfficer, PlaceLevel.Street, true],
    [Role.GridWorker, PlaceLevel.Grid, true],
    [Role.GridWorker, PlaceLevel.Building, false],
    [Role.Admin, PlaceLevel.District, true],
    [Role.Resident, PlaceLevel.Building, false],
    [Role.BuildingLeader, PlaceLevel.Building, true],
    [Role.BuildingLeader, PlaceLevel.Grid, false],
    [Role.Deputy, PlaceLevel.Community, true],
    [Role.Deputy, PlaceLevel.Grid, false],
  ])('%s may be granted at a %s: %s', (role, level, allowed) => {
    expect(canBeGrantedAt(role, level)).toBe(allowed);
  });

  it('residents, members, grid workers, building leaders and deputies grant nothing', () => {
    expect(GRANTABLE_BY[Role.BuildingLeader]).toEqual([]);
    expect(GRANTABLE_BY[Role.Deputy]).toEqual([]);
    expect(GRANTABLE_BY[Role.Resident]).toEqual([]);
    expect(GRANTABLE_BY[Role.PartyMember]).toEqual([]);
    expect(GRANTABLE_BY[Role.GridWorker]).toEqual([]);
  });
});

describe('masking', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['  13812345678 ', '138****5678'],
    ['123456', '******'],
    ['', null],
    [null, null],
  ])('phone %j → %j', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it.each([
    ['王芳', 'female', '王女士'],
    ['李建国', 'male', '李先生'],
    ['张三丰', null, '张**'],
    ['欧阳娜娜', 'female', '欧阳女士'],
    ['欧阳', null, '欧*'],
    ['王', null, '王*'],
  ] as const)('%s (%s) → %s', (name, gender, masked) => {
    expect(maskPersonName(name, gender)).toBe(masked);
  });

  it('never shows the given name', () => {
    expect(maskPersonName('王小芳')).not.toContain('小');
    expect(maskPersonName('王小芳')).not.toContain('芳');
  });
});

describe('area in hundredths of a square metre', () => {
  it.each([
    ['89.5', 8950],
    ['89.50', 8950],
    ['89.05', 8905],
    ['0.01', 1],
    ['120', 12000],
    ['1.005', null],
    ['-3', null],
    ['abc', null],
    ['', null],
  ])('%j → %j', (text, hundredths) => {
    expect(parseAreaHundredths(text)).toBe(hundredths);
  });

  it('formats back exactly', () => {
    expect(formatAreaHundredths(8905)).toBe('89.05');
    expect(formatAreaHundredths(1)).toBe('0.01');
    expect(() => formatAreaHundredths(1.5)).toThrow(RangeError);
  });
});

describe('ranking', () => {
  it('gives equal balances the same rank and skips after them', () => {
    const ranked = rankByBalance([
      { userId: 'c', balance: 10 },
      { userId: 'a', balance: 30 },
      { userId: 'd', balance: 10 },
      { userId: 'b', balance: 20 },
      { userId: 'e', balance: 5 },
    ]);
    expect(ranked.map((r) => [r.userId, r.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
      ['d', 3],
      ['e', 5],
    ]);
  });

  it('ranks nobody when nobody has points', () => {
    expect(rankByBalance([])).toEqual([]);
  });
});
