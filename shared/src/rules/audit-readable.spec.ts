import { readableChange } from './audit-readable';

describe('readableChange', () => {
  it.each([
    ['a status change in words', { status: 'pending_review' }, { status: 'open' }, { side: 'change', lines: ['状态：待审核 → 待认领'] }],
    [
      'unchanged fields stay as they are',
      { status: 'open', amount: 5 },
      { status: 'open', amount: 8 },
      { side: 'change', lines: ['状态：待认领', '积分：5 → 8'] },
    ],
    ['only what was recorded after', null, { reason: '重复登记', passed: true }, { side: 'after', lines: ['原因：重复登记', '是否通过：是'] }],
    ['only what was recorded before', { role: 'secretary' }, null, { side: 'before', lines: ['角色：社区书记'] }],
    ['ids are left out', { userId: 'u1', id: 'x', supersededBy: 'y' }, { status: 'approved' }, { side: 'after', lines: ['状态：已通过'] }],
    ['nothing recorded', null, undefined, { side: 'none', lines: [] }],
    ['times on a Shanghai clock', null, { startsAt: '2026-11-22T01:05:00.000Z' }, { side: 'after', lines: ['开始时间：2026-11-22 09:05'] }],
    ['one nested level flattened', null, { rules: { dailyCap: 20 } }, { side: 'after', lines: ['rules · 每日上限：20'] }],
    ['lists joined, empty ones as 无', null, { skills: [], claimers: ['甲', '乙'] }, { side: 'after', lines: ['专长：无', '认领人：甲、乙'] }],
    ['a field only on one side', { status: 'open' }, { status: 'open', reason: '说明' }, { side: 'change', lines: ['状态：待认领', '原因：无 → 说明'] }],
  ])('%s', (_, before, after, expected) => {
    expect(readableChange(before, after)).toEqual(expected);
  });

  it('cuts long text', () => {
    const long = '长'.repeat(100);
    expect(readableChange(null, { story: long }).lines[0]).toBe(`内容：${'长'.repeat(80)}…`);
  });
});
