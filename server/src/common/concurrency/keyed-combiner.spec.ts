import { KeyedCombiner, Settled } from './keyed-combiner';

/** A work function that records its batches and finishes each only when told to. */
function gatedWork() {
  const batches: { key: string; inputs: number[]; finish: () => void }[] = [];
  const work = (key: string, inputs: number[]) =>
    new Promise<Settled<string>[]>((resolve) => {
      batches.push({
        key,
        inputs,
        finish: () => resolve(inputs.map((n) => (n < 0 ? { ok: false, error: new Error(`bad ${n}`) } : { ok: true, value: `${key}:${n}` }))),
      });
    });
  return { batches, work };
}

const tick = () => new Promise((r) => setImmediate(r));

describe('KeyedCombiner', () => {
  it('runs a lone input at once, on its own', async () => {
    const { batches, work } = gatedWork();
    const combiner = new KeyedCombiner(work, 10);
    const result = combiner.run('s1', 1);
    await tick();
    expect(batches.map((b) => b.inputs)).toEqual([[1]]);
    batches[0].finish();
    await expect(result).resolves.toBe('s1:1');
  });

  it('inputs arriving while a run is in flight share the next run, in arrival order, each getting its own answer', async () => {
    const { batches, work } = gatedWork();
    const combiner = new KeyedCombiner(work, 10);
    const first = combiner.run('s1', 1);
    await tick();
    const later = [2, -3, 4].map((n) => combiner.run('s1', n));
    await tick();
    expect(batches).toHaveLength(1);
    batches[0].finish();
    await first;
    await tick();
    expect(batches.map((b) => b.inputs)).toEqual([[1], [2, -3, 4]]);
    batches[1].finish();
    const settled = await Promise.allSettled(later);
    expect(settled.map((s) => (s.status === 'fulfilled' ? s.value : (s.reason as Error).message))).toEqual(['s1:2', 'bad -3', 's1:4']);
  });

  it('keeps keys apart: work on one key never waits for another', async () => {
    const { batches, work } = gatedWork();
    const combiner = new KeyedCombiner(work, 10);
    void combiner.run('s1', 1);
    const other = combiner.run('s2', 1);
    await tick();
    expect(batches.map((b) => b.key)).toEqual(['s1', 's2']);
    batches[1].finish();
    await expect(other).resolves.toBe('s2:1');
  });

  it('splits a long queue into runs of at most maxBatch', async () => {
    const { batches, work } = gatedWork();
    const combiner = new KeyedCombiner(work, 2);
    const all = [1, 2, 3, 4, 5, 6].map((n) => combiner.run('s1', n));
    for (let i = 0; i < 4; i++) {
      await tick();
      batches[i].finish();
    }
    expect(await Promise.all(all)).toEqual(['s1:1', 's1:2', 's1:3', 's1:4', 's1:5', 's1:6']);
    expect(batches.map((b) => b.inputs)).toEqual([[1], [2, 3], [4, 5], [6]]);
  });

  it('a run that throws fails each of its inputs, and the key takes new work afterwards', async () => {
    const combiner = new KeyedCombiner<string, number, number>(async (_key, inputs) => {
      if (inputs.includes(0)) throw new Error('down');
      return inputs.map((n) => ({ ok: true, value: n * 2 }));
    }, 10);
    await expect(combiner.run('s1', 0)).rejects.toThrow('down');
    await expect(combiner.run('s1', 2)).resolves.toBe(4);
  });
});
