/** 13812345678 → 138****5678. Anything shorter than 7 digits is masked whole. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.trim();
  if (digits.length < 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}

export type Gender = 'female' | 'male';

/**
 * The name the public sees of a vulnerable person: the family name and a courtesy title
 * (王女士 / 王先生), or the family name and stars when the gender is not recorded.
 * Two-character family names (欧阳, 司马…) keep both characters.
 */
export function maskPersonName(fullName: string, gender?: Gender | null): string {
  const name = fullName.trim();
  if (name.length === 0) return '';
  const family = COMPOUND_FAMILY_NAMES.some((f) => name.startsWith(f) && name.length > f.length) ? name.slice(0, 2) : Array.from(name)[0];
  if (gender === 'female') return `${family}女士`;
  if (gender === 'male') return `${family}先生`;
  const rest = Math.max(Array.from(name).length - Array.from(family).length, 1);
  return `${family}${'*'.repeat(rest)}`;
}

const COMPOUND_FAMILY_NAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文', '司徒', '夏侯'];
