import { uuidV4, uuidV7At } from './ids';
import { planCity } from './plan';
import { Random } from './random';
import { text, time } from './sql';

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('city seeder: ids', () => {
  it('makes UUIDv7 ids that carry their instant and sort by it', () => {
    const rng = new Random(7, 'ids');
    const start = Date.UTC(2021, 10, 21, 8, 0, 0, 123);
    let previous = '';
    for (let i = 0; i < 5_000; i++) {
      const ms = start + i * 7_919;
      const id = uuidV7At(ms, rng);
      expect(id).toMatch(V7);
      expect(parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(ms);
      expect(id > previous).toBe(true);
      previous = id;
    }
  });

  it('makes random UUIDv4 ids', () => {
    const rng = new Random(7, 'votes');
    const ids = new Set(Array.from({ length: 1_000 }, () => uuidV4(rng)));
    expect(ids.size).toBe(1_000);
    for (const id of ids) expect(id).toMatch(V4);
  });

  it('is deterministic per seed and stream', () => {
    const a = new Random(42, 'wishes');
    const b = new Random(42, 'wishes');
    const c = new Random(42, 'posts');
    const draw = (r: Random) => Array.from({ length: 20 }, () => r.next());
    const first = draw(a);
    expect(draw(b)).toEqual(first);
    expect(draw(c)).not.toEqual(first);
  });

  it('samples distinct items', () => {
    const rng = new Random(1);
    const few = rng.sample(
      Array.from({ length: 10_000 }, (_, i) => i),
      20,
    );
    expect(new Set(few).size).toBe(20);
    const all = rng.sample([1, 2, 3], 5);
    expect([...all].sort()).toEqual([1, 2, 3]);
  });
});

describe('city seeder: SQL literals', () => {
  it('writes DATETIME(3) in UTC exactly as toISOString reads', () => {
    const rng = new Random(3);
    const instants = [0, Date.UTC(2000, 1, 29, 23, 59, 59, 999), Date.UTC(2100, 2, 1), Date.UTC(2026, 10, 21, 7, 5, 9, 4)];
    for (let i = 0; i < 2_000; i++) instants.push(Math.floor(rng.float() * Date.UTC(2100, 0, 1)));
    for (const ms of instants) {
      const iso = new Date(ms).toISOString();
      expect(time(ms)).toBe(`'${iso.slice(0, 10)} ${iso.slice(11, 23)}'`);
    }
  });

  it('escapes what would end or bend a string literal', () => {
    expect(text('东湖社区')).toBe("'东湖社区'");
    expect(text("it's \\ done\n")).toBe("'it\\'s \\\\ done\\n'");
  });
});

describe('city seeder: plan', () => {
  it('scales with N and sizes the fixtures by their own rules', () => {
    const small = planCity(1_000);
    expect(small).toMatchObject({ communities: 2, streets: 1, districts: 1, members: 100, busyMembers: 100, busyWishes: 100, ballots: 2 });
    const large = planCity(1_000_000);
    expect(large).toMatchObject({
      communities: 1_000,
      streets: 100,
      districts: 10,
      members: 100_000,
      busyMembers: 20_000,
      busyWishes: 100_000,
      posts: 10_000,
      ballots: 1_000,
    });
    for (const plan of [small, planCity(100_000), large]) {
      // The busy community can hold its members with at most half its adults reporting.
      expect(plan.busyResidents * 0.85).toBeGreaterThanOrEqual(plan.busyMembers * 2 - 1);
      expect(plan.residents - plan.busyResidents).toBeGreaterThanOrEqual((plan.communities - 1) * 60);
    }
  });

  it('refuses a city too small for its fixtures', () => {
    expect(() => planCity(99)).toThrow('at least 100');
    expect(() => planCity(1.5e3 + 0.5)).toThrow();
  });
});
