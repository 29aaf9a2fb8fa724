import { compileWordList, findSensitiveWord, normaliseForMatching, SensitiveCategory } from './sensitive-words';

describe('the local sensitive-word matcher', () => {
  const list = compileWordList({
    [SensitiveCategory.ViolenceTerror]: ['自制炸药'],
    [SensitiveCategory.Pornography]: ['裸聊'],
    [SensitiveCategory.Gambling]: ['百家乐'],
    [SensitiveCategory.Drugs]: ['K粉'],
    [SensitiveCategory.Fraud]: ['代开发票', ' '],
  });

  it.each<[string, SensitiveCategory | null]>([
    ['代开发票，联系我', SensitiveCategory.Fraud],
    ['代 开 发 票', SensitiveCategory.Fraud], // spaces between the characters
    ['代\u3000开\t发\n票', SensitiveCategory.Fraud], // full-width space, tab, line break
    ['代.开-发*票', SensitiveCategory.Fraud], // ASCII punctuation
    ['代·开，发＊票！', SensitiveCategory.Fraud], // Chinese and full-width punctuation
    ['代\u200b开\u200d发\ufeff票', SensitiveCategory.Fraud], // zero-width characters
    ['代😀开🔥发票', SensitiveCategory.Fraud], // emoji
    ['便宜k粉', SensitiveCategory.Drugs], // case
    ['便宜Ｋ粉', SensitiveCategory.Drugs], // full-width letter
    ['便宜ｋ 粉', SensitiveCategory.Drugs],
    ['教你自制炸药', SensitiveCategory.ViolenceTerror],
    ['百 家 乐 上线', SensitiveCategory.Gambling],
    ['晚上裸-聊', SensitiveCategory.Pornography],
    ['想请人陪我去医院复查', null],
    ['社区开具发票证明', null], // the characters, but not the word
    ['K 歌粉丝团', null],
    ['', null],
    ['   ', null], // a word that folds to nothing never matches everything
  ])('%j → %s', (text, expected) => {
    expect(findSensitiveWord(text, list)).toBe(expected);
  });

  it('folds full-width forms, case and separators the same way for words and texts', () => {
    expect(normaliseForMatching('Ａｂ Ｃ，１②')).toBe('abc12');
    expect(normaliseForMatching('邻里 · 议事')).toBe('邻里议事');
  });
});
