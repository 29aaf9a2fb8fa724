import { Role } from '../roles';
import { holdsAnyOf, HeldGrant, placesHeldWithin, rolesOver, rolesOverOrWithin } from './role-scope';

const district = '/d1/';
const street = '/d1/s1/';
const community = '/d1/s1/c1/';
const grid = '/d1/s1/c1/g1/';
const otherCommunity = '/d1/s1/c2/';
// A sibling whose id starts with the same characters is a different place.
const lookalike = '/d1/s1/c10/';

const grants: HeldGrant[] = [
  { role: Role.Resident, placePath: community },
  { role: Role.PartyMember, placePath: community },
  { role: Role.Secretary, placePath: otherCommunity },
  { role: Role.GridWorker, placePath: grid },
];

describe('roles held over a place', () => {
  it.each([
    ['the community itself', community, [Role.PartyMember, Role.Resident]],
    ['a grid of it (grants above cover below)', grid, [Role.GridWorker, Role.PartyMember, Role.Resident]],
    ['the street above it (grants below do not reach up)', street, []],
    ['another community', otherCommunity, [Role.Secretary]],
    ['a look-alike sibling id', lookalike, []],
    ['the district', district, []],
  ])('over %s', (_label, path, roles) => {
    expect([...rolesOver(grants, path)].sort()).toEqual([...roles].sort());
  });

  it.each([
    ['the street counts the grants of every community in it', street, [Role.GridWorker, Role.PartyMember, Role.Resident, Role.Secretary]],
    ['the community counts its grid worker', community, [Role.GridWorker, Role.PartyMember, Role.Resident]],
    ['a look-alike sibling counts nothing', lookalike, []],
  ])('over or within: %s', (_label, path, roles) => {
    expect([...rolesOverOrWithin(grants, path)].sort()).toEqual([...roles].sort());
  });

  it('an admin of the district holds admin everywhere below it', () => {
    expect(rolesOver([{ role: Role.Admin, placePath: district }], grid)).toEqual(new Set([Role.Admin]));
  });

  it('holdsAnyOf needs one of the wanted roles', () => {
    const held = rolesOver(grants, community);
    expect(holdsAnyOf(held, [Role.Secretary, Role.PartyMember])).toBe(true);
    expect(holdsAnyOf(held, [Role.Secretary])).toBe(false);
    expect(holdsAnyOf(held, [])).toBe(false);
  });
});

describe("the places inside a place where a role is held (a grid worker's grids)", () => {
  const twoGrids: HeldGrant[] = [...grants, { role: Role.GridWorker, placePath: '/d1/s1/c1/g2/' }, { role: Role.GridWorker, placePath: '/d1/s1/c10/g9/' }];
  it.each([
    ['both grids of the community', twoGrids, community, ['g1', 'g2']],
    ["not a look-alike sibling's", twoGrids, lookalike, ['g9']],
    ['a grid itself', grants, grid, ['g1']],
    ['none in another community', grants, otherCommunity, []],
    ['a role held only above does not count', [{ role: Role.GridWorker, placePath: street }], community, []],
  ])('%s', (_label, held, path, ids) => {
    expect(placesHeldWithin(held, Role.GridWorker, path)).toEqual(ids);
  });
});
