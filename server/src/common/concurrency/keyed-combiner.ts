/** How one input of a combined run came out. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Combines work on one key that arrives while earlier work on the same key is still running:
 * per key at most one run is in flight in this process, and the inputs that arrive meanwhile
 * form the next run (up to `maxBatch` of them), in arrival order. A lone input runs at once, on
 * its own; under load, many inputs share one run.
 *
 * It holds no state another server instance would need: it only decides which requests of this
 * process share a database transaction. What is allowed is still decided by the database.
 */
export class KeyedCombiner<K, In, Out> {
  private readonly queues = new Map<K, { input: In; settle: (result: Settled<Out>) => void }[]>();

  constructor(
    /** Runs a batch; returns one result per input, in the same order. A throw fails the whole batch. */
    private readonly work: (key: K, inputs: In[]) => Promise<Settled<Out>[]>,
    private readonly maxBatch: number,
  ) {
    if (maxBatch < 1) throw new Error('maxBatch must be at least 1');
  }

  run(key: K, input: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      const settle = (result: Settled<Out>) => (result.ok ? resolve(result.value) : reject(result.error));
      const queue = this.queues.get(key);
      if (queue) {
        queue.push({ input, settle });
        return;
      }
      this.queues.set(key, [{ input, settle }]);
      void this.drain(key);
    });
  }

  /** Runs batches for the key until nothing waits; the key's queue exists exactly while this runs. */
  private async drain(key: K): Promise<void> {
    const queue = this.queues.get(key)!;
    while (queue.length > 0) {
      const batch = queue.splice(0, this.maxBatch);
      let results: Settled<Out>[];
      try {
        results = await this.work(
          key,
          batch.map((b) => b.input),
        );
        if (results.length !== batch.length) throw new Error(`combined work answered ${results.length} of ${batch.length} inputs`);
      } catch (error) {
        results = batch.map(() => ({ ok: false, error }));
      }
      batch.forEach((b, i) => b.settle(results[i]));
    }
    this.queues.delete(key);
  }
}
