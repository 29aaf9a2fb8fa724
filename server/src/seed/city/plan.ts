/**
 * The shape of a city of N wishes. Everything is proportional to N so one code path seeds 10^3
 * and 10^6; the fixtures the benchmark needs are sized by their own rules (README.md here).
 */
export interface CityPlan {
  wishes: number;
  districts: number;
  streets: number;
  /** Ordinary communities, the busy one included (the two tally communities come on top). */
  communities: number;
  /** Residents (users with a home) in the ordinary communities, ≈ N. */
  residents: number;
  /** Residents of the busy community: its 10% share of the wishes, and room for its members. */
  busyResidents: number;
  /** Wishes on the busy community's wall: 10% of N, at least 100. */
  busyWishes: number;
  /** Party members in the whole city, ≈ N/10. */
  members: number;
  /** Party members of the busy community, all eligible for the hot shifts: min(20000, members). */
  busyMembers: number;
  /** Share of the other communities' adults who are reported Party members. */
  otherMemberShare: number;
  posts: number;
  /** Ballots besides the 24 Art. 278 tally fixtures. */
  ballots: number;
  workUnits: number;
  /** Households of the two Art. 278 tally communities. */
  tallySizes: { owners1k: number; owners10k: number };
  ballotsPerTally: number;
}

/** Mean users per household with the size mix used in city.ts. */
export const RESIDENTS_PER_HOUSEHOLD = 3.03;
/** Adults among residents (the third member of a household and later are minors 45% of the time). */
const ADULT_SHARE = 0.85;

export function planCity(wishes: number): CityPlan {
  if (!Number.isInteger(wishes) || wishes < 100) throw new Error('--wishes must be an integer of at least 100');
  const n = wishes;
  const communities = Math.max(2, Math.round(n / 1_000));
  const members = Math.max(1, Math.round(n / 10));
  const busyMembers = Math.min(20_000, members);
  const residents = n;
  // The busy community is large: 10% of the residents (its share of the wishes), and at least
  // twice its members, so that half its adults or fewer are members even in a small city.
  const minOthers = (communities - 1) * 60;
  const busyResidents = Math.min(residents - minOthers, Math.max(Math.round(n / 10), Math.ceil((busyMembers * 2) / ADULT_SHARE)));
  const otherAdults = (residents - busyResidents) * ADULT_SHARE;
  const otherMemberShare = Math.min(0.5, Math.max(0.02, (members - busyMembers) / otherAdults));
  return {
    wishes: n,
    districts: Math.max(1, Math.round(n / 100_000)),
    streets: Math.max(1, Math.round(n / 10_000)),
    communities,
    residents,
    busyResidents,
    busyWishes: Math.min(n, Math.max(100, Math.round(n / 10))),
    members,
    busyMembers,
    otherMemberShare,
    posts: Math.max(4, Math.round(n / 100)),
    ballots: Math.max(2, Math.round(n / 1_000)),
    workUnits: Math.max(6, Math.round(n / 2_000)),
    tallySizes: { owners1k: 1_000, owners10k: 10_000 },
    ballotsPerTally: 12,
  };
}
