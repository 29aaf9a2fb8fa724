import { likelySensitiveKinds, missingSensitiveConsents, SensitiveKind } from './sensitive-info';

const { Health, Minor } = SensitiveKind;

describe('likelySensitiveKinds', () => {
  it.each<[string, SensitiveKind[]]>([
    ['家里的被子用了十几年，冬天太冷了，想要一床厚一点的棉被。', []],
    ['老伴中风后卧床，想请人帮忙买一台助行器。', [Health]],
    ['我有糖尿病，每天要测血糖，想要一个血糖仪。', [Health]],
    ['视力不好，看不清药盒上的字，想要一个放大镜。', [Health]],
    ['孙子今年上小学，想要一个新书包。', [Minor]],
    ['女儿7岁，想要一套课外书。', [Minor]],
    ['侄女十二岁，想学画画。', [Minor]],
    ['今年七十岁了，想学会用智能手机。', []],
    ['老人今年15岁时参过军，想找战友。', []],
    ['儿子残疾，需要轮椅。', [Health, Minor]],
  ])('%s → %j', (story, kinds) => {
    expect(likelySensitiveKinds(story)).toEqual(kinds);
  });

  it('reads the title too', () => {
    expect(likelySensitiveKinds('想要一个助听器', '冬天到了，想换一个。')).toEqual([Health]);
  });
});

describe('missingSensitiveConsents', () => {
  it.each<[SensitiveKind[], SensitiveKind[], SensitiveKind[]]>([
    [[], [], []],
    [[Health], [], [Health]],
    [[Health], [Health], []],
    [[Health, Minor], [Minor], [Health]],
    [[], [Health], []],
  ])('found %j, consented %j → missing %j', (found, consented, missing) => {
    expect(missingSensitiveConsents(found, consented)).toEqual(missing);
  });
});
