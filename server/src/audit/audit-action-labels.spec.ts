import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_ACTION_LABELS, AUDIT_AREA_LABELS, auditActionLabel } from '@linli/shared';

/** Every action code written in the server's source: a quoted "area.verb" of a known area. */
function recordedActions(): string[] {
  const areas = Object.keys(AUDIT_AREA_LABELS).join('|');
  const pattern = new RegExp(`'((?:${areas})\\.[a-z_]+(?:\\.[a-z_]+)*)'`, 'g');
  const found = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')) {
        for (const match of readFileSync(path, 'utf8').matchAll(pattern)) found.add(match[1]);
      }
    }
  };
  walk(join(__dirname, '..'));
  return [...found].sort();
}

describe('the audit log reads in words, not codes', () => {
  it('finds the actions the server records (so the check below checks something)', () => {
    expect(recordedActions()).toEqual(expect.arrayContaining(['wish.approve', 'wish.photo.approve', 'post.shift.check_in', 'register.import']));
  });

  it('has words for every action the server records', () => {
    expect(recordedActions().filter((action) => !AUDIT_ACTION_LABELS[action])).toEqual([]);
  });

  it.each([
    ['wish.photo.approve', '审核通过心愿照片'],
    ['wish.approve', '审核通过心愿'],
    ['wish.something.new', '微心愿 · 其他操作'],
    ['unknown.thing', '其他操作'],
  ])('%s reads as %s', (action, label) => {
    expect(auditActionLabel(action)).toBe(label);
  });
});
