/**
 * The local sensitive-word matcher: the fallback that decides when WeChat's msgSecCheck cannot
 * be asked. Evasions are undone before matching: full-width forms and compatibility characters
 * (ＡＢＣ, ①) fold to their plain form, case is ignored, and everything that is neither a letter
 * nor a digit — spaces, punctuation, symbols, emoji, zero-width characters — is dropped, so
 * "代 开·发＊票" reads as "代开发票". The price is that a word can also be found across a sentence
 * break; for a fallback that asks the writer to rephrase, that is the right side to err on.
 */

export enum SensitiveCategory {
  /** 暴恐: violence and terrorism, weapons and explosives. */
  ViolenceTerror = 'violence_terror',
  /** 色情 */
  Pornography = 'pornography',
  /** 赌博 */
  Gambling = 'gambling',
  /** 毒品 */
  Drugs = 'drugs',
  /** 诈骗及违法广告 */
  Fraud = 'fraud',
}

export type SensitiveWordList = Readonly<Record<SensitiveCategory, readonly string[]>>;

/** A word list ready for matching: every entry normalised once. */
export interface CompiledWordList {
  readonly entries: readonly { readonly normalised: string; readonly category: SensitiveCategory }[];
}

/** Folds a text to the form words are compared in (see the file comment). */
export function normaliseForMatching(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

export function compileWordList(list: SensitiveWordList): CompiledWordList {
  const entries = Object.entries(list).flatMap(([category, words]) =>
    words.map((word) => ({ normalised: normaliseForMatching(word), category: category as SensitiveCategory })),
  );
  // A word that normalises to nothing would match every text.
  return { entries: entries.filter((e) => e.normalised.length > 0) };
}

/** The category of the first listed word the text contains, or null. The word itself is not returned: nobody needs to see it again. */
export function findSensitiveWord(text: string, list: CompiledWordList): SensitiveCategory | null {
  const folded = normaliseForMatching(text);
  if (folded.length === 0) return null;
  return list.entries.find((e) => folded.includes(e.normalised))?.category ?? null;
}
