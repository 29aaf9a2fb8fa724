import { chooseCommunity } from './current-community';

const a = { id: 'a' };
const b = { id: 'b' };
const c = { id: 'c' };
const livesInB = [{ householdId: 'h-b', community: b }];

describe('which community the user is looking at', () => {
  it.each([
    ['the remembered one', { communities: [a, b, c], households: livesInB, homeHouseholdId: 'h-b' }, 'c', c],
    ['home when the remembered one is gone', { communities: [a, b], households: livesInB, homeHouseholdId: 'h-b' }, 'c', b],
    ['home when nothing is remembered', { communities: [a, b], households: livesInB, homeHouseholdId: 'h-b' }, null, b],
    ['the first when there is no home', { communities: [a, b], households: livesInB, homeHouseholdId: null }, null, a],
    ['none when the user belongs nowhere', { communities: [], households: [], homeHouseholdId: null }, 'a', null],
  ])('%s', (_case, me, remembered, expected) => {
    expect(chooseCommunity(me, remembered)).toBe(expected);
  });
});
