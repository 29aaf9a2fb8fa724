import { setTimeout as sleep } from 'node:timers/promises';
import { EntityManager } from 'typeorm';
import { AuditLog } from '../../server/src/audit/audit-log.entity';
import { newId } from '../../server/src/database/ids';
import { TransactionRunner } from '../../server/src/database/transaction-runner';
import { describeApi, startTestApp, TestApp } from '../support/test-app';

describeApi('transactions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t?.close());

  it('keep concurrent units of work apart: the ones that fail roll back alone, none of the others is lost', async () => {
    const runner = t.app.get(TransactionRunner);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        runner.run(async (manager: EntityManager) => {
          await manager.insert(AuditLog, {
            id: newId(),
            actorId: null,
            action: 'test.tx',
            targetType: 'test',
            targetId: `row-${i}`,
            placeId: null,
            before: null,
            after: null,
          });
          await sleep(5 + (i % 3) * 5); // interleave with the others
          if (i % 2 === 1) throw new Error(`unit ${i} fails`);
        }),
      ),
    );
    expect(outcomes.filter((o) => o.status === 'rejected')).toHaveLength(10);
    const kept = await t.dataSource.getRepository(AuditLog).find({ where: { action: 'test.tx' } });
    expect(kept.map((row: AuditLog) => row.targetId).sort()).toEqual(Array.from({ length: 10 }, (_, k) => `row-${k * 2}`).sort());
  });
});
