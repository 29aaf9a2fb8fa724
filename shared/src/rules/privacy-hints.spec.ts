import { describeMatches, findPrivateDetails, splitMarked } from './privacy-hints';

describe('private details a secretary should take out of a wish', () => {
  const found = (text: string, name?: string) => findPrivateDetails(text, name).map((m) => [m.kind, text.slice(m.start, m.end)]);

  it.each<[string, string | undefined, string[][]]>([
    ['有事请打13800000042找我', undefined, [['手机号', '13800000042']]],
    ['电话１３８００００００４２', undefined, [['手机号', '１３８００００００４２']]],
    ['号码1380000004', undefined, []], // ten digits: not a mobile number
    [
      '住在3号楼2单元',
      undefined,
      [
        ['门牌号', '3号楼'],
        ['门牌号', '2单元'],
      ],
    ],
    ['我家在301室', undefined, [['门牌号', '301室']]],
    ['买了2个书包', undefined, []],
    ['王秀英独居多年', '王秀英', [['全名', '王秀英']]],
    ['王女士独居多年', '王秀英', []],
    ['王独居', '王', []], // a one-character name would mark every use of the character
    [
      '住3号楼，电话13800000042',
      '王秀英',
      [
        ['门牌号', '3号楼'],
        ['手机号', '13800000042'],
      ],
    ],
  ])('%s (name %s)', (text, name, expected) => {
    expect(found(text, name)).toEqual(expected);
  });

  it('merges overlapping matches and splits the text around them for highlighting', () => {
    const text = '联系13800000042号楼';
    const matches = findPrivateDetails(text);
    expect(matches).toHaveLength(1);
    expect(splitMarked(text, matches)).toEqual([
      { text: '联系', marked: false },
      { text: '13800000042号楼', marked: true },
    ]);
  });

  it('lists each kind once, quoting every different find', () => {
    expect(describeMatches(['住3号楼', '3号楼 301室'])).toEqual(['门牌号：3号楼、301室']);
    expect(describeMatches(['没有隐私'])).toEqual([]);
  });
});
