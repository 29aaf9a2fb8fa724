import { SensitiveCategory, SensitiveWordList } from '@linli/shared';

/**
 * The local word list: the fallback when WeChat's msgSecCheck cannot be asked. Kept short and
 * specific on purpose. Community notices often warn against gambling, drugs and fraud ("远离毒品",
 * "警惕刷单诈骗"), so the entries name the offer or the act itself (selling, soliciting, recruiting)
 * rather than the bare topic, and no entry is so short that it turns up inside ordinary words.
 * Matching ignores case, full-width forms, spaces and punctuation (shared/src/rules/sensitive-words.ts).
 */
export const SENSITIVE_WORDS: SensitiveWordList = {
  [SensitiveCategory.ViolenceTerror]: [
    '自制炸药',
    '炸药配方',
    '制作炸弹',
    '炸弹制作教程',
    '出售枪支',
    '买卖枪支',
    '枪支弹药出售',
    '出售雷管',
    '东突厥斯坦伊斯兰运动',
    '加入圣战',
  ],
  [SensitiveCategory.Pornography]: ['裸聊', '约炮', '援交', '一夜情', '色情服务', '色情直播', '黄色网站', '上门按摩服务', '卖淫', '嫖娼'],
  [SensitiveCategory.Gambling]: ['网上赌场', '赌博网址', '在线博彩', '博彩平台', '百家乐', '时时彩', '六合彩', '赌球平台'],
  [SensitiveCategory.Drugs]: ['出售冰毒', '冰毒出售', '出售海洛因', '出售大麻', '大麻出售', '出售摇头丸', 'K粉出售', '出售K粉', '麻古出售'],
  [SensitiveCategory.Fraud]: [
    '代开发票',
    '出售发票',
    '办理假证',
    '办假证',
    '刷单返利',
    '刷单兼职',
    '信用卡套现',
    '花呗套现',
    '网贷秒批',
    '裸贷',
    '代孕',
    '收购银行卡',
    '出租银行卡',
    '出售个人信息',
  ],
};
